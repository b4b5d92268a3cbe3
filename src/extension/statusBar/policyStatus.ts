// Pure presenter for the policy status bar item: consent summary in, text/tooltip/severity out.
// No `vscode` import, so every state is unit-tested in plain Node; policyStatusItem.ts applies it.

import type { ConsentSummary, PolicyIssue, ProviderConsent } from '../../engine/index';

/** How the item is coloured: no background, the warning background, or the error background. */
export type PolicyStatusSeverity = 'ok' | 'warning' | 'error';

/** Everything the status bar item shows. */
export interface PolicyStatus {
  /** Status bar text with codicons, e.g. `$(shield) AI: training off · 30d`. */
  readonly text: string;
  /** Markdown for a trusted `MarkdownString` (command links, theme icons). */
  readonly tooltipMarkdown: string;
  readonly severity: PolicyStatusSeverity;
  /** What a screen reader says: the text without icons, in a sentence. */
  readonly accessibilityLabel: string;
  /** Command run on click. */
  readonly command: string;
  /** Arguments for `command` (the folder the status is about, when known). */
  readonly commandArguments: readonly unknown[];
}

/** What the presenter needs: the summary, and which folder it belongs to. */
export interface PolicyStatusState {
  readonly summary: ConsentSummary;
  /** Workspace folder name, shown in multi-root workspaces. */
  readonly folderName?: string;
  /** The folder's URI as a string, passed to the command links. */
  readonly folderUri?: string;
  /** Policy file name or path relative to the folder, for the tooltip. */
  readonly policyFileLabel?: string;
}

/** Commands the item and its tooltip link to. */
export const POLICY_COMMANDS = {
  openPolicy: 'promptHygiene.openPolicy',
  showPolicyDetails: 'promptHygiene.showPolicyDetails',
  createPolicy: 'promptHygiene.createPolicy',
  manageTrust: 'workbench.trust.manage',
} as const;

/** Commands the tooltip may run: the glue passes these to `MarkdownString.isTrusted`. */
export const TOOLTIP_COMMANDS: readonly string[] = Object.values(POLICY_COMMANDS);

const MAX_ISSUES_IN_TOOLTIP = 5;

/** Maps a policy state to the status bar item's content. */
export function toPolicyStatus(state: PolicyStatusState): PolicyStatus {
  const s = state.summary;
  const args = state.folderUri !== undefined ? [state.folderUri] : [];
  const link = (label: string, command: string): string =>
    `[${label}](command:${command}${args.length > 0 ? `?${encodeURIComponent(JSON.stringify(args))}` : ''})`;
  const file = state.policyFileLabel ?? '.prompt-hygiene.json';
  const header = `**Team AI policy**${state.folderName !== undefined ? ` · ${escapeMarkdown(state.folderName)}` : ''}`;
  const base = { commandArguments: args };

  switch (s.state) {
    case 'untrusted':
      return {
        ...base,
        text: '$(workspace-untrusted) AI: policy not loaded',
        severity: 'warning',
        accessibilityLabel: 'AI policy not loaded: the workspace is not trusted; built-in detection defaults apply.',
        command: POLICY_COMMANDS.showPolicyDetails,
        tooltipMarkdown: [
          header,
          '',
          `$(workspace-untrusted) This workspace is not trusted, so its team policy (\`${escapeCode(file)}\`) is not loaded. The built-in defaults apply: every rule is on and nothing is allowlisted.`,
          '',
          `${link('Manage workspace trust', POLICY_COMMANDS.manageTrust)} · ${link('Show details', POLICY_COMMANDS.showPolicyDetails)}`,
        ].join('\n'),
      };
    case 'invalid': {
      const n = s.issues.filter((i) => i.severity === 'error').length;
      return {
        ...base,
        text: '$(error) AI: policy invalid',
        severity: 'error',
        accessibilityLabel: `AI policy invalid: ${n} ${n === 1 ? 'problem' : 'problems'}; built-in detection defaults apply.`,
        command: POLICY_COMMANDS.openPolicy,
        tooltipMarkdown: [
          header,
          '',
          `$(error) \`${escapeCode(file)}\` has ${n} ${n === 1 ? 'problem' : 'problems'}. Until it is fixed, the built-in defaults apply (more detection, never less).`,
          '',
          ...issueLines(s.issues),
          '',
          `${link('Open policy', POLICY_COMMANDS.openPolicy)} · ${link('Show details', POLICY_COMMANDS.showPolicyDetails)}`,
        ].join('\n'),
      };
    }
    case 'no-policy':
      return {
        ...base,
        text: '$(shield) AI: no team policy',
        severity: 'ok',
        accessibilityLabel: 'No team AI policy; built-in detection defaults apply. Create one to record which assistants may be used.',
        command: POLICY_COMMANDS.showPolicyDetails,
        tooltipMarkdown: [
          header,
          '',
          `No team policy (\`${escapeCode(file)}\`) here. The built-in detection defaults apply, and nothing records which AI assistants the team may use or whether they train on prompts.`,
          '',
          `${link('Create team policy', POLICY_COMMANDS.createPolicy)} · ${link('Show details', POLICY_COMMANDS.showPolicyDetails)}`,
        ].join('\n'),
      };
    default:
      return fromValidPolicy(state, header, link, base);
  }
}

