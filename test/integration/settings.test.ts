import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, openUntitledDocument, waitForDiagnostics } from './helpers';
import { closeAllWithoutSaving, fixtureText, getApi, ours, ruleOf, setSetting } from './phApi';

describe('settings', () => {
  before(async () => {
    await getApi();
  });

  afterEach(async () => {
    for (const key of ['severity.pii', 'severity.secret', 'rules', 'categories', 'exclude', 'enabled', 'maxFileSizeKb']) await setSetting(key, undefined);
    await closeAllWithoutSaving();
  });

  it('shows personal data as Information after promptHygiene.severity.pii changes', async () => {
    const editor = await openFixture('docs/customer-notes.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ours(ds).length === 3 && ours(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('severity.pii', 'Information');
    await waitForDiagnostics(uri, (ds) => ours(ds).length === 3 && ours(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    await setSetting('severity.pii', undefined);
    await waitForDiagnostics(uri, (ds) => ours(ds).length === 3 && ours(ds).every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('uses a per-rule level from promptHygiene.rules over the category level', async () => {
    const editor = await openFixture('src/config.ts');
    await setSetting('rules', { 'github-classic-pat': 'hint' });
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 1 && ours(ds)[0]?.severity === vscode.DiagnosticSeverity.Hint);
  });

  it('stops reporting a rule that promptHygiene.rules switches off', async () => {
    const editor = await openFixture('docs/customer-notes.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ours(ds).length === 3);
    await setSetting('rules', { 'email-address': 'off' });
    const ds = await waitForDiagnostics(uri, (x) => ours(x).length === 2);
    assert.deepEqual(ours(ds).map(ruleOf).sort(), ['person-name', 'phone-number']);
  });

  it('stops reporting a category that promptHygiene.categories switches off', async () => {
    const editor = await openFixture('src/config.ts');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 1);
    await setSetting('categories', { secret: false, pii: true });
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('skips files matched by promptHygiene.exclude', async () => {
    const editor = await openFixture('src/config.ts');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 1);
    await setSetting('exclude', ['src/config.ts']);
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
    await setSetting('exclude', undefined);
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 1);
  });

  it('clears everything when promptHygiene.enabled is false', async () => {
    const editor = await openFixture('src/config.ts');
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 1);
    await setSetting('enabled', false);
    await waitForDiagnostics(editor.document.uri, (ds) => ours(ds).length === 0);
  });

  it('skips documents above promptHygiene.maxFileSizeKb', async () => {
    const content = `${fixtureText('src/config.ts')}\n${'// padding line\n'.repeat(200)}`;
    const doc = await openUntitledDocument(content, 'typescript');
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 1);
    await setSetting('maxFileSizeKb', 1);
    await waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 0);
    await setSetting('maxFileSizeKb', undefined);
    await waitForDiagnostics(doc.uri, (ds) => ours(ds).length === 1);
  });
});
