import * as vscode from 'vscode';

/** A file read for a check: its text, or why it was not read. */
export type ReadResult = { readonly text: string } | { readonly skipped: 'missing' | 'too-large' | 'binary' };

/** Reads a file through `workspace.fs` for a scan: at most `maxBytes`, text only (no NUL byte in the first 8 KB). */
export async function readForScan(uri: vscode.Uri, maxBytes: number): Promise<ReadResult> {
  try {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText().length > maxBytes ? { skipped: 'too-large' } : { text: open.getText() };
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { skipped: 'missing' };
    if (stat.size > maxBytes) return { skipped: 'too-large' };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'binary' };
    return { text: new TextDecoder().decode(bytes) };
  } catch {
    return { skipped: 'missing' };
  }
}
