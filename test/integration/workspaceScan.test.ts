import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceScanSummary } from '../../src/extension/workspaceScan/workspaceScanner';
import { diagnosticsOf, fixtureText, fixtureUri, getApi, ruleOf } from './phApi';

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}

describe('workspace scan', () => {
  const closedFile = fixtureUri('closed/service.env');
  // Created at run time: git itself would not commit a file the fixture's .gitignore ignores.
  const gitIgnored = fixtureUri('build/bundle.js');

  before(async () => {
    await getApi();
    await vscode.workspace.fs.writeFile(gitIgnored, new TextEncoder().encode(`const t = "${fixtureText('src/config.ts').split('"')[1]}";\n`));
  });

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(gitIgnored, '..'), { recursive: true }).then(undefined, () => undefined);
  });

  it('fills the Problems panel for files that are not open, honouring ignore files and skipping binaries', async () => {
    assert.ok(!isOpen(closedFile), 'the fixture is not open');
    const summary = await vscode.commands.executeCommand<WorkspaceScanSummary>('promptHygiene.scanWorkspace');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.scanned >= 1, JSON.stringify(summary));
    assert.deepEqual(diagnosticsOf(closedFile).map(ruleOf).sort(), ['email-address', 'github-classic-pat']);
    assert.ok(!isOpen(closedFile), 'the scan reads files without opening them');
    assert.deepEqual(diagnosticsOf(fixtureUri('ignored/leak.txt')), [], '.prompthygieneignore is honoured');
    assert.deepEqual(diagnosticsOf(gitIgnored), [], '.gitignore is honoured');
    assert.deepEqual(diagnosticsOf(fixtureUri('assets/blob.bin')), [], 'binary files are skipped');
    assert.deepEqual(diagnosticsOf(fixtureUri('src/clean.ts')), [], 'the hard negative stays clean');
    assert.ok(summary.skipped.ignored >= 2, JSON.stringify(summary.skipped));
    assert.ok(summary.skipped.binary >= 1, JSON.stringify(summary.skipped));
    const state = (await getApi()).workspaceScanState();
    assert.equal(state.running, false);
    assert.deepEqual(state.last, summary);
  });

  it('rescans only files that changed on a second run', async () => {
    await vscode.commands.executeCommand<WorkspaceScanSummary>('promptHygiene.scanWorkspace');
    const second = await vscode.commands.executeCommand<WorkspaceScanSummary>('promptHygiene.scanWorkspace');
    assert.equal(second.scanned, 0, JSON.stringify(second));
    assert.ok(second.unchanged >= 5, JSON.stringify(second));

    const withoutToken = fixtureText('closed/service.env')
      .split('\n')
      .filter((l) => !l.startsWith('GITHUB_TOKEN='))
      .join('\n');
    await vscode.workspace.fs.writeFile(closedFile, new TextEncoder().encode(withoutToken));
    const third = await vscode.commands.executeCommand<WorkspaceScanSummary>('promptHygiene.scanWorkspace');
    assert.equal(third.scanned, 1, JSON.stringify(third));
    assert.deepEqual(diagnosticsOf(closedFile).map(ruleOf), ['email-address']);
  });
});
