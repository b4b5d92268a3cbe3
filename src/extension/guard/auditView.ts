import * as vscode from 'vscode';
import { toAuditText } from '../../engine/index';
import type { GuardService } from './guardService';

/** Palette command: Show Audit Log. */
export const SHOW_AUDIT_LOG_COMMAND = 'promptHygiene.showAuditLog';
/** Scheme of the read-only audit report document. */
export const AUDIT_SCHEME = 'prompt-hygiene-audit';

/**
 * Show Audit Log: a read-only document with the guard decisions of every workspace folder's log
 * and the global one, one line per entry (time, surface, decision, provider and consent, rule
 * ids), newest last. The log holds no values, so neither does the report.
 */
export function registerAuditView(service: GuardService): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent() {
      const sections: string[] = [];
      const files = new Map<string, { label: string; uri: vscode.Uri }>();
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const uri = service.audit.fileFor('workspace', folder.uri);
        if (uri) files.set(uri.toString(), { label: vscode.workspace.asRelativePath(uri, true), uri });
      }
      const global = service.audit.fileFor('global', undefined);
      if (global) files.set(global.toString(), { label: vscode.l10n.t('global log ({0})', global.fsPath || global.toString(true)), uri: global });
      for (const { label, uri } of files.values()) {
        const entries = await service.audit.read(uri);
        sections.push(`# ${label}\n\n${toAuditText(entries)}`);
      }
      const setting = service.config().audit.location;
      const header = vscode.l10n.t('Prompt Hygiene audit log. Guard decisions only: rule ids and fingerprints, never values. New entries go to the {0} log.', setting === 'off' ? vscode.l10n.t('(switched off)') : setting);
      return `${header}\n\n${sections.join('\n')}`;
    },
  };
  const uri = vscode.Uri.from({ scheme: AUDIT_SCHEME, path: '/Prompt Hygiene Audit Log' });
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(AUDIT_SCHEME, provider),
    vscode.commands.registerCommand(SHOW_AUDIT_LOG_COMMAND, async () => {
      changed.fire(uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: true });
      return doc.getText().split('\n').length;
    }),
  );
}
