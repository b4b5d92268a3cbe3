// eslint-disable-next-line no-restricted-imports -- O_APPEND for the shared audit log (see write()); reads go through workspace.fs
import { appendFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { parseAuditLog, toAuditLine, toPrunedAuditLog } from '../../engine/index';
import type { AuditEntry } from '../../engine/index';
import type { Logger } from '../diagnostics/diagnosticsManager';
import type { AuditLocation } from './guardConfig';
import { readTextIfAny, uriExists } from '../util/workspaceFiles';

/** The workspace folder's audit folder and file, shared with the CLI's agent hooks. */
export const AUDIT_DIR = '.prompt-hygiene';
export const AUDIT_FILE = 'audit.jsonl';

/**
 * Appends guard decisions to the audit log: `<folder>/.prompt-hygiene/audit.jsonl` (the file the
 * CLI's agent hooks write too) or `audit.jsonl` in the extension's global storage. Writes are
 * queued, so entries from one window never interleave; entries hold ids and fingerprints only.
 */
export class AuditWriter {
  private queue: Promise<void> = Promise.resolve();
  private readonly pruned = new Set<string>();

  constructor(
    private readonly globalStorage: vscode.Uri,
    private readonly log: Logger,
  ) {}

  /** The log file for a location and folder, or undefined when the log is off or there is no folder. */
  fileFor(location: AuditLocation, folder: vscode.Uri | undefined): vscode.Uri | undefined {
    if (location === 'off') return undefined;
    if (location === 'global' || !folder) return vscode.Uri.joinPath(this.globalStorage, AUDIT_FILE);
    return vscode.Uri.joinPath(folder, AUDIT_DIR, AUDIT_FILE);
  }

  /** Queues one entry; resolves when it is written (errors are logged, never thrown). */
  append(file: vscode.Uri, entry: AuditEntry, retainDays: number): Promise<void> {
    const run = async (): Promise<void> => {
      try {
        await this.write(file, entry, retainDays);
      } catch (e) {
        this.log.warn(`Could not write the audit log ${file.toString(true)}: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  /** The entries of a log file (none when it does not exist). */
  async read(file: vscode.Uri): Promise<AuditEntry[]> {
    try {
      return parseAuditLog(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    } catch {
      return [];
    }
  }

  private async write(file: vscode.Uri, entry: AuditEntry, retainDays: number): Promise<void> {
    const dir = vscode.Uri.joinPath(file, '..');
    if (!(await uriExists(file))) {
      const dirExists = await uriExists(dir);
      await vscode.workspace.fs.createDirectory(dir);
      if (!dirExists && dir.path.endsWith(`/${AUDIT_DIR}`)) {
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, '.gitignore'), new TextEncoder().encode('# Local Prompt Hygiene audit log: not for commits.\n*\n'));
      }
    } else if (!this.pruned.has(file.toString())) {
      // Expired entries go once per window and file; the CLI prunes on its own appends.
      this.pruned.add(file.toString());
      const pruned = toPrunedAuditLog((await readTextIfAny(file)) ?? '', new Date(), retainDays);
      if (pruned) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(pruned.text));
    }
    const line = toAuditLine(entry);
    if (file.scheme === 'file') {
      // NOTE: an O_APPEND write, not read-modify-write, because agent hooks (the CLI) append to
      // the same file from other processes; workspace.fs has no append.
      await appendFile(file.fsPath, line, 'utf8');
    } else {
      const text = (await readTextIfAny(file)) ?? '';
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text + line));
    }
  }
}
