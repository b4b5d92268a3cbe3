import * as vscode from 'vscode';
import { scan } from '../../engine/index';
import type { Finding } from '../../engine/index';
import { toEffectiveOptions } from '../effectiveOptions';
import type { EffectiveOptions } from '../effectiveOptions';
import type { PolicySource } from '../policySource';
import type { SettingsSource } from '../settings';
import { KeyedDebouncer } from '../util/debounce';
import { Disposable } from '../util/dispose';
import { toDiagnostic } from './toDiagnostic';

/**
 * At most this many findings of one document are shown as problems: a minified file full of
 * e-mail addresses must not flood the Problems view. The findings themselves stay complete, so a
 * redaction still covers every value.
 */
export const MAX_DIAGNOSTICS = 10_000;

/** URI schemes whose documents are scanned. Diff views (`git:`), output channels and the like are not. */
export const DOCUMENT_SCHEMES: readonly string[] = [
  'file',
  'untitled',
  'vscode-remote',
  'vscode-vfs',
  'vscode-userdata',
  'vscode-notebook-cell',
];

/** The one document selector for everything that works on scanned documents (hover, code actions). */
export const DOCUMENT_SELECTOR: vscode.DocumentSelector = DOCUMENT_SCHEMES.map((scheme) => ({ scheme }));

/** The log calls the manager makes; a `LogOutputChannel` fits. */
export type Logger = Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error' | 'debug' | 'trace'>;

/** Why a scan ran (for trace logs). */
type ScanReason = 'open' | 'visible' | 'save' | 'change' | 'config' | 'fix' | 'request';

interface CacheEntry {
  readonly version: number;
  readonly generation: number;
  /** Undefined when the document was skipped (too large, excluded, disabled). */
  readonly findings: readonly Finding[] | undefined;
}

/** True when documents of this URI's scheme are scanned. */
export function isScannedScheme(uri: vscode.Uri): boolean {
  return DOCUMENT_SCHEMES.includes(uri.scheme);
}

