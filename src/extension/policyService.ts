import * as vscode from 'vscode';
import { POLICY_FILE_NAME, parsePolicy, resolvePolicy } from '../engine/index';
import type { ParsedPolicy, PolicyIssue, PolicyLoad, ResolvedPolicy } from '../engine/index';
import type { PolicySource } from './policySource';
import type { SettingsSource } from './settings';
import { Disposable, disposeAll, toDisposable } from './util/dispose';
import type { IDisposable } from './util/dispose';

/** The team policy of one workspace folder, as last read. */
export interface FolderPolicy {
  readonly folder: vscode.WorkspaceFolder;
  /** Where the policy file lives, or would be created. */
  readonly fileUri: vscode.Uri;
  /** What the file said: none, valid, invalid, or not read because the workspace is untrusted. */
  readonly load: PolicyLoad;
  /** Errors (invalid) or warnings (valid) from the file, with positions. */
  readonly issues: readonly PolicyIssue[];
  /** What the scanners use: the file's policy, or the built-in defaults. */
  readonly resolved: ResolvedPolicy;
  /** False until the first read of this folder finished. */
  readonly loaded: boolean;
}

const DEFAULTS: ResolvedPolicy = resolvePolicy(undefined);

interface Entry {
  state: FolderPolicy;
  /** The text the state was built from (undefined: no file, or not read). */
  text: string | undefined;
  /** Incremented per read, so a slow read never overwrites a newer one. */
  generation: number;
  watcher?: IDisposable;
}

/**
 * Locates, reads, validates and watches the team policy of every workspace folder
 * (`promptHygiene.policyFile`, else `.prompt-hygiene.json` at the folder root). Reads go through
 * `vscode.workspace.fs`, so remote and virtual workspaces work. An invalid policy resolves to
 * the built-in defaults; in an untrusted workspace the file is not even read. File watchers
 * are created on the first subscription to `onDidChange`.
 */
export class PolicyService extends Disposable implements PolicySource {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  private watching = false;
  private readonly initial: Promise<void>;

  /** Fires whenever a folder's policy state may have changed. Subscribing starts the file watchers. */
  readonly onDidChange: vscode.Event<void> = (listener, thisArgs, disposables) => {
    this.startWatching();
    return this.emitter.event(listener, thisArgs, disposables);
  };

