// Pure: the policy details webview's HTML. No `vscode` import, so the markup, the escaping and
// the content-security policy are unit-tested in plain Node; policyDetailsView.ts hosts it.

import { OPT_OUT_GUIDES } from '../engine/index';
import type { ConsentSummary, OptOutGuide, ProviderConsent } from '../engine/index';
import { toRetentionText, toTrainingText } from './statusBar/policyStatus';

/** What the details view shows. */
export interface PolicyDetailsModel {
  readonly summary: ConsentSummary;
  /** One sentence on the overall state (the status item's accessible label). */
  readonly headline: string;
  readonly folderName?: string;
  /** The policy file, relative to the workspace. */
  readonly fileLabel: string;
}

/** Messages the page posts to the extension. */
export type PolicyDetailsMessage = { readonly command: 'openPolicy' } | { readonly command: 'createPolicy' };

/** What each training-consent value means, in the words the view uses. */
export const CONSENT_MEANINGS: readonly [string, string][] = [
  ['opted-out', 'Training is switched off for this account: the provider does not use your prompts to train models.'],
  ['exempt', 'The account tier is not used for training under the provider\'s terms (commercial, API, government, education or local use).'],
  ['opted-in', 'Prompts may be used to train the provider\'s models, and are often kept much longer.'],
  ['unknown', 'Nobody has verified the setting yet. Treat it as training on until someone checks and records verifiedOn.'],
];

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The opt-out guides worth showing: those for listed providers, or all when none is listed. */
export function toRelevantGuides(providers: readonly Pick<ProviderConsent, 'id'>[]): readonly OptOutGuide[] {
  const ids = new Set(providers.map((p) => p.id));
  const relevant = OPT_OUT_GUIDES.filter((g) => ids.has(g.providerId));
  return relevant.length > 0 ? relevant : OPT_OUT_GUIDES;
}

/**
 * The full HTML document. `nonce` authorises the one inline style and script; the CSP allows
 * nothing else (no remote resources, no images, no fonts).
 */
