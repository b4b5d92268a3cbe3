import * as vscode from 'vscode';

/** True when something exists at `uri` (through `workspace.fs`, so remote workspaces work too). */
export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The file's text (UTF-8), or `undefined` when it can't be read. */
export async function readTextIfAny(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
