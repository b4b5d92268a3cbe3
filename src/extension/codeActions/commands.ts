import * as vscode from 'vscode';
import type { DiagnosticsManager, Logger } from '../diagnostics/diagnosticsManager';
import type { SettingsSource } from '../settings';
import { AFTER_ALLOWLIST_COMMAND, RESCAN_COMMAND, toRedactAllEdit } from './fixes';

/** Palette command: redacts every finding in the active editor with the default strategy. */
export const REDACT_FILE_COMMAND = 'promptHygiene.redactFile';

function findOpenDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/**
 * The commands behind the fixes: the palette's "Redact All Findings in File", and the internal
 * `_promptHygiene.*` commands that code actions run after their edit.
 */
export function registerFixCommands(manager: DiagnosticsManager, settings: SettingsSource, log: Logger): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(RESCAN_COMMAND, (uri: vscode.Uri) => {
      const doc = uri && findOpenDocument(uri);
      if (doc) manager.scanNow(doc, 'fix', true);
    }),
    vscode.commands.registerCommand(AFTER_ALLOWLIST_COMMAND, async (policyUri: vscode.Uri, documentUri: vscode.Uri) => {
      // The policy service reads the file from disk: save the edit so it takes effect now.
      const policyDoc = policyUri && findOpenDocument(policyUri);
      if (policyDoc?.isDirty) await policyDoc.save();
      log.info(`Added a fingerprint to the allowlist in ${vscode.workspace.asRelativePath(policyUri)}.`);
      const doc = documentUri && findOpenDocument(documentUri);
      if (doc) manager.scanNow(doc, 'fix', true);
    }),
    vscode.commands.registerCommand(REDACT_FILE_COMMAND, async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? (findOpenDocument(uri) ?? (await vscode.workspace.openTextDocument(uri))) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a file to redact its findings.'));
        return 0;
      }
      const findings = manager.findingsFor(doc);
      if (findings.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Prompt Hygiene found nothing to redact in this file.'));
        return 0;
      }
      const ok = await vscode.workspace.applyEdit(toRedactAllEdit(doc, findings, settings.get(doc.uri).redaction.defaultStrategy));
      manager.scanNow(doc, 'fix', true);
      return ok ? findings.length : 0;
    }),
  );
}
