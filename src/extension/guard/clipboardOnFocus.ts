import * as vscode from 'vscode';
import { sha256Hex } from '../../engine/index';
import { SETTINGS_SECTION } from '../settings';
import { clipboardChoice } from './guardCommands';
import { toFindingsText } from './guardMessages';
import type { GuardService } from './guardService';
import { MAX_GUARD_TEXT } from './guardService';

/**
 * The opt-in clipboard check (`promptHygiene.guard.clipboardOnFocus`): when the window regains
 * focus, text copied elsewhere is scanned once (no polling), and findings get the same choice
 * as a copy in the editor. Only a hash of the last clipboard text is kept, to avoid asking twice.
 * The focus listener exists only while the setting is on.
 */
export function registerClipboardOnFocus(service: GuardService): vscode.Disposable {
  let listener: vscode.Disposable | undefined;
  let lastHash: string | undefined;

  const check = async (): Promise<void> => {
    const text = await vscode.env.clipboard.readText();
    if (text.length === 0 || text.length > MAX_GUARD_TEXT) return;
    const hash = sha256Hex(text);
    if (hash === lastHash) return;
    lastHash = hash;
    const uri = vscode.window.activeTextEditor?.document.uri;
    const config = service.config(uri);
    const result = service.check(text, 'warn', uri, config.strategy);
    if (!result.redacted) return;
    const redactItem = vscode.l10n.t('Redact clipboard');
    const details = vscode.l10n.t('Show findings');
    const pick = await vscode.window.showWarningMessage(vscode.l10n.t('The clipboard contains {0}. It may end up in an AI chat.', toFindingsText(result.kinds)), redactItem, details, vscode.l10n.t('Keep'));
    if (pick === redactItem) await clipboardChoice(service, text, result, uri, 'focus', 'redact');
    else if (pick === details) await clipboardChoice(service, text, result, uri, 'focus');
    else await service.record('clipboard', 'warned', result.findings, uri, { event: 'focus' });
  };

  const update = (): void => {
    const on = service.config().clipboardOnFocus;
    if (on && !listener) {
      listener = vscode.window.onDidChangeWindowState((s) => {
        if (s.focused) void check().catch((e: unknown) => service.log.warn(`Clipboard check failed: ${e instanceof Error ? e.message : String(e)}`));
      });
    } else if (!on && listener) {
      listener.dispose();
      listener = undefined;
      lastHash = undefined;
    }
  };
  update();
  const config = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(`${SETTINGS_SECTION}.guard.clipboardOnFocus`)) update();
  });
  return new vscode.Disposable(() => {
    config.dispose();
    listener?.dispose();
  });
}
