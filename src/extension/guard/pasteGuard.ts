import * as vscode from 'vscode';
import type { GuardResult } from '../../engine/index';
import { toFindingsText } from './guardMessages';
import type { GuardService } from './guardService';
import { MAX_GUARD_TEXT } from './guardService';

/** Paste edit kinds. Not under `text`, so our two edits never yield to each other. */
export const PASTE_REDACTED_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('promptHygiene', 'redacted');
export const PASTE_MASKED_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('promptHygiene', 'masked');

/**
 * Where the guard watches copy and paste: files, untitled documents, notebook cells, and the chat
 * input boxes.
 *
 * Measured by test/integration/guard.test.ts in code-server 4.139.1 (VS Code 1.139.1, web client):
 * - Copy in an editor (`editor.action.clipboardCopyAction` or a real Ctrl+C) calls
 *   `prepareDocumentPaste`, and a clipboard write from there replaces what the editor copied.
 * - A real DOM paste into a `file` or `untitled` editor asks `provideDocumentPasteEdits`; in
 *   `redact` mode our edit is applied (and resolved), in `warn` mode the normal paste is.
 * - The chat view's input box is a synced `chatSessionInput:input-N` document (VS Code does not
 *   create it as a "simple widget" model), and a real paste into it reaches this provider:
 *   `redact` mode puts the redacted text into the chat input, `warn` mode keeps the normal paste.
 *   `sessions-chat` is the Agent Sessions window's input, built the same way (not measured).
 * Copy Redacted, Check Clipboard and Send Redacted Selection to Chat are the fallback that works
 * everywhere, including chats outside VS Code.
 */
export const GUARDED_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-notebook-cell' },
  { scheme: 'chatSessionInput' },
  { scheme: 'sessions-chat' },
];

/** Remembers what a paste edit of ours redacted, for the audit entry written when it is applied. */
const pending = new WeakMap<vscode.DocumentPasteEdit, { result: GuardResult; uri: vscode.Uri; kind: 'redacted' | 'masked' }>();

/**
 * The copy and paste guard. On copy (`prepareDocumentPaste`) it scans the copied text and, per
 * `promptHygiene.guard.copy`, warns with "Copy redacted instead" / "Keep" or replaces the
 * clipboard with the redacted text. On paste it offers "Paste redacted" and "Paste masked";
 * in `warn` mode the normal paste stays the default, in `redact` mode the redacted one is.
 */
export function registerPasteGuard(service: GuardService): vscode.Disposable {
  const provider: vscode.DocumentPasteEditProvider = {
    prepareDocumentPaste(document, ranges) {
      service.copySchemes.add(document.uri.scheme);
      service.copyEvents++;
      const config = service.config(document.uri);
      if (config.copy === 'off') return;
      const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const text = ranges.map((r) => document.getText(r)).join(eol);
      if (text.length === 0) return;
      if (text.length > MAX_GUARD_TEXT) {
        service.log.info(`Copy guard: a copy of ${text.length} characters is too large to check.`);
        return;
      }
      const result = service.check(text, config.copy, document.uri, config.strategy, document.languageId);
      if (!result.redacted) return;
      // Not awaited: the copy itself must not wait for the notification.
      void onCopyWithFindings(service, document.uri, text, result, config.copy);
    },

    async provideDocumentPasteEdits(document, _ranges, dataTransfer, _context, token) {
      service.pasteSchemes.add(document.uri.scheme);
      const config = service.config(document.uri);
      if (config.paste === 'off') return undefined;
      const text = await dataTransfer.get('text/plain')?.asString();
      if (!text || token.isCancellationRequested) return undefined;
      if (text.length > MAX_GUARD_TEXT) {
        service.log.info(`Paste guard: a paste of ${text.length} characters is too large to check.`);
        return undefined;
      }
      const result = service.check(text, config.paste, document.uri, config.strategy, document.languageId);
      if (!result.redacted) return undefined;
      const summary = toFindingsText(result.kinds, 1);
      const redactedEdit = new vscode.DocumentPasteEdit(result.redacted.text, vscode.l10n.t('Paste redacted ({0})', summary), PASTE_REDACTED_KIND);
      const masked = service.redactAs(text, result.findings, 'mask');
      const maskedEdit = new vscode.DocumentPasteEdit(masked.text, vscode.l10n.t('Paste masked ({0})', summary), PASTE_MASKED_KIND);
      // warn: the normal paste stays first and ours are one click away in the paste widget;
      // redact: ours come first (our selector is more specific than the built-in text paste).
      maskedEdit.yieldTo = [PASTE_REDACTED_KIND, ...(config.paste === 'warn' ? [vscode.DocumentDropOrPasteEditKind.Text] : [])];
      if (config.paste === 'warn') redactedEdit.yieldTo = [vscode.DocumentDropOrPasteEditKind.Text];
      pending.set(redactedEdit, { result, uri: document.uri, kind: 'redacted' });
      pending.set(maskedEdit, { result: { ...result, redacted: masked }, uri: document.uri, kind: 'masked' });
      if (config.paste === 'warn') {
        vscode.window.setStatusBarMessage(vscode.l10n.t('$(shield) Pasted text contains {0}. Ctrl+. after pasting offers "Paste redacted".', toFindingsText(result.kinds, 2)), 10_000);
        void service.record('paste', 'warned', result.findings, document.uri, { event: document.uri.scheme });
      }
      return [redactedEdit, maskedEdit];
    },

    resolveDocumentPasteEdit(edit) {
      const info = pending.get(edit);
      if (info) {
        service.pasteEditsResolved++;
        if (info.result.redacted) service.redactions.remember(info.result.redacted.mapping);
        void service.record('paste', 'redacted', info.result.findings, info.uri, { event: `${info.uri.scheme}:${info.kind}` });
      }
      return edit;
    },
  };
  return vscode.languages.registerDocumentPasteEditProvider(GUARDED_SELECTOR, provider, {
    providedPasteEditKinds: [PASTE_REDACTED_KIND, PASTE_MASKED_KIND],
    pasteMimeTypes: ['text/plain'],
    copyMimeTypes: [],
  });
}

/** After a copy with findings: redact the clipboard (mode `redact`) or ask (mode `warn`). */
async function onCopyWithFindings(service: GuardService, uri: vscode.Uri, original: string, result: GuardResult, mode: 'warn' | 'redact' | 'off'): Promise<void> {
  const redacted = result.redacted;
  if (!redacted) return;
  const found = toFindingsText(result.kinds);
  if (mode === 'redact') {
    await vscode.env.clipboard.writeText(redacted.text);
    service.redactions.remember(redacted.mapping);
    await service.record('copy', 'redacted', result.findings, uri);
    const copyOriginal = vscode.l10n.t('Copy original');
    const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Prompt Hygiene redacted the copied text: {0}.', found), copyOriginal);
    if (pick === copyOriginal) {
      await vscode.env.clipboard.writeText(original);
      await service.record('copy', 'sent-anyway', result.findings, uri, { event: 'copy-original' });
    }
    return;
  }
  await service.record('copy', 'warned', result.findings, uri);
  const redactItem = vscode.l10n.t('Copy redacted instead');
  const keep = vscode.l10n.t('Keep');
  const pick = await vscode.window.showWarningMessage(vscode.l10n.t('The copied text contains {0}. It may end up in an AI chat.', found), redactItem, keep);
  if (pick === redactItem) {
    await vscode.env.clipboard.writeText(redacted.text);
    service.redactions.remember(redacted.mapping);
    await service.record('copy', 'redacted', result.findings, uri, { event: 'after-warning' });
  }
}
