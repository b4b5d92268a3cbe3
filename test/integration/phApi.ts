// Small helpers shared by the Prompt Hygiene feature tests (diagnostics, quick fixes, settings,
// workspace scan). Generic waiting helpers live in helpers.ts.
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { PromptHygieneApi } from '../../src/extension/extension';
import { openUntitledDocument, waitFor, workspaceRoot } from './helpers';

export const EXTENSION_ID = 'prompt-hygiene.prompt-hygiene';
export const SOURCE = 'prompt-hygiene';

/** The activated extension's API. */
export async function getApi(): Promise<PromptHygieneApi> {
  const ext = vscode.extensions.getExtension<PromptHygieneApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** Our diagnostics among a list. */
export function ours(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === SOURCE);
}

/** The rule id of one of our diagnostics. */
export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** Our diagnostics of a URI right now. */
export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return ours(vscode.languages.getDiagnostics(uri));
}

/** The URI of a fixture file in the (temporary) test workspace. */
export function fixtureUri(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

/** The text of a fixture file, read from disk (never from a literal in the tests). */
export function fixtureText(relPath: string): string {
  return readFileSync(fixtureUri(relPath).fsPath, 'utf8');
}

/** Opens an untitled editor with a copy of a fixture's text, so tests can edit freely. */
export async function openCopy(relPath: string, language: string): Promise<vscode.TextEditor> {
  const doc = await openUntitledDocument(fixtureText(relPath), language);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes the active editor without saving (untitled documents are disposed). */
export async function closeActiveWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The findings of a document once the extension has scanned its current version. */
export async function scannedFindings(api: PromptHygieneApi, uri: vscode.Uri, timeoutMs = 10_000): Promise<NonNullable<ReturnType<PromptHygieneApi['getFindings']>>> {
  const key = uri.toString();
  const next = waitFor(api.onDidUpdateDiagnostics, (u) => u.toString() === key, timeoutMs);
  const now = api.getFindings(uri);
  if (now !== undefined) {
    next.catch(() => undefined);
    return now;
  }
  await next;
  return api.getFindings(uri) ?? [];
}

/** Updates a `promptHygiene.*` workspace setting (undefined removes it). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('promptHygiene').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Closes every editor without saving anything (no "save changes?" dialog). */
export async function closeAllWithoutSaving(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) await closeActiveWithoutSaving();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