/** The path of `uri` relative to its workspace folder (posix), or undefined outside every folder. */
export function toRelativePath(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

/**
 * Owns the one `DiagnosticCollection`. Scans documents right away when they open, become visible
 * or are saved, after a per-URI trailing debounce when they change, and all of them again when
 * settings or the policy change. Keeps `{ version, findings }` per URI so code actions and hovers
 * never rescan, and drops results whose document moved on.
 */
export class DiagnosticsManager extends Disposable {
  readonly collection: vscode.DiagnosticCollection;
  private readonly cache = new Map<string, CacheEntry>();
  /** Findings of files that are not open, filled by the workspace scan. */
  private readonly closedFindings = new Map<string, readonly Finding[]>();
  private readonly debouncer = this._register(new KeyedDebouncer<string>());
  /** Documents whose size or number of findings was logged once already. */
  private readonly loggedLarge = new Set<string>();
  /** Bumped whenever settings or policy change, so every cache entry becomes stale. */
  private generation = 0;
  private readonly onDidUpdateEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires after the diagnostics of a URI were published (or cleared). */
  readonly onDidUpdate: vscode.Event<vscode.Uri> = this.onDidUpdateEmitter.event;
  private readonly onDidChangeOptionsEmitter = this._register(new vscode.EventEmitter<void>());
  /** Fires after settings or policy changed; the workspace scan listens to refresh closed files. */
  readonly onDidChangeOptions: vscode.Event<void> = this.onDidChangeOptionsEmitter.event;
  private rescanAllRunning: Promise<void> | undefined;
  private rescanAllAgain = false;

  constructor(
    private readonly settings: SettingsSource,
    private readonly policy: PolicySource,
    private readonly log: Logger,
  ) {
    super();
    this.collection = this._register(vscode.languages.createDiagnosticCollection('prompt-hygiene'));
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.scanNow(doc, 'open')));
    this._register(vscode.workspace.onDidSaveTextDocument((doc) => this.scanNow(doc, 'save')));
    this._register(
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) this.scanNow(e.document, 'visible');
      }),
    );
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !isScannedScheme(e.document.uri)) return;
        const doc = e.document;
        const delay = this.settings.get(doc.uri).debounceMs;
        this.debouncer.schedule(doc.uri.toString(), delay, () => this.scanNow(doc, 'change'));
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        this.debouncer.cancel(key);
        this.cache.delete(key);
        this.loggedLarge.delete(key);
        this.collection.delete(doc.uri);
        this.onDidUpdateEmitter.fire(doc.uri);
      }),
    );
    this._register(this.settings.onDidChangeSettings(() => this.invalidateAll('settings')));
    this._register(this.policy.onDidChange(() => this.invalidateAll('policy')));
    // The documents already open are scanned after activation returns, not during it.
    const initial = setTimeout(() => void this.rescanAll(), 0);
    this._register({ dispose: () => clearTimeout(initial) });
  }

  /** The effective options for a resource: settings + policy. Cheap; computed per scan. */
  optionsFor(uri: vscode.Uri | undefined): EffectiveOptions {
    return toEffectiveOptions(this.settings.get(uri), this.policy.resolved(uri));
  }

  /** Why a resource is not scanned at all (disabled or excluded), or undefined when it is. */
  skipReason(uri: vscode.Uri, options: EffectiveOptions = this.optionsFor(uri)): 'disabled' | 'excluded' | undefined {
    if (!options.enabled) return 'disabled';
    if (options.isExcludedPath(toRelativePath(uri))) return 'excluded';
    return undefined;
  }

  /**
   * Scans a document now unless its current version is cached; cancels a pending debounced scan.
   * Returns the findings (undefined when the document is skipped).
   */
  scanNow(doc: vscode.TextDocument, reason: ScanReason, force = false): readonly Finding[] | undefined {
    if (this.isDisposed || !isScannedScheme(doc.uri) || doc.isClosed) return undefined;
    const key = doc.uri.toString();
    this.debouncer.cancel(key);
    const cached = this.cache.get(key);
    if (!force && cached && cached.version === doc.version && cached.generation === this.generation) return cached.findings;

    const version = doc.version;
    const generation = this.generation;
    const options = this.optionsFor(doc.uri);
    let findings: readonly Finding[] | undefined;
    const skip = this.skipReason(doc.uri, options);
    if (skip === undefined) {
      const text = doc.getText();
      if (text.length > options.maxBytes) {
        if (!this.loggedLarge.has(key)) {
          this.loggedLarge.add(key);
          this.log.info(`Skipped ${vscode.workspace.asRelativePath(doc.uri)}: larger than promptHygiene.maxFileSizeKb (${Math.round(options.maxBytes / 1024)} KB).`);
        }
      } else {
        const started = performance.now();
        findings = scan(text, options.scan);
        this.log.trace(`Scanned ${vscode.workspace.asRelativePath(doc.uri)} v${version} (${reason}): ${findings.length} finding(s) in ${(performance.now() - started).toFixed(1)} ms.`);
      }
    }
    // A result for a version that is no longer current is thrown away.
    if (doc.version !== version || generation !== this.generation) return undefined;
    this.cache.set(key, { version, generation, findings });
    this.closedFindings.delete(key);
    if (findings && findings.length > 0) {
      if (findings.length > MAX_DIAGNOSTICS && !this.loggedLarge.has(key)) {
        this.loggedLarge.add(key);
        this.log.info(`${vscode.workspace.asRelativePath(doc.uri)}: ${findings.length} findings; the first ${MAX_DIAGNOSTICS} are shown as problems (redaction still covers all).`);
      }
      this.collection.set(
        doc.uri,
        findings.slice(0, MAX_DIAGNOSTICS).map((f) =>
          toDiagnostic(f, new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end)), options.levelFor(f), options.scan.rules, {
            uri: doc.uri,
            positionAt: (offset) => doc.positionAt(offset),
          }),
        ),
      );
    } else {
      this.collection.delete(doc.uri);
    }
    this.onDidUpdateEmitter.fire(doc.uri);
    return findings;
  }

  /**
   * The cached findings for the document's current version, or undefined when not scanned yet.
   * They are the findings behind the diagnostics on screen, even while a settings or policy
   * change is being rescanned, so code actions and hovers keep matching what the user sees.
   */
  cachedFindings(doc: vscode.TextDocument): readonly Finding[] | undefined {
    const c = this.cache.get(doc.uri.toString());
    return c && c.version === doc.version ? c.findings : undefined;
  }

  /** The findings for the document's current version and options, scanning now if the cache is stale. */
  findingsFor(doc: vscode.TextDocument): readonly Finding[] {
    return this.scanNow(doc, 'request') ?? [];
  }

  /** The last known findings for a URI: of its open document, or from the workspace scan. */
  getFindings(uri: vscode.Uri): readonly Finding[] | undefined {
    const key = uri.toString();
    return this.cache.get(key)?.findings ?? this.closedFindings.get(key);
  }

  /** True when a document for this URI is open (its diagnostics then come from `scanNow`). */
  isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
  }

  /**
   * Publishes the findings of a file that is not open (from the workspace scan). Ignored when the
   * file is open: its document's own scan is more recent.
   */
  setClosedFileFindings(uri: vscode.Uri, findings: readonly Finding[], positionAt: (offset: number) => vscode.Position, options: EffectiveOptions): void {
    if (this.isOpen(uri)) return;
    const key = uri.toString();
    if (findings.length === 0) {
      this.closedFindings.delete(key);
      this.collection.delete(uri);
    } else {
      this.closedFindings.set(key, findings);
      this.collection.set(
        uri,
        findings.map((f) => toDiagnostic(f, new vscode.Range(positionAt(f.range.start), positionAt(f.range.end)), options.levelFor(f), options.scan.rules, { uri, positionAt })),
      );
    }
    this.onDidUpdateEmitter.fire(uri);
  }

  /** Clears what the workspace scan published for a file that is not open. */
  clearClosedFile(uri: vscode.Uri): void {
    if (this.isOpen(uri)) return;
    this.closedFindings.delete(uri.toString());
    this.collection.delete(uri);
  }

  private invalidateAll(why: 'settings' | 'policy'): void {
    this.generation++;
    this.log.debug(`Rescanning open documents: ${why} changed.`);
    void this.rescanAll();
    this.onDidChangeOptionsEmitter.fire();
  }

  /**
   * Rescans every open document, one at a time, yielding to the event loop in between so that a
   * settings change with many open documents does not freeze the extension host.
   */
  rescanAll(): Promise<void> {
    if (this.rescanAllRunning) {
      this.rescanAllAgain = true;
      return this.rescanAllRunning;
    }
    const run = async (): Promise<void> => {
      do {
        this.rescanAllAgain = false;
        for (const doc of [...vscode.workspace.textDocuments]) {
          if (this.isDisposed) return;
          if (!isScannedScheme(doc.uri)) continue;
          this.scanNow(doc, 'config');
          await new Promise<void>((r) => setTimeout(r, 0));
        }
      } while (this.rescanAllAgain && !this.isDisposed);
    };
    this.rescanAllRunning = run().finally(() => {
      this.rescanAllRunning = undefined;
    });
    return this.rescanAllRunning;
  }
}
