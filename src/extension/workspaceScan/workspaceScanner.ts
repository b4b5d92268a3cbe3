import * as vscode from 'vscode';
import { scan, toLineStarts } from '../../engine/index';
import type { DiagnosticsManager, Logger } from '../diagnostics/diagnosticsManager';
import { toPositionMapper } from '../diagnostics/toDiagnostic';
import type { SettingsSource } from '../settings';
import { Disposable } from '../util/dispose';
import { IGNORE_FILE_NAMES, IgnoreTree, isUnchanged, looksBinary } from './ignoreTree';
import type { FileStamp, IgnoreFile } from './ignoreTree';

/** The command that scans the whole workspace into the Problems panel. */
export const SCAN_WORKSPACE_COMMAND = 'promptHygiene.scanWorkspace';

/** How many files are read at once; between batches the scan yields to the event loop. */
const BATCH_SIZE = 16;

/** What one run of the workspace scan did. Counts only, never content. */
export interface WorkspaceScanSummary {
  /** Files found (after files.exclude), before ignore files and settings. */
  readonly found: number;
  /** Files read and scanned in this run. */
  readonly scanned: number;
  /** Files skipped because they had not changed since the last run. */
  readonly unchanged: number;
  /** Files whose open editor's diagnostics were used instead. */
  readonly open: number;
  readonly skipped: {
    readonly ignored: number;
    readonly excluded: number;
    readonly large: number;
    readonly binary: number;
    readonly unreadable: number;
  };
  /** Findings in all files known to the scan (scanned now or unchanged). */
  readonly findings: number;
  readonly filesWithFindings: number;
  readonly cancelled: boolean;
  /** True when `found` hit `promptHygiene.workspaceScan.maxFiles`. */
  readonly truncated: boolean;
  readonly durationMs: number;
}

/** The scan's state, for the extension's API (tests read it). */
export interface WorkspaceScanState {
  readonly running: boolean;
  readonly runs: number;
  readonly last?: WorkspaceScanSummary;
}

interface CachedFile extends FileStamp {
  readonly findings: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

function newSummary(): Mutable<WorkspaceScanSummary> {
  return {
    found: 0,
    scanned: 0,
    unchanged: 0,
    open: 0,
    skipped: { ignored: 0, excluded: 0, large: 0, binary: 0, unreadable: 0 },
    findings: 0,
    filesWithFindings: 0,
    cancelled: false,
    truncated: false,
    durationMs: 0,
  };
}

/**
 * Scans every file of the workspace (honouring files.exclude, .gitignore, .prompthygieneignore,
 * `promptHygiene.exclude`, the policy's path allowlist and the size limit, and skipping binary
 * files) and publishes findings of files that are not open. Reads through `workspace.fs` in small
 * batches that yield to the event loop; a second run reads only files whose mtime or size changed.
 */
export class WorkspaceScanner extends Disposable {
  private readonly cache = new Map<string, CachedFile>();
  private generation = 0;
  private runs = 0;
  private last: WorkspaceScanSummary | undefined;
  private running: Promise<WorkspaceScanSummary> | undefined;

