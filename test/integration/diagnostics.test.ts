import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PromptHygieneApi } from '../../src/extension/extension';
import { openFixture, openUntitledDocument, waitForDiagnostics } from './helpers';
import { closeActiveWithoutSaving, closeAllWithoutSaving, diagnosticsOf, fixtureText, getApi, ours, ruleOf, scannedFindings } from './phApi';

describe('diagnostics in the editor', () => {
  let api: PromptHygieneApi;

  before(async () => {
    api = await getApi();
  });

  afterEach(async () => {
    await closeAllWithoutSaving();
  });

  it('activates with an API that scans text', () => {
    assert.match(api.version, /^\d+\.\d+\.\d+/u);
    const findings = api.scanText(fixtureText('src/config.ts'));
    assert.deepEqual(findings.map((f) => f.ruleId), ['github-classic-pat']);
  });

  it('reports the token in a TypeScript fixture as an error with a docs link and a safe message', async () => {
    const editor = await openFixture('src/config.ts');
    const [d] = ours(await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length > 0));
    assert.ok(d);
    assert.equal(ruleOf(d), 'github-classic-pat');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'prompt-hygiene');
    const value = editor.document.getText(d.range);
    assert.match(value, /^ghp_\w{36}$/u, 'the range covers exactly the token');
    assert.ok(!d.message.includes(value), 'the message never holds the secret');
    assert.ok(d.message.includes('ghp_…(40 chars)'), d.message);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(true), /#rule-github-classic-pat$/u);
  });

  it('reports a name, an e-mail address and a phone number in Markdown as warnings', async () => {
    const editor = await openFixture('docs/customer-notes.md');
    const ds = ours(await waitForDiagnostics(editor.document.uri, (x) => ours(x).length >= 3));
    assert.deepEqual(ds.map(ruleOf).sort(), ['email-address', 'person-name', 'phone-number']);
    for (const d of ds) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(!d.message.includes(editor.document.getText(d.range)));
    }
  });

  it('keeps the hard-negative fixture clean', async () => {
    const editor = await openFixture('src/clean.ts');
    const findings = await scannedFindings(api, editor.document.uri);
    assert.deepEqual(findings.map((f) => f.ruleId), []);
    assert.deepEqual(diagnosticsOf(editor.document.uri), []);
  });

  it('honours inline suppression directives', async () => {
    const editor = await openFixture('src/suppressed.py');
    const findings = await scannedFindings(api, editor.document.uri);
    assert.deepEqual(findings.map((f) => f.ruleId), []);
    assert.equal(api.scanText(editor.document.getText()).length, 0);
    // Without the directives the same lines are findings.
    const stripped = editor.document.getText().replace(/prompt-hygiene:\S+|gitleaks:allow/gu, '');
    assert.equal(api.scanText(stripped).length, 3);
  });

  it('rescans after an edit and clears what was removed', async () => {
    const secretLine = fixtureText('src/config.ts').split('\n')[1] as string;
    const doc = await openUntitledDocument('// scratch\n', 'typescript');
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), `${secretLine}\n`));
    await waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 1);
    await editor.edit((b) => b.delete(new vscode.Range(1, 0, 2, 0)));
    await waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 0);
  });

  it('clears a document\'s diagnostics when it is closed', async () => {
    const doc = await openUntitledDocument(fixtureText('src/config.ts'), 'typescript');
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 1);
    const cleared = waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 0);
    await closeActiveWithoutSaving();
    await cleared;
    assert.equal(api.getFindings(doc.uri), undefined);
  });

  it('explains a finding on hover without revealing it', async () => {
    const editor = await openFixture('src/config.ts');
    const [d] = ours(await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length > 0));
    assert.ok(d);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start.translate(0, 5));
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /Why it matters for AI chats/u);
    assert.match(text, /Rotate or revoke/u);
    assert.match(text, /GitHub/u);
    assert.match(text, /Redact with a placeholder/u);
    assert.ok(!text.includes(editor.document.getText(d.range)), 'the hover never holds the secret');
  });
});