export function toPolicyDetailsHtml(model: PolicyDetailsModel, nonce: string, cspSource: string): string {
  const s = model.summary;
  const e = escapeHtml;
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const body: string[] = [];
  body.push(`<h1>Team AI policy${model.folderName !== undefined ? ` <span class="muted">· ${e(model.folderName)}</span>` : ''}</h1>`);
  body.push(`<p class="headline state-${e(s.state)}">${e(model.headline)}</p>`);

  if (s.state === 'untrusted') {
    body.push(`<p>This workspace is not trusted, so its policy file <code>${e(model.fileLabel)}</code> is not read. The built-in defaults apply: every rule is on and nothing is allowlisted. Trust the workspace to use the team policy.</p>`);
  } else if (s.state === 'no-policy') {
    body.push(`<p>There is no policy file <code>${e(model.fileLabel)}</code> yet. The built-in detection defaults apply, and nothing records which AI assistants the team may use or whether they train on prompts.</p>`);
  } else if (s.state === 'invalid') {
    body.push(`<p>The policy file <code>${e(model.fileLabel)}</code> has errors, so the built-in defaults apply until it is fixed (more detection, never less).</p>`);
  }

  if (s.team) {
    const contact = s.team.contact !== undefined ? ` · ${e(s.team.contact)}` : '';
    body.push('<h2>Team</h2>', '<dl>');
    body.push(`<dt>Team</dt><dd>${e(s.team.name)}</dd>`, `<dt>Owner</dt><dd>${e(s.team.owner)}${contact}</dd>`);
    if (s.reviewedOn) body.push(`<dt>Last review</dt><dd>${e(s.reviewedOn)}</dd>`);
    if (s.reviewDueOn) body.push(`<dt>Next review</dt><dd>${e(s.reviewDueOn)}${s.reviewOverdue ? ' <strong class="overdue">overdue</strong>' : ''}</dd>`);
    body.push('</dl>');
  }

  if (s.providers.length > 0) {
    body.push('<h2>Assistants</h2>', '<table>', '<thead><tr><th>Assistant</th><th>Tier</th><th>Training</th><th>Retention</th><th>Verified</th><th>Allowed</th><th>Where the setting lives</th></tr></thead>', '<tbody>');
    for (const p of s.providers) {
      const training = `<span class="consent-${e(p.trainingConsent)}">${e(toTrainingText(p))}</span>`;
      const verified = `${e(p.verifiedOn ?? 'never')}${p.verificationStale && p.verifiedOn !== undefined ? ' (stale)' : ''}`;
      body.push(
        `<tr${p.allowed ? '' : ' class="not-allowed"'}><td>${e(p.displayName)}</td><td>${e(p.tier)}</td><td>${training}</td><td>${e(toRetentionText(p.retentionDays))}</td><td>${verified}</td><td>${p.allowed ? 'yes' : 'no'}</td><td>${e(p.settingLocation ?? '')}</td></tr>`,
      );
      if (p.notes) body.push(`<tr class="notes"><td></td><td colspan="6">${e(p.notes)}</td></tr>`);
    }
    body.push('</tbody>', '</table>');
  }

  const issues = s.issues;
  if (issues.length > 0) {
    body.push(`<h2>${s.state === 'invalid' ? 'Problems' : 'Warnings'}</h2>`, '<ul class="issues">');
    for (const i of issues) body.push(`<li><code>${e(`${i.line}:${i.column}`)}</code> ${e(i.message)}</li>`);
    body.push('</ul>');
  }

  body.push('<h2>What the statuses mean</h2>', '<dl>');
  for (const [value, meaning] of CONSENT_MEANINGS) body.push(`<dt><code>${e(value)}</code></dt><dd>${e(meaning)}</dd>`);
  body.push('</dl>');

  body.push('<h2>How to turn training off</h2>');
  for (const g of toRelevantGuides(s.providers)) {
    body.push(`<h3>${e(guideTitle(g))}</h3>`, `<p class="muted">${e(g.where)}</p>`, '<ol>');
    for (const step of g.steps) body.push(`<li>${e(step)}</li>`);
    body.push('</ol>');
    if (g.note) body.push(`<p class="note">${e(g.note)}</p>`);
  }
  body.push('<p class="muted">Business, enterprise and API accounts are governed by the organization\'s agreement and admin settings; record what you verified in <code>verifiedOn</code>.</p>');

  const hasFile = s.state !== 'no-policy' && s.state !== 'untrusted';
  body.push(
    '<div class="actions">',
    hasFile ? '<button id="open" type="button">Open policy file</button>' : '<button id="create" type="button">Create team policy</button>',
    '</div>',
  );

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Team AI policy</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; line-height: 1.5; }
  h1 { font-size: 1.5em; font-weight: 600; }
  h2 { font-size: 1.15em; font-weight: 600; margin-top: 1.6em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: 0.2em; }
  h3 { font-size: 1em; margin-bottom: 0; }
  .muted { color: var(--vscode-descriptionForeground); }
  .headline { font-size: 1.1em; padding: 0.5em 0.8em; border-left: 3px solid var(--vscode-textLink-foreground); background: var(--vscode-textBlockQuote-background); }
  .state-training-on, .state-unknown, .state-review-overdue, .state-untrusted { border-left-color: var(--vscode-editorWarning-foreground); }
  .state-invalid { border-left-color: var(--vscode-editorError-foreground); }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.3em 0.6em; border-bottom: 1px solid var(--vscode-panel-border); vertical-align: top; }
  th { font-weight: 600; }
  tr.not-allowed td { color: var(--vscode-disabledForeground); }
  tr.notes td { border-bottom: none; color: var(--vscode-descriptionForeground); font-size: 0.95em; }
  .consent-opted-in, .overdue { color: var(--vscode-editorWarning-foreground); font-weight: 600; }
  .consent-unknown { color: var(--vscode-editorWarning-foreground); }
  dt { font-weight: 600; }
  dd { margin: 0 0 0.5em 1.5em; }
  code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 0 0.2em; }
  .note { font-style: italic; }
  .actions { margin-top: 2em; }
  button { font-family: inherit; font-size: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 0.4em 1em; cursor: pointer; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
</style>
</head>
<body>
${body.join('\n')}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const [id, command] of [['open', 'openPolicy'], ['create', 'createPolicy']]) {
    const button = document.getElementById(id);
    if (button) button.addEventListener('click', () => vscode.postMessage({ command }));
  }
</script>
</body>
</html>
`;
}

function guideTitle(g: OptOutGuide): string {
  const names: Record<string, string> = { anthropic: 'Claude (Free, Pro, Max)', openai: 'ChatGPT (Free, Plus, Pro)', 'github-copilot': 'GitHub Copilot (individual accounts)', google: 'Gemini apps (personal accounts)' };
  return names[g.providerId] ?? g.providerId;
}

/** Narrows a message from the page to the ones the view understands. */
export function isPolicyDetailsMessage(m: unknown): m is PolicyDetailsMessage {
  return typeof m === 'object' && m !== null && ((m as { command?: unknown }).command === 'openPolicy' || (m as { command?: unknown }).command === 'createPolicy');
}
