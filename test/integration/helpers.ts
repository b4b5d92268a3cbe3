// Helpers for tests that run inside the extension host. Nothing here sleeps for a fixed time:
// every wait ends on an event (or an acknowledgement file) and fails after a timeout.
//
// The harness* functions talk to test/host/run.mjs: they log a marker line that the runner
// sees through the workbench log, the runner performs a real browser action (a DOM paste
// event, key presses, a screenshot) and writes `<PH_HARNESS_DIR>/<id>.json` when done.
// On the desktop route (`npm run test:desktop`) there is no runner: guard such tests with
// `if (!hasHarness()) this.skip();`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import * as vscode from 'vscode';

/** Resolves with the first event that satisfies `predicate`; rejects after `timeoutMs`. */
export function waitFor<T>(event: vscode.Event<T>, predicate: (value: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`waitFor: no matching event within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = event((value) => {
      let matched: boolean;
      try {
        matched = predicate(value);
      } catch (err) {
        clearTimeout(timer);
        subscription.dispose();
        reject(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      if (!matched) return;
      clearTimeout(timer);
      subscription.dispose();
      resolvePromise(value);
    });
  });
}

/** Re-checks `probe` until it returns a value: ends as soon as the condition holds, fails after `timeoutMs`. */
export async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many untitled documents this run has opened: each gets a name of its own. */
let untitledCount = 0;

/**
 * A new untitled document holding `content`, under a name no earlier document had. VS Code gives a
 * new untitled document the name of one just closed (Untitled-1, …), and `openTextDocument` answers
 * from the extension host's own list of documents by URI: until the host hears of the close, it
 * returns the closed document, with the old text. (CI once ran Copy Redacted on a previous test's
 * token that way; waiting for the host to replace it took more than 12 s on a loaded 2-core machine
 * in the seventy-sixth session.) So no name is reused: the document opens empty under its own
 * `untitled:` path and takes its text and language by an edit, as a user's typing would.
 */
export async function openUntitledDocument(content: string, language = 'plaintext'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `prompt-hygiene-test-${process.pid}-${++untitledCount}` });
  let doc = await vscode.workspace.openTextDocument(uri);
  // (A language this VS Code does not know, `csv` without an extension for it, leaves the document plain text.)
  if (doc.languageId !== language && (await vscode.languages.getLanguages()).includes(language)) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  if (content.length > 0) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), content);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write the test's text into ${uri.toString()}`);
  }
  return until(() => (doc.getText() === content ? doc : undefined), `${uri.toString()} to hold its text`);
}

/**
 * The diagnostics of `uri` once they satisfy `predicate`: immediately if they already do,
 * otherwise on the first change that makes them do so.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  // Checking and subscribing happen in the same tick, so no change can slip in between.
  const now = vscode.languages.getDiagnostics(uri);
  if (predicate(now)) return now;
  const key = uri.toString();
  await waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => e.uris.some((u) => u.toString() === key) && predicate(vscode.languages.getDiagnostics(uri)),
    timeoutMs,
  );
  return vscode.languages.getDiagnostics(uri);
}

/** The test workspace's root folder (a temporary copy of test/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder (test/fixtures/workspace)');
  return folder.uri;
}

/** Opens `relPath` (relative to the workspace root) in an editor and focuses it. */
export async function openFixture(relPath: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false, preserveFocus: false });
}

/** True when the tests run under test/host/run.mjs, which performs harness actions. */
export function hasHarness(): boolean {
  return Boolean(process.env.PH_HARNESS_DIR);
}

let nextId = 0;

/** Asks the runner for one browser action and waits until it reports that it is done. */
async function harnessAction(kind: 'PASTE' | 'KEYS' | 'SCREENSHOT', request: object, timeoutMs: number): Promise<void> {
  const dir = process.env.PH_HARNESS_DIR;
  if (!dir) throw new Error(`HARNESS_${kind} needs test/host/run.mjs (PH_HARNESS_DIR is not set)`);
  const id = `h${process.pid}-${++nextId}`;
  const ackFile = join(dir, `${id}.json`);
  console.log(`HARNESS_${kind} ${JSON.stringify({ id, ...request })}`);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(ackFile)) {
    if (Date.now() > deadline) throw new Error(`HARNESS_${kind} was not acknowledged within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const ack = JSON.parse(readFileSync(ackFile, 'utf8')) as { ok: boolean; error?: string };
  rmSync(ackFile, { force: true });
  if (!ack.ok) throw new Error(`HARNESS_${kind} failed in the runner: ${ack.error ?? 'unknown error'}`);
}

/**
 * Pastes `text` into the focused editor through a real DOM paste event, so paste edit
 * providers run as they do for a user's Ctrl+V. Resolves with the resulting change of the
 * active document.
 */
export async function harnessPaste(text: string, timeoutMs = 10_000): Promise<vscode.TextDocumentChangeEvent> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) throw new Error('harnessPaste needs a focused text editor (use openFixture first)');
  const changed = waitFor(vscode.workspace.onDidChangeTextDocument, (e) => e.document === document && e.contentChanges.length > 0, timeoutMs);
  changed.catch(() => undefined); // observed below, after the action; avoid an unhandled rejection meanwhile
  await harnessAction('PASTE', { text }, timeoutMs);
  return changed;
}

/**
 * Presses real keys in the browser, in order. A string is a Playwright key chord such as
 * `'Control+A'`, `'Escape'` or `'Enter'`; `{ type: 'abc' }` types text character by character.
 */
export async function harnessKeys(keys: ReadonlyArray<string | { type: string }>, timeoutMs = 10_000): Promise<void> {
  await harnessAction('KEYS', { keys }, timeoutMs);
}

/**
 * Saves a PNG of the workbench (or of `clip`, in CSS pixels of the 1280x800 viewport, or of
 * the first element matching `selector`) to `path`; relative paths resolve against the repo root.
 * Before the shot the runner can move the mouse over `hover` (a CSS selector: tooltips appear
 * only on a real pointer), wait until `waitFor` is visible, and pause `settleMs` (at most 5 s).
 */
export async function harnessScreenshot(
  path: string,
  options: {
    clip?: { x: number; y: number; width: number; height: number };
    selector?: string;
    hover?: string;
    waitFor?: string;
    settleMs?: number;
  } = {},
  timeoutMs = 20_000,
): Promise<string> {
  const absolute = isAbsolute(path) ? path : resolve(__dirname, '..', '..', '..', path);
  await harnessAction('SCREENSHOT', { path: absolute, ...options }, timeoutMs);
  return absolute;
}