  constructor(
    private readonly settings: SettingsSource,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    super();
    this._register(toDisposable(() => disposeAll([...this.entries.values()].flatMap((e) => (e.watcher ? [e.watcher] : [])))));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.syncFolders()));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reloadAll()));
    this._register(
      this.settings.onDidChangeSettings((change) => {
        const affected = [...this.entries.values()].filter((e) => change.affects(e.state.folder.uri));
        for (const e of affected) {
          const fileUri = this.locate(e.state.folder);
          if (fileUri.toString() !== e.state.fileUri.toString()) {
            e.state = { ...e.state, fileUri };
            this.rewatch(e);
            void this.reload(e.state.folder);
          }
        }
      }),
    );
    // Saving the policy in the editor reloads at once, without waiting for the file watcher.
    this._register(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        const e = this.entryForFile(doc.uri);
        if (e) void this.reload(e.state.folder);
      }),
    );
    this.initial = this.syncFolders();
  }

  /** Resolves once every folder present at start-up has been read. */
  whenReady(): Promise<void> {
    return this.initial;
  }

  /** The policy state for the folder that holds `uri` (default: the first folder). */
  current(uri?: vscode.Uri): FolderPolicy | undefined {
    const folder = this.folderFor(uri);
    return folder ? this.entries.get(folder.uri.toString())?.state : undefined;
  }

  /** Every folder's policy state, in workspace order. */
  all(): FolderPolicy[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((f) => {
      const e = this.entries.get(f.uri.toString());
      return e ? [e.state] : [];
    });
  }

  resolved(uri?: vscode.Uri): ResolvedPolicy {
    return this.current(uri)?.resolved ?? DEFAULTS;
  }

  policyFileUri(uri?: vscode.Uri): vscode.Uri | undefined {
    const folder = this.folderFor(uri);
    return folder ? this.locate(folder) : undefined;
  }

  /** The workspace folder for `uri`, else the only or first folder. */
  folderFor(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (uri) {
      const direct = vscode.workspace.getWorkspaceFolder(uri);
      if (direct) return direct;
      // A folder URI itself, or a policy file configured outside its folder.
      const byFolder = folders.find((f) => f.uri.toString() === uri.toString());
      if (byFolder) return byFolder;
      const byFile = this.entryForFile(uri);
      if (byFile) return byFile.state.folder;
    }
    return folders[0];
  }

  /** Re-reads one folder's policy now. */
  async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const entry = this.entries.get(folder.uri.toString());
    if (!entry) return;
    const generation = ++entry.generation;
    const fileUri = this.locate(folder);
    let next: { load: PolicyLoad; text: string | undefined; issues: readonly PolicyIssue[]; parsed?: ParsedPolicy };
    if (!vscode.workspace.isTrusted) {
      next = { load: { kind: 'untrusted' }, text: undefined, issues: [] };
    } else {
      const text = await this.read(fileUri);
      if (text === undefined) next = { load: { kind: 'none' }, text, issues: [] };
      else {
        const parsed = parsePolicy(text);
        next = parsed.ok
          ? { load: { kind: 'valid', policy: parsed.policy, warnings: parsed.warnings }, text, issues: parsed.warnings, parsed }
          : { load: { kind: 'invalid', issues: parsed.issues }, text, issues: parsed.issues, parsed };
      }
    }
    if (generation !== entry.generation || this.isDisposed) return;
    const unchanged = entry.state.loaded && entry.text === next.text && entry.state.load.kind === next.load.kind && entry.state.fileUri.toString() === fileUri.toString();
    if (unchanged) return;
    const resolved =
      next.load.kind === 'untrusted'
        ? resolvePolicy(undefined, { trusted: false })
        : next.parsed
          ? resolvePolicy(next.parsed)
          : DEFAULTS;
    entry.text = next.text;
    entry.state = { folder, fileUri, load: next.load, issues: next.issues, resolved, loaded: true };
    this.logState(entry.state);
    this.emitter.fire();
  }

  /** Re-reads every folder. */
  async reloadAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => this.reload(e.state.folder)));
  }

  private async syncFolders(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keep = new Set(folders.map((f) => f.uri.toString()));
    let removed = false;
    for (const [key, e] of this.entries) {
      if (keep.has(key)) continue;
      e.watcher?.dispose();
      this.entries.delete(key);
      removed = true;
    }
    const added: vscode.WorkspaceFolder[] = [];
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (this.entries.has(key)) continue;
      const fileUri = this.locate(folder);
      const entry: Entry = {
        state: { folder, fileUri, load: { kind: 'none' }, issues: [], resolved: DEFAULTS, loaded: false },
        text: undefined,
        generation: 0,
      };
      this.entries.set(key, entry);
      if (this.watching) this.rewatch(entry);
      added.push(folder);
    }
    if (removed) this.emitter.fire();
    await Promise.all(added.map((f) => this.reload(f)));
  }

  private startWatching(): void {
    if (this.watching || this.isDisposed) return;
    this.watching = true;
    for (const e of this.entries.values()) this.rewatch(e);
  }

  /** (Re)creates the watcher for an entry's policy file: create, change and delete all reload. */
  private rewatch(entry: Entry): void {
    entry.watcher?.dispose();
    entry.watcher = undefined;
    if (!this.watching) return;
    const file = entry.state.fileUri;
    const dir = vscode.Uri.joinPath(file, '..');
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, base));
    const reload = (): void => void this.reload(entry.state.folder);
    entry.watcher = vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
  }

  /** `promptHygiene.policyFile` (relative to the folder, or absolute), else the default name. */
  private locate(folder: vscode.WorkspaceFolder): vscode.Uri {
    const configured = this.settings.get(folder.uri).policyFile;
    if (configured) {
      if (configured.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(configured)) return vscode.Uri.file(configured);
      return vscode.Uri.joinPath(folder.uri, ...configured.split(/[\\/]+/u).filter((s) => s.length > 0));
    }
    return vscode.Uri.joinPath(folder.uri, POLICY_FILE_NAME);
  }

  private entryForFile(uri: vscode.Uri): Entry | undefined {
    const key = uri.toString();
    for (const e of this.entries.values()) if (e.state.fileUri.toString() === key) return e;
    return undefined;
  }

  /** The file's text, or undefined when it does not exist. Unreadable files count as missing, logged. */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return new TextDecoder('utf-8').decode(bytes);
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
        this.log?.warn(`Team policy ${uri.toString(true)} could not be read (${e instanceof Error ? e.message : String(e)}); the built-in defaults apply.`);
      }
      return undefined;
    }
  }

  private logState(state: FolderPolicy): void {
    const where = vscode.workspace.asRelativePath(state.fileUri, true);
    switch (state.load.kind) {
      case 'valid':
        this.log?.info(`Team policy loaded from ${where}${state.issues.length > 0 ? ` with ${state.issues.length} warning(s)` : ''}.`);
        for (const p of state.resolved.problems) this.log?.warn(`Team policy ${where}: ${p}`);
        break;
      case 'invalid':
        this.log?.warn(`Team policy ${where} is invalid (${state.issues.filter((i) => i.severity === 'error').length} error(s)); the built-in defaults apply.`);
        break;
      case 'untrusted':
        this.log?.info(`Workspace not trusted: team policy ${where} is not loaded; the built-in defaults apply.`);
        break;
      default:
        this.log?.info(`No team policy at ${where}; the built-in defaults apply.`);
    }
  }
}