function fromValidPolicy(
  state: PolicyStatusState,
  header: string,
  link: (label: string, command: string) => string,
  base: { commandArguments: readonly unknown[] },
): PolicyStatus {
  const s = state.summary;
  const names = (list: readonly ProviderConsent[]): string => {
    const first = list[0]?.label ?? '';
    return list.length > 1 ? `${first} +${list.length - 1}` : first;
  };
  const retention = s.longestRetentionDays !== undefined ? ` · ${toDays(s.longestRetentionDays)}` : '';
  let text: string;
  let severity: PolicyStatusSeverity;
  let label: string;
  switch (s.state) {
    case 'training-on':
      text = `$(warning) AI: training ON (${names(s.trainingOn)})`;
      severity = 'warning';
      label = `AI training is on for ${s.trainingOn.map((p) => p.label).join(', ')}.`;
      break;
    case 'unknown':
      text = `$(question) AI: training unknown (${names(s.unknown)})`;
      severity = 'warning';
      label = `AI training status is not verified for ${s.unknown.map((p) => p.label).join(', ')}.`;
      break;
    case 'review-overdue':
      text = `$(calendar) AI: policy review overdue`;
      severity = 'warning';
      label = `AI policy review overdue since ${s.reviewDueOn ?? 'unknown'}; training is off for every allowed assistant.`;
      break;
    default:
      if (s.allowedCount === 0) {
        text = '$(shield) AI: no assistants allowed';
        label = 'The team policy allows no AI assistants.';
      } else {
        text = `$(shield) AI: training off${retention}`;
        label = `AI training is off for every allowed assistant${
          s.longestRetentionDays !== undefined ? `; prompts are kept at most ${s.longestRetentionDays} days` : ''
        }.`;
      }
      severity = 'ok';
  }
  const team = s.team;
  const lines: string[] = [header];
  if (team) {
    const contact = team.contact !== undefined ? ` (${escapeMarkdown(team.contact)})` : '';
    lines.push('', `${escapeMarkdown(team.name)} · owner: ${escapeMarkdown(team.owner)}${contact}`);
  }
  lines.push('', ...providerTable(s.providers));
  const review: string[] = [];
  if (s.reviewedOn) review.push(`Reviewed ${s.reviewedOn}`);
  if (s.reviewDueOn) review.push(s.reviewOverdue ? `$(calendar) **review overdue** since ${s.reviewDueOn}` : `next review ${s.reviewDueOn}`);
  if (review.length > 0) lines.push('', review.join(' · '));
  const warnings = s.issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0) lines.push('', `$(warning) ${warnings.length} policy ${warnings.length === 1 ? 'warning' : 'warnings'}:`, '', ...issueLines(warnings));
  lines.push('', `${link('Open policy', POLICY_COMMANDS.openPolicy)} · ${link('Show details', POLICY_COMMANDS.showPolicyDetails)}`);
  return {
    ...base,
    text,
    severity,
    accessibilityLabel: s.reviewOverdue && s.state !== 'review-overdue' ? `${label} The policy review is overdue.` : label,
    command: POLICY_COMMANDS.showPolicyDetails,
    tooltipMarkdown: lines.join('\n'),
  };
}

/** Retention for the status text: `30d`, `5y`, `0d`. */
export function toDays(days: number): string {
  return days >= 365 && days % 365 === 0 ? `${days / 365}y` : `${days}d`;
}

/** Training status for people: `off (opted out)`, `ON`, `unknown`. */
export function toTrainingText(p: Pick<ProviderConsent, 'trainingConsent'>): string {
  switch (p.trainingConsent) {
    case 'opted-out':
      return 'off (opted out)';
    case 'exempt':
      return 'off (exempt)';
    case 'opted-in':
      return 'ON';
    default:
      return 'unknown';
  }
}

/** Retention for people: `30 days`, `none`, `unknown`. */
export function toRetentionText(days: number | null): string {
  if (days === null) return 'unknown';
  if (days === 0) return 'none';
  return days === 1 ? '1 day' : `${days} days`;
}

function providerTable(providers: readonly ProviderConsent[]): string[] {
  if (providers.length === 0) return ['_No assistants listed in the policy._'];
  const rows = providers.map((p) => {
    const training = p.trainingConsent === 'opted-in' ? '$(warning) **ON**' : p.trainingConsent === 'unknown' ? '$(question) unknown' : toTrainingText(p);
    const verified = `${p.verifiedOn ?? 'never'}${p.verificationStale && p.verifiedOn !== undefined ? ' (stale)' : ''}`;
    return `| ${cell(p.displayName)} | ${cell(p.tier)} | ${training} | ${toRetentionText(p.retentionDays)} | ${verified} | ${p.allowed ? 'yes' : 'no'} |`;
  });
  return ['| Assistant | Tier | Training | Retention | Verified | Allowed |', '|---|---|---|---|---|---|', ...rows];
}

function issueLines(issues: readonly PolicyIssue[]): string[] {
  const shown = issues.slice(0, MAX_ISSUES_IN_TOOLTIP).map((i) => `- line ${i.line}, column ${i.column}: ${escapeMarkdown(i.message)}`);
  if (issues.length > MAX_ISSUES_IN_TOOLTIP) shown.push(`- … and ${issues.length - MAX_ISSUES_IN_TOOLTIP} more`);
  return shown;
}

/** Escapes Markdown syntax in user-written text (team names, messages). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/gu, (c) => `\\${c}`).replace(/\r?\n/gu, ' ');
}

function escapeCode(text: string): string {
  return text.replace(/`/gu, "'");
}

function cell(text: string): string {
  return escapeMarkdown(text);
}
