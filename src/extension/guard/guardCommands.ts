import * as vscode from 'vscode';
import type { Finding, GuardResult } from '../../engine/index';
import { lineOf, toGuardSummary, toLineStarts } from '../../engine/index';
import { toFindingsText } from './guardMessages';
import type { GuardService } from './guardService';

/** Command ids (contributed in package.json). */
export const GUARD_COMMANDS = {
  copyRedacted: 'promptHygiene.copyRedacted',
  checkClipboard: 'promptHygiene.checkClipboard',
  sendRedactedToChat: 'promptHygiene.sendRedactedToChat',
  restoreRedacted: 'promptHygiene.restoreRedacted',
} as const;

/** What Restore Redacted Values did: how many placeholders it put values back for, and why none when none. */
export interface RestoreResult {
  readonly restored: number;
  readonly reason?: 'no-editor' | 'nothing-remembered' | 'no-placeholder' | 'edit-refused';
}

/** How often Restore Redacted Values tries an edit the window refused, and the pause in between. */
const RESTORE_ATTEMPTS = 3;
const RESTORE_RETRY_MS = 100;

/** The chat extensions whose presence means `workbench.action.chat.open` leads somewhere useful. */
const CHAT_EXTENSION_IDS = ['github.copilot-chat', 'github.copilot'];

/** What a selection command works on: a document and its editor's selections (none: the whole document). */
interface Target {
  readonly document: vscode.TextDocument;
  readonly selections: readonly vscode.Selection[];
}

/**
 * What a selection command acts on. A command run from the editor's context menu gets that
 * editor's document URI: it is then the editor showing that document (the active one first), not
 * whichever editor is active by the time the command runs (focus can move in between, as it did
 * in CI after the chat view had focus). When no visible editor shows that document (the window
 * has not told the extension host of it yet, or it was hidden in between) the command acts on
 * the whole document, never on another one: CI once saw Restore read a different editor's text
 * after falling back to the active one. From the palette or a keybinding: the active editor.
 */
function toTarget(arg: unknown): Target | undefined {
  const active = vscode.window.activeTextEditor;
  if (!(arg instanceof vscode.Uri)) return active;
  const uri = arg.toString();
  if (active?.document.uri.toString() === uri) return active;
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  if (shown) return shown;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  return document ? { document, selections: [] } : undefined;
}

/** The text a selection command works on: the selections (joined), else the whole document. */
function selectedText(target: Target): { text: string; whole: boolean } {
  const eol = target.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const parts = target.selections.filter((s) => !s.isEmpty).map((s) => target.document.getText(s));
  return parts.length > 0 ? { text: parts.join(eol), whole: false } : { text: target.document.getText(), whole: true };
}

/** True when an AI chat (other than our own participant) is installed and AI features are on. */
export function hasChatProvider(ownId: string): boolean {
  if (vscode.workspace.getConfiguration('chat').get<boolean>('disableAIFeatures') === true) return false;
  return vscode.extensions.all.some((e) => {
    if (e.id === ownId) return false;
    if (CHAT_EXTENSION_IDS.includes(e.id.toLowerCase())) return true;
    const contributes = (e.packageJSON as { contributes?: { chatParticipants?: unknown[] } }).contributes;
    return Array.isArray(contributes?.chatParticipants) && contributes.chatParticipants.length > 0;
  });
}

function info(message: string): void {
  void vscode.window.showInformationMessage(message);
}

/** A quick pick row for one finding: rule id, preview, line. */
function findingItem(f: Finding, lineStarts: readonly number[]): vscode.QuickPickItem {
  return { label: f.ruleId, description: f.preview, detail: vscode.l10n.t('line {0}', lineOf(lineStarts, f.range.start) + 1) };
}

/**
 * Copy Redacted, Check Clipboard, Send Redacted Selection to Chat and Restore Redacted Values.
 * The clipboard changes only through these commands (the user's explicit choice). Each returns
 * a small summary (counts, never text) that tests and keybinding users can read.
 */
