import * as vscode from 'vscode';
import { toGuardKinds, toGuardSummary } from '../../engine/index';
import type { Finding } from '../../engine/index';
import { readForScan } from './guardFiles';
import { toFence, toFindingsText } from './guardMessages';
import type { GuardService } from './guardService';

/** The participant id (package.json `chatParticipants`); users type `@hygiene`. */
export const PARTICIPANT_ID = 'promptHygiene.hygiene';

/** One checked part of the request: the prompt, or a referenced file or range. */
interface Checked {
  readonly label: string;
  readonly findings: readonly Finding[];
  readonly skipped?: string;
}

/**
 * `@hygiene /check`: scans the prompt and its `#file` references locally (no language model is
 * called, so nothing leaves the machine) and answers with the findings (previews only) and a
 * redacted version of the prompt to send instead. The redaction is remembered for Restore
 * Redacted Values.
 */
export function registerChatParticipant(service: GuardService): vscode.Disposable {
  if (typeof vscode.chat?.createChatParticipant !== 'function') {
    service.log.info('This VS Code has no chat participant API; @hygiene is not available.');
    return new vscode.Disposable(() => undefined);
  }
  const participant = vscode.chat.createChatParticipant(PARTICIPANT_ID, toCheckHandler(service));
  participant.iconPath = new vscode.ThemeIcon('shield');
  service.participant = true;
  return new vscode.Disposable(() => {
    service.participant = false;
    participant.dispose();
  });
}

/** The request handler behind `@hygiene` (exported so tests can call it with a plain request). */
export function toCheckHandler(service: GuardService): vscode.ChatRequestHandler {
  return async (request, _context, stream, token) => {
    if (request.command !== undefined && request.command !== 'check') {
      stream.markdown(vscode.l10n.t('Unknown command. Use `@hygiene /check` followed by the text to check, and `#file` references.'));
      return {};
    }
    const uri = vscode.window.activeTextEditor?.document.uri;
    const config = service.config(uri);
    const maxBytes = 1024 * 1024;
    const checked: Checked[] = [];
    const prompt = service.check(request.prompt, 'warn', uri, config.strategy);
    checked.push({ label: vscode.l10n.t('your prompt'), findings: prompt.findings });
    for (const ref of request.references) {
      if (token.isCancellationRequested) return {};
      const value = ref.value;
      let target: vscode.Uri | undefined;
      let range: vscode.Range | undefined;
      if (value instanceof vscode.Uri) target = value;
      else if (value instanceof vscode.Location) {
        target = value.uri;
        range = value.range;
      } else if (typeof value === 'string') {
        checked.push({ label: ref.id, findings: service.check(value, 'warn', uri).findings });
        continue;
      }
      if (!target) continue;
      const label = vscode.workspace.asRelativePath(target) + (range ? `:${range.start.line + 1}-${range.end.line + 1}` : '');
      const read = await readForScan(target, maxBytes);
      if (!('text' in read)) {
        checked.push({ label, findings: [], skipped: read.skipped });
        continue;
      }
      let text = read.text;
      if (range) {
        const doc = await vscode.workspace.openTextDocument(target);
        text = doc.getText(range);
      }
      checked.push({ label, findings: service.check(text, 'warn', target).findings });
    }
    const all = checked.flatMap((c) => c.findings);
    const lines: string[] = [];
    if (all.length === 0) lines.push(vscode.l10n.t('**No secrets or personal data found** in your prompt or its references.'));
    else lines.push(vscode.l10n.t('**Found {0}.**', toGuardSummary(toGuardKinds(all))));
    lines.push('');
    for (const c of checked) {
      if (c.skipped) lines.push(`- ${c.label}: ${vscode.l10n.t('not checked ({0})', c.skipped)}`);
      else if (c.findings.length === 0) lines.push(`- ${c.label}: ${vscode.l10n.t('nothing found')}`);
      else lines.push(`- ${c.label}: ${toFindingsText(toGuardKinds(c.findings), 5)}`);
    }
    if (prompt.redacted) {
      service.redactions.remember(prompt.redacted.mapping);
      const fence = toFence(prompt.redacted.text);
      lines.push('', vscode.l10n.t('Send this redacted prompt instead:'), '', `${fence}text`, prompt.redacted.text, fence);
    }
    if (all.some((f) => !prompt.findings.includes(f))) {
      lines.push('', vscode.l10n.t('Referenced files with findings would send those values along: redact them first (Prompt Hygiene: Redact All Findings in File) or leave them out.'));
    }
    stream.markdown(lines.join('\n'));
    await service.record('chat', all.length > 0 ? 'warned' : 'clean', all, uri, { event: 'participant-check' });
    return { metadata: { findings: all.length } };
  };
}