  constructor(
    private readonly manager: DiagnosticsManager,
    private readonly settings: SettingsSource,
    private readonly log: Logger,
  ) {
    super();
    this._register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // The manager cleared the file's diagnostics; the next run must read it again.
        this.cache.delete(doc.uri.toString());
      }),
    );
    this._register(
      manager.onDidChangeOptions(() => {
        this.generation++;
        // Closed files scanned before now carry stale diagnostics: refresh them quietly.
        if (this.cache.size > 0 && !this.running) void this.scan(false);
      }),
    );
    this._register(vscode.commands.registerCommand(SCAN_WORKSPACE_COMMAND, () => this.scan(true)));
  }

  state(): WorkspaceScanState {
    return { running: this.running !== undefined, runs: this.runs, last: this.last };
  }

  /** Runs a scan (or joins the one running). `interactive` shows a cancellable notification. */
  scan(interactive: boolean): Promise<WorkspaceScanSummary> {
    if (this.running) return this.running;
    const title = vscode.l10n.t('Prompt Hygiene: scanning workspace');
    const location = interactive ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
    this.running = Promise.resolve(
      vscode.window.withProgress({ location, title, cancellable: interactive }, (progress, token) => this.run(progress, token)),
    ).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<WorkspaceScanSummary> {
    const started = performance.now();
    const summary = newSummary();
    const generation = this.generation;
    const seen = new Set<string>();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const maxFiles = this.settings.get().workspaceScan.maxFiles;

    const work: Array<{ uri: vscode.Uri; folder: vscode.WorkspaceFolder }> = [];
    for (const folder of folders) {
      if (token.isCancellationRequested) break;
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), undefined, maxFiles, token);
      summary.found += found.length;
      if (found.length >= maxFiles) summary.truncated = true;
      const ignores = await this.loadIgnoreTree(folder, found);
      const options = this.manager.optionsFor(folder.uri);
      const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
      for (const uri of found) {
        const rel = uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
        if (rel !== undefined && ignores.isIgnored(rel)) summary.skipped.ignored++;
        else if (!options.enabled || options.isExcludedPath(rel)) summary.skipped.excluded++;
        else {
          work.push({ uri, folder });
          continue;
        }
        this.forget(uri);
      }
    }

    const total = work.length;
    let done = 0;
    progress.report({ message: vscode.l10n.t('{0} of {1} files', 0, total) });
    for (let i = 0; i < work.length && !token.isCancellationRequested; i += BATCH_SIZE) {
      const batch = work.slice(i, i + BATCH_SIZE);
      await Promise.all(batch.map((w) => this.scanFile(w.uri, w.folder, generation, summary, seen)));
      done += batch.length;
      progress.report({ message: vscode.l10n.t('{0} of {1} files', done, total), increment: total > 0 ? (100 * batch.length) / total : 0 });
      // Let the extension host handle other events (keystrokes, hovers) between batches.
      await new Promise<void>((r) => setTimeout(r, 0));
    }
    summary.cancelled = token.isCancellationRequested;

    if (!summary.cancelled) {
      // Files that were scanned before and are gone (deleted, now ignored) lose their diagnostics.
      for (const key of [...this.cache.keys()]) {
        if (!seen.has(key)) this.forget(vscode.Uri.parse(key));
      }
    }
    for (const c of this.cache.values()) {
      summary.findings += c.findings;
      if (c.findings > 0) summary.filesWithFindings++;
    }
    summary.durationMs = Math.round(performance.now() - started);
    this.runs++;
    this.last = summary;
    this.log.info(
      `Workspace scan${summary.cancelled ? ' (cancelled)' : ''}: ${summary.found} files found, ${summary.scanned} scanned, ${summary.unchanged} unchanged, ${summary.open} open; ` +
        `skipped ${summary.skipped.ignored} ignored, ${summary.skipped.excluded} excluded, ${summary.skipped.large} too large, ${summary.skipped.binary} binary, ${summary.skipped.unreadable} unreadable; ` +
        `${summary.findings} finding(s) in ${summary.filesWithFindings} file(s); ${summary.durationMs} ms${summary.truncated ? ` (stopped at promptHygiene.workspaceScan.maxFiles = ${maxFiles})` : ''}.`,
    );
    return summary;
  }

  private forget(uri: vscode.Uri): void {
    if (this.cache.delete(uri.toString())) this.manager.clearClosedFile(uri);
  }

  private async scanFile(
    uri: vscode.Uri,
    folder: vscode.WorkspaceFolder,
    generation: number,
    summary: Mutable<WorkspaceScanSummary>,
    seen: Set<string>,
  ): Promise<void> {
    const key = uri.toString();
    seen.add(key);
    if (this.manager.isOpen(uri)) {
      // The open document's own diagnostics are newer than the file on disk.
      summary.open++;
      this.cache.delete(key);
      return;
    }
    const options = this.manager.optionsFor(folder.uri);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0) return;
      const stamp: FileStamp = { mtime: stat.mtime, size: stat.size, generation };
      if (isUnchanged(this.cache.get(key), stamp)) {
        summary.unchanged++;
        return;
      }
      if (stat.size > options.maxBytes) {
        summary.skipped.large++;
        this.forget(uri);
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (looksBinary(bytes)) {
        summary.skipped.binary++;
        this.forget(uri);
        this.cache.set(key, { ...stamp, findings: 0 });
        return;
      }
      const text = new TextDecoder('utf-8').decode(bytes);
      const findings = scan(text, options.scan);
      if (generation !== this.generation) return;
      this.manager.setClosedFileFindings(uri, findings, toPositionMapper(toLineStarts(text)), options);
      this.cache.set(key, { ...stamp, findings: findings.length });
      summary.scanned++;
    } catch (e) {
      summary.skipped.unreadable++;
      this.log.debug(`Workspace scan could not read ${vscode.workspace.asRelativePath(uri)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Reads every .gitignore and .prompthygieneignore among the found files. */
  private async loadIgnoreTree(folder: vscode.WorkspaceFolder, found: readonly vscode.Uri[]): Promise<IgnoreTree> {
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    const files: IgnoreFile[] = [];
    const candidates = found.filter((u) => IGNORE_FILE_NAMES.some((n) => u.path.endsWith(`/${n}`)));
    // files.exclude may hide ignore files from findFiles; look for the root ones directly too.
    for (const name of IGNORE_FILE_NAMES) {
      const root = vscode.Uri.joinPath(folder.uri, name);
      if (!candidates.some((u) => u.toString() === root.toString())) candidates.push(root);
    }
    await Promise.all(
      candidates.map(async (uri) => {
        if (!uri.path.startsWith(base)) return;
        const rel = uri.path.slice(base.length);
        const slash = rel.lastIndexOf('/');
        try {
          const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          files.push({ dir: slash === -1 ? '' : rel.slice(0, slash), name: rel.slice(slash + 1), content });
        } catch {
          // No such file.
        }
      }),
    );
    return new IgnoreTree(files);
  }
}