export function registerGuardCommands(service: GuardService): vscode.Disposable {
  const ownId = service.deps.extensionContext.extension.id;

  const copyRedacted = async (arg?: unknown): Promise<{ copied: boolean; redacted: number }> => {
    const target = toTarget(arg);
    if (!target) {
      info(vscode.l10n.t('Open a file or select text to copy it redacted.'));
      return { copied: false, redacted: 0 };
    }
    const { text, whole } = selectedText(target);
    const config = service.config(target.document.uri);
    const result = service.check(text, 'redact', target.document.uri, config.strategy, target.document.languageId);
    await vscode.env.clipboard.writeText(result.redacted?.text ?? text);
    const what = whole ? vscode.l10n.t('the file') : vscode.l10n.t('the selection');
    if (!result.redacted) {
      await service.record('command', 'clean', [], target.document.uri, { event: 'copy-redacted' });
      info(vscode.l10n.t('Copied {0}: nothing to redact.', what));
      return { copied: true, redacted: 0 };
    }
    service.redactions.remember(result.redacted.mapping);
    await service.record('command', 'redacted', result.findings, target.document.uri, { event: 'copy-redacted' });
    info(vscode.l10n.t('Copied {0} with {1} redacted.', what, toFindingsText(result.kinds)));
    return { copied: true, redacted: result.findings.length };
  };

  /** `args.choose` answers the quick pick without showing it (`redact` or `keep`), for keybindings and tests. */
  const checkClipboard = async (args?: { readonly choose?: 'redact' | 'keep' }): Promise<{ findings: number; redacted: boolean }> => {
    const text = await vscode.env.clipboard.readText();
    if (text.length === 0) {
      info(vscode.l10n.t('The clipboard holds no text.'));
      return { findings: 0, redacted: false };
    }
    const uri = vscode.window.activeTextEditor?.document.uri;
    const config = service.config(uri);
    const result = service.check(text, 'warn', uri, config.strategy);
    if (!result.redacted) {
      await service.record('clipboard', 'clean', [], uri, { event: 'check-clipboard' });
      info(vscode.l10n.t('Prompt Hygiene found no secrets or personal data on the clipboard.'));
      return { findings: 0, redacted: false };
    }
    return clipboardChoice(service, text, result, uri, 'check-clipboard', args?.choose);
  };

  const sendRedactedToChat = async (arg?: unknown): Promise<{ sent: boolean; copied: boolean; redacted: number }> => {
    const target = toTarget(arg);
    if (!target) {
      info(vscode.l10n.t('Select the text to send to the chat.'));
      return { sent: false, copied: false, redacted: 0 };
    }
    const { text } = selectedText(target);
    const config = service.config(target.document.uri);
    const result = service.check(text, 'redact', target.document.uri, config.strategy, target.document.languageId);
    const query = result.redacted?.text ?? text;
    if (result.redacted) service.redactions.remember(result.redacted.mapping);
    const chat = hasChatProvider(ownId);
    const decision = result.redacted ? 'redacted' : 'clean';
    if (chat) {
      try {
        await vscode.commands.executeCommand('workbench.action.chat.open', { query, isPartialQuery: true });
        await service.record('send-to-chat', decision, result.findings, target.document.uri, { provider: 'github-copilot' });
        return { sent: true, copied: false, redacted: result.findings.length };
      } catch (e) {
        service.log.warn(`Opening the chat failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    await vscode.env.clipboard.writeText(query);
    await service.record('send-to-chat', decision, result.findings, target.document.uri, { event: 'no-chat-copied' });
    info(
      result.redacted
        ? vscode.l10n.t('No AI chat is available in this window, so the redacted text ({0} replaced) is on the clipboard instead.', toFindingsText(result.kinds))
        : vscode.l10n.t('No AI chat is available in this window, so the text (nothing to redact) is on the clipboard instead.'),
    );
    return { sent: false, copied: true, redacted: result.findings.length };
  };

  /** What Restore Redacted Values would change in `target`'s document now: one replacement per selection holding placeholders. */
  const planRestore = (target: Target): { replacements: { range: vscode.Range; text: string }[]; restored: number } => {
    const doc = target.document;
    const ranges = target.selections.some((s) => !s.isEmpty) ? target.selections.filter((s) => !s.isEmpty) : [new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length))];
    const replacements: { range: vscode.Range; text: string }[] = [];
    let restored = 0;
    for (const range of ranges) {
      const r = service.redactions.restore(doc.getText(range));
      if (!r) continue;
      replacements.push({ range, text: r.text });
      restored += r.restored;
    }
    return { replacements, restored };
  };

  const restoreRedacted = async (arg?: unknown): Promise<RestoreResult> => {
    const target = toTarget(arg);
    if (!target) return { restored: 0, reason: 'no-editor' };
    // One undoable WorkspaceEdit on the document, whatever editor shows it by then. (`editor.edit`
    // resolves to false, and changes nothing, when that editor stopped being the active one in
    // between; the command reported values restored that were not. Its integration test caught it
    // once in CI.) `applyEdit` can also refuse an edit made against a document version the window
    // has moved past (seen once in four runs of the integration test, right after opening the
    // document): the plan is then made again from the current text, a few times, before giving up.
    for (let attempt = 1; ; attempt++) {
      const { replacements, restored } = planRestore(target);
      if (replacements.length === 0) {
        info(
          service.redactions.size === 0
            ? vscode.l10n.t('Nothing was redacted in this window yet, so there are no values to restore.')
            : vscode.l10n.t('No placeholders from this window\'s redactions were found in the selection.'),
        );
        return { restored: 0, reason: service.redactions.size === 0 ? 'nothing-remembered' : 'no-placeholder' };
      }
      const edit = new vscode.WorkspaceEdit();
      for (const r of replacements) edit.replace(target.document.uri, r.range, r.text);
      if (await vscode.workspace.applyEdit(edit)) {
        info(vscode.l10n.t('Restored {0} redacted values.', restored));
        return { restored };
      }
      service.log.info(`Restore Redacted Values: the window refused the edit (attempt ${attempt} of ${RESTORE_ATTEMPTS}, document version ${target.document.version}).`);
      if (attempt === RESTORE_ATTEMPTS) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while the values were being restored; nothing was restored. Run the command again.'));
        return { restored: 0, reason: 'edit-refused' };
      }
      await new Promise((r) => setTimeout(r, RESTORE_RETRY_MS));
    }
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(GUARD_COMMANDS.copyRedacted, copyRedacted),
    vscode.commands.registerCommand(GUARD_COMMANDS.checkClipboard, checkClipboard),
    vscode.commands.registerCommand(GUARD_COMMANDS.sendRedactedToChat, sendRedactedToChat),
    vscode.commands.registerCommand(GUARD_COMMANDS.restoreRedacted, restoreRedacted),
  );
}

/**
 * Shows what the clipboard holds and offers to redact it (a quick pick: "Redact clipboard",
 * then one row per finding). `choose` skips the UI.
 */
export async function clipboardChoice(
  service: GuardService,
  text: string,
  result: GuardResult,
  uri: vscode.Uri | undefined,
  event: string,
  choose?: 'redact' | 'keep',
): Promise<{ findings: number; redacted: boolean }> {
  const redacted = result.redacted;
  if (!redacted) return { findings: 0, redacted: false };
  let redact = choose === 'redact';
  if (choose === undefined) {
    const lineStarts = toLineStarts(text);
    const redactItem: vscode.QuickPickItem = { label: vscode.l10n.t('$(shield) Redact clipboard'), detail: vscode.l10n.t('Replace the clipboard with the redacted text') };
    const items: vscode.QuickPickItem[] = [
      redactItem,
      { label: vscode.l10n.t('Findings'), kind: vscode.QuickPickItemKind.Separator },
      ...result.findings.slice(0, 200).map((f) => findingItem(f, lineStarts)),
    ];
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('The clipboard contains {0}', toGuardSummary(result.kinds)),
      placeHolder: vscode.l10n.t('Redact the clipboard, or press Escape to leave it as it is'),
    });
    redact = pick === redactItem;
  }
  if (redact) {
    await vscode.env.clipboard.writeText(redacted.text);
    service.redactions.remember(redacted.mapping);
  }
  await service.record('clipboard', redact ? 'redacted' : 'warned', result.findings, uri, { event });
  return { findings: result.findings.length, redacted: redact };
}
