import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PromptHygieneApi } from '../../src/extension/extension';
import { openUntitledDocument, waitForDiagnostics } from './helpers';
import { closeActiveWithoutSaving, closeAllWithoutSaving, fixtureText, fixtureUri, getApi, openCopy, ours, ruleOf, setSetting } from './phApi';

/**
 * The quick fixes offered for a diagnostic, resolved (so lazily computed edits are filled in).
 * The workbench hands a provider the diagnostics its marker service holds for the range, which
 * receive what the extension host published a moment later: right after a document's first
 * diagnostics (a cold host) the request may see none of ours, and our provider offers nothing.
 * So it is asked again, for up to five seconds, until an action answers one of our diagnostics.
 */
async function quickFixes(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      d.range,
      vscode.CodeActionKind.QuickFix.value,
      100,
    );
    if (actions.some((a) => a.diagnostics?.some((x) => x.source === d.source)) || Date.now() > deadline) return actions;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function pick(actions: readonly vscode.CodeAction[], title: RegExp): vscode.CodeAction {
  const a = actions.find((x) => title.test(x.title));
  assert.ok(a, `no action matching ${title}; got: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

/** Applies a code action as the editor does: its edit, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'edit applied');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Opens a copy of a fixture and waits for its first diagnostic. */
async function openWithFinding(relPath: string, language: string): Promise<{ editor: vscode.TextEditor; d: vscode.Diagnostic; value: string }> {
  const editor = await openCopy(relPath, language);
  const [d] = ours(await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length > 0));
  assert.ok(d);
  return { editor, d, value: editor.document.getText(d.range) };
}

describe('quick fixes', () => {
  let api: PromptHygieneApi;

  before(async () => {
    api = await getApi();
  });

  afterEach(async () => {
    await setSetting('debounceMs', undefined);
    await closeAllWithoutSaving();
  });

  it('offers redact as the preferred fix; it replaces the token, the diagnostic goes at once, and undo restores both', async () => {
    // A long debounce proves the diagnostic disappears through the fix's own rescan.
    await setSetting('debounceMs', 60_000);
    const { editor, d, value } = await openWithFinding('src/config.ts', 'typescript');
    const actions = await quickFixes(editor.document.uri, d);
    const redact = pick(actions, /^Redact github-classic-pat with a placeholder$/u);
    assert.equal(redact.isPreferred, true);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
    await apply(redact);
    assert.match(editor.document.lineAt(1).text, /^export const githubToken = "\[REDACTED:github-classic-pat\]";$/u);
    assert.ok(!editor.document.getText().includes(value));
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0, 3000);

    await setSetting('debounceMs', undefined);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.ok(editor.document.getText().includes(value), 'undo restores the text');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 1);
  });

  it("redacts a name's given-name and surname cells with it, shown as related places, in one undo step", async () => {
    // An export row (invented person): each cell is a finding, and the parts ride on the whole name.
    const [given, surname] = ['Oriane', 'Vasquelle'];
    const content = `id,first_name,last_name,full_name,city\n7,${given},${surname},${given} ${surname},Lyon\n`;
    const doc = await openUntitledDocument(content, 'csv');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const found = ours(await waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 3)).sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(found.map((x) => doc.getText(x.range)), [given, surname, `${given} ${surname}`]);
    const d = found[2];
    assert.ok(d);
    assert.deepEqual(
      (d.relatedInformation ?? []).map((r) => doc.getText(r.location.range)),
      [given, surname],
    );
    await apply(pick(await quickFixes(doc.uri, d), /^Redact person-name with a placeholder$/u));
    assert.equal(editor.document.lineAt(1).text, '7,[REDACTED:person-name],[REDACTED:person-name],[REDACTED:person-name],Lyon');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), content, 'one undo restores all three cells');
  });

  it('masks the token, keeping only its public prefix', async () => {
    const { editor, d } = await openWithFinding('src/config.ts', 'typescript');
    await apply(pick(await quickFixes(editor.document.uri, d), /^Mask /u));
    assert.match(editor.document.lineAt(1).text, /"ghp_\*{36}"/u);
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('replaces the token with process.env in TypeScript, quotes included', async () => {
    const { editor, d } = await openWithFinding('src/config.ts', 'typescript');
    await apply(pick(await quickFixes(editor.document.uri, d), /^Replace with environment variable GITHUB_TOKEN$/u));
    assert.equal(editor.document.lineAt(1).text, 'export const githubToken = process.env.GITHUB_TOKEN;');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('replaces the token with os.environ in Python', async () => {
    const { editor, d } = await openWithFinding('scripts/deploy.py', 'python');
    await apply(pick(await quickFixes(editor.document.uri, d), /^Replace with environment variable SLACK_BOT_TOKEN$/u));
    assert.equal(editor.document.lineAt(3).text, 'SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('allows a finding on its line with a // comment in TypeScript', async () => {
    const { editor, d, value } = await openWithFinding('src/config.ts', 'typescript');
    await apply(pick(await quickFixes(editor.document.uri, d), /^Allow github-classic-pat on this line$/u));
    assert.ok(editor.document.lineAt(1).text.endsWith('; // prompt-hygiene:allow github-classic-pat'));
    assert.ok(editor.document.getText().includes(value), 'the value itself is left alone');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('allows a finding on its line with a # comment in Python', async () => {
    const { editor, d } = await openWithFinding('scripts/deploy.py', 'python');
    await apply(pick(await quickFixes(editor.document.uri, d), /^Allow slack-bot-token on this line$/u));
    assert.ok(editor.document.lineAt(3).text.endsWith('" # prompt-hygiene:allow slack-bot-token'));
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('offers no comment directive in JSON, but the team allowlist', async () => {
    const { editor, d } = await openWithFinding('config/service.json', 'json');
    const titles = (await quickFixes(editor.document.uri, d)).map((a) => a.title);
    assert.ok(!titles.some((t) => /on this line/u.test(t)), titles.join(' | '));
    assert.ok(titles.some((t) => /team allowlist/u.test(t)), titles.join(' | '));
  });

  it('adds the finding\'s fingerprint to the policy file, creating it when missing', async () => {
    const policyUri = fixtureUri('.prompt-hygiene.json');
    let original: Uint8Array | undefined;
    try {
      original = await vscode.workspace.fs.readFile(policyUri);
    } catch {
      original = undefined;
    }
    try {
      const { editor, d } = await openWithFinding('scripts/deploy.py', 'python');
      const fingerprint = api.getFindings(editor.document.uri)?.find((f) => f.ruleId === ruleOf(d))?.fingerprint;
      assert.ok(fingerprint);
      await apply(pick(await quickFixes(editor.document.uri, d), /^Add this slack-bot-token finding to the team allowlist$/u));
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(policyUri));
      const policy = JSON.parse(text.replace(/^\s*\/\/.*$/gmu, '')) as { detection?: { allowlist?: { fingerprints?: string[] } } };
      assert.ok(policy.detection?.allowlist?.fingerprints?.includes(fingerprint), 'fingerprint saved in the policy file');
      // The policy service reloads the saved file, and the allowlisted finding disappears.
      await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
      assert.deepEqual(api.scanText(editor.document.getText()), []);
    } finally {
      if (original) await vscode.workspace.fs.writeFile(policyUri, original);
      else await vscode.workspace.fs.delete(policyUri).then(undefined, () => undefined);
    }
  });

  it('redacts all findings in a file in one step', async () => {
    const editor = await openCopy('docs/customer-notes.md', 'markdown');
    const [d] = ours(await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 3));
    assert.ok(d);
    await apply(pick(await quickFixes(editor.document.uri, d), /^Redact all 3 findings in this file$/u));
    const text = editor.document.getText();
    assert.ok(['person-name', 'email-address', 'phone-number'].every((id) => text.includes(`[REDACTED:${id}]`)), text);
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 3);
  });

  it('provides source.fixAll.promptHygiene for codeActionsOnSave', async () => {
    const editor = await openCopy('docs/customer-notes.md', 'markdown');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 3);
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.promptHygiene',
    );
    const fix = all.find((a) => a.kind?.value === 'source.fixAll.promptHygiene');
    assert.ok(fix, `got ${all.map((a) => a.kind?.value).join(', ')}`);
    await apply(fix);
    assert.equal(api.scanText(editor.document.getText()).length, 0);
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('redacts on save when editor.codeActionsOnSave asks for source.fixAll.promptHygiene', async () => {
    const uri = fixtureUri('onsave/token.ts');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(fixtureText('src/config.ts')));
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.promptHygiene': 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitForDiagnostics(uri, (ds) => ours(ds).length === 1);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '// edited\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.ok(editor.document.getText().includes('[REDACTED:github-classic-pat]'), editor.document.getText());
      assert.equal(editor.document.isDirty, false);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(onDisk.includes('[REDACTED:github-classic-pat]'), 'the saved file is redacted');
      await waitForDiagnostics(uri, (ds) => ours(ds).length === 0);
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAllWithoutSaving();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('redacts the active file from the command palette command', async () => {
    const editor = await openCopy('src/config.ts', 'typescript');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 1);
    const count = await vscode.commands.executeCommand<number>('promptHygiene.redactFile');
    assert.equal(count, 1);
    assert.ok(editor.document.getText().includes('[REDACTED:github-classic-pat]'));
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
    await closeActiveWithoutSaving();
  });
});
