import * as vscode from 'vscode';
import type { PolicySource } from '../policySource';
import type { SettingsSource } from '../settings';

/** The default policy file name at a workspace folder's root. */
export const POLICY_FILE_NAME = '.prompt-hygiene.json';

/**
 * Where the team policy for `uri` lives (or would be created): the policy source's answer if it
 * has one, else the `promptHygiene.policyFile` setting (relative to the folder, or absolute), else
 * `.prompt-hygiene.json` at the folder root. Undefined outside every workspace folder.
 */
export function toPolicyFileUri(uri: vscode.Uri, policy: PolicySource, settings: SettingsSource): vscode.Uri | undefined {
  const fromSource = policy.policyFileUri?.(uri);
  if (fromSource) return fromSource;
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
  if (!folder) return undefined;
  const configured = settings.get(folder.uri).policyFile;
  if (configured) {
    if (configured.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(configured)) return vscode.Uri.file(configured);
    return vscode.Uri.joinPath(folder.uri, ...configured.split(/[\\/]+/u).filter((s) => s.length > 0));
  }
  return vscode.Uri.joinPath(folder.uri, POLICY_FILE_NAME);
}
