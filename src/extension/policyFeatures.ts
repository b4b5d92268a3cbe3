import * as vscode from 'vscode';
import { toStarterPolicy } from '../engine/index';
import type { ConsentState, PolicyIssue, PolicyOrigin } from '../engine/index';
import { registerPolicyDiagnostics } from './policyDiagnostics';
import { PolicyDetailsView } from './policyDetailsView';
import type { PolicyService } from './policyService';
import { POLICY_COMMANDS } from './statusBar/policyStatus';
import type { PolicyStatusSeverity } from './statusBar/policyStatus';
import { registerPolicyStatusItem, toFolderStatus } from './statusBar/policyStatusItem';
import { uriExists } from './util/workspaceFiles';

/** A folder's policy state as plain data: what the extension API returns to tests and other extensions. */
export interface PolicyStateSnapshot {
  /** The workspace folder's URI. */
  readonly folder: string;
  /** The policy file's URI (where it is, or would be created). */
  readonly file: string;
  /** False until the folder's policy has been read once. */
  readonly loaded: boolean;
  readonly kind: 'none' | 'valid' | 'invalid' | 'untrusted';
  readonly state: ConsentState;
  /** Where the effective policy came from. */
  readonly source: PolicyOrigin;
  /** The status bar text and colour for this folder. */
  readonly statusText: string;
  readonly severity: PolicyStatusSeverity;
  readonly issues: readonly Pick<PolicyIssue, 'line' | 'column' | 'message' | 'severity' | 'code' | 'path'>[];
  /** Parts of the policy that were skipped (unsafe custom regexes, unknown rule ids). */
  readonly problems: readonly string[];
}

/** The snapshot for the folder holding `uri` (default: the first folder), or undefined without folders. */
export function toPolicyStateSnapshot(service: PolicyService, uri?: vscode.Uri): PolicyStateSnapshot | undefined {
  const state = service.current(uri);
  if (!state) return undefined;
  const { summary, status } = toFolderStatus(state);
  return {
    folder: state.folder.uri.toString(),
    file: state.fileUri.toString(),
    loaded: state.loaded,
    kind: state.load.kind,
    state: summary.state,
    source: state.resolved.source,
    statusText: status.text,
    severity: status.severity,
    issues: state.issues.map(({ line, column, message, severity, code, path }) => ({ line, column, message, severity, code, path })),
    problems: state.resolved.problems,
  };
}

/** Commands may get a folder as a URI string (tooltip links, the details view) or a `Uri`. */
function toUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.length > 0) {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  return undefined;
}


/** The folder a command is about: its argument, the active editor's folder, the only folder, or a pick. */
async function pickFolder(service: PolicyService, arg: unknown): Promise<vscode.WorkspaceFolder | undefined> {
  const uri = toUri(arg);
  if (uri) return service.folderFor(uri);
  const active = vscode.window.activeTextEditor?.document.uri;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (active && vscode.workspace.getWorkspaceFolder(active)) return vscode.workspace.getWorkspaceFolder(active);
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder\'s team policy?' });
}

/**
 * Writes the starter policy for a folder and opens it. Never overwrites: an existing file is
 * opened instead. Returns the file's URI.
 */
export async function createPolicy(service: PolicyService, arg?: unknown): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Prompt Hygiene: trust this workspace to create and use a team policy.');
    return undefined;
  }
  const folder = await pickFolder(service, arg);
  if (!folder) {
    void vscode.window.showInformationMessage('Prompt Hygiene: open a folder to create a team policy in it.');
    return undefined;
  }
  const file = service.policyFileUri(folder.uri);
  if (!file) return undefined;
  if (await uriExists(file)) {
    await vscode.window.showTextDocument(file, { preview: false });
    void vscode.window.showInformationMessage(`Prompt Hygiene: ${vscode.workspace.asRelativePath(file, true)} already exists; it was opened, not overwritten.`);
    return file;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(toStarterPolicy({})));
  await service.reload(folder);
  await vscode.window.showTextDocument(file, { preview: false });
  return file;
}

/** Opens a folder's policy file, offering to create it when there is none. */
export async function openPolicy(service: PolicyService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder(service, arg);
  const file = folder ? service.policyFileUri(folder.uri) : undefined;
  if (!folder || !file) return undefined;
  if (await uriExists(file)) {
    await vscode.window.showTextDocument(file, { preview: false });
    return file;
  }
  const create = 'Create Team Policy';
  const choice = await vscode.window.showInformationMessage(`Prompt Hygiene: there is no team policy (${vscode.workspace.asRelativePath(file, true)}) yet.`, create);
  return choice === create ? createPolicy(service, folder.uri) : undefined;
}

/**
 * Everything the team policy adds to the editor: the status bar item, diagnostics on the
 * policy file, the details view, and the create/open/show commands.
 */
export function registerPolicyFeatures(service: PolicyService): vscode.Disposable {
  const details = new PolicyDetailsView(service, POLICY_COMMANDS);
  return vscode.Disposable.from(
    registerPolicyStatusItem(service),
    registerPolicyDiagnostics(service),
    details,
    vscode.commands.registerCommand(POLICY_COMMANDS.createPolicy, (arg?: unknown) => createPolicy(service, arg)),
    vscode.commands.registerCommand(POLICY_COMMANDS.openPolicy, (arg?: unknown) => openPolicy(service, arg)),
    vscode.commands.registerCommand(POLICY_COMMANDS.showPolicyDetails, (arg?: unknown) => details.show(toUri(arg))),
  );
}
