import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { parsePolicy } from '../../src/engine/index';
import type { PolicyStateSnapshot } from '../../src/extension/policyFeatures';
import type { PromptHygieneApi } from '../../src/extension/extension';
import { waitFor, waitForDiagnostics } from './helpers';
import { closeAllWithoutSaving, fixtureUri, getApi, ours } from './phApi';

// The fixture policies live in the repository (test/fixtures/policies), outside the workspace
// copy the host opens; each test writes one of them as the workspace's .prompt-hygiene.json.
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'policies');

function fixturePolicy(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

describe('team policy', function () {
  let api: PromptHygieneApi;
  let policyUri: vscode.Uri;
  let original: Uint8Array | undefined;

  /** The policy state once it satisfies `predicate`: now, or after the next matching change. */
  async function policyWhere(predicate: (s: PolicyStateSnapshot) => boolean, timeoutMs = 10_000): Promise<PolicyStateSnapshot> {
    const matches = (): boolean => {
      const s = api.policyState();
      return s !== undefined && s.loaded && predicate(s);
    };
    const next = waitFor(api.onDidChangePolicy, matches, timeoutMs);
    if (matches()) next.catch(() => undefined);
    else await next;
    return api.policyState() as PolicyStateSnapshot;
  }

  async function writePolicy(text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(policyUri, new TextEncoder().encode(text));
  }

  async function deletePolicy(): Promise<void> {
    await vscode.workspace.fs.delete(policyUri).then(undefined, () => undefined);
  }

  before(async () => {
    api = await getApi();
    policyUri = fixtureUri('.prompt-hygiene.json');
    try {
      original = await vscode.workspace.fs.readFile(policyUri);
    } catch {
      original = undefined;
    }
    await deletePolicy();
    await policyWhere((s) => s.kind === 'none');
  });

  afterEach(async () => {
    await closeAllWithoutSaving();
  });

  after(async () => {
    if (original) await vscode.workspace.fs.writeFile(policyUri, original);
    else await deletePolicy();
  });

  it('exposes the policy state of the workspace folder through the extension API', () => {
    const s = api.policyState();
    assert.ok(s);
    assert.equal(s.file, policyUri.toString());
    assert.equal(api.policyState(vscode.workspace.workspaceFolders?.[0]?.uri)?.folder, s.folder);
  });

  it('invites the team to create a policy when there is none', async () => {
    const s = await policyWhere((x) => x.kind === 'none');
    assert.equal(s.state, 'no-policy');
    assert.equal(s.statusText, '$(shield) AI: no team policy');
    assert.equal(s.source, 'default');
  });

  const CASES: [string, PolicyStateSnapshot['state'], string, PolicyStateSnapshot['severity']][] = [
    ['valid/training-off.json', 'training-off', '$(shield) AI: training off · 30d', 'ok'],
    ['valid/training-on.json', 'training-on', '$(warning) AI: training ON (Claude consumer)', 'warning'],
    ['valid/unknown.json', 'unknown', '$(question) AI: training unknown (ChatGPT Team)', 'warning'],
    ['valid/review-overdue.json', 'review-overdue', '$(calendar) AI: policy review overdue', 'warning'],
    ['invalid/unknown-key.json', 'invalid', '$(error) AI: policy invalid', 'error'],
  ];
  for (const [fixture, state, text, severity] of CASES) {
    it(`shows "${text}" for ${fixture}`, async () => {
      await writePolicy(fixturePolicy(fixture));
      const s = await policyWhere((x) => x.state === state);
      assert.equal(s.statusText, text);
      assert.equal(s.severity, severity);
      assert.equal(s.source, state === 'invalid' ? 'invalid-fallback' : 'file');
    });
  }

  it('puts the problems of an invalid policy on the file at the right ranges', async () => {
    await writePolicy(fixturePolicy('invalid/wrong-values.json'));
    await policyWhere((s) => s.kind === 'invalid');
    const ds = ours(await waitForDiagnostics(policyUri, (x) => ours(x).length === 5));
    const first = ds.find((d) => d.code === 'invalid-value' && d.range.start.line === 3);
    assert.ok(first, ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`).join(' | '));
    assert.equal(first.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([first.range.start.character, first.range.end.line, first.range.end.character], [16, 3, 28]);
    assert.match(first.message, /YYYY-MM-DD/u);
  });

  it('clears the diagnostics once the policy is fixed', async () => {
    await writePolicy(fixturePolicy('invalid/unknown-key.json'));
    await waitForDiagnostics(policyUri, (x) => ours(x).length === 1);
    await writePolicy(fixturePolicy('valid/minimal.json'));
    await waitForDiagnostics(policyUri, (x) => ours(x).length === 0);
  });

  it('reloads live when the policy file changes or is deleted', async () => {
    await writePolicy(fixturePolicy('valid/training-off.json'));
    await policyWhere((s) => s.state === 'training-off');
    await writePolicy(fixturePolicy('valid/training-on.json'));
    await policyWhere((s) => s.state === 'training-on');
    await deletePolicy();
    await policyWhere((s) => s.state === 'no-policy');
  });

  it('applies the policy to detection: custom rules run, and an invalid policy falls back to the defaults', async () => {
    await writePolicy(fixturePolicy('valid/full.json'));
    await policyWhere((s) => s.kind === 'valid' && s.source === 'file');
    // full.json defines the custom rule acme-employee-id.
    assert.deepEqual(api.scanText('badge EMP123456 issued').map((f) => f.ruleId), ['acme-employee-id']);
    await writePolicy(fixturePolicy('invalid/bad-version.json'));
    await policyWhere((s) => s.kind === 'invalid');
    assert.deepEqual(api.scanText('badge EMP123456 issued'), []);
  });

  it('reports a skipped unsafe custom rule without invalidating the policy', async () => {
    await writePolicy(fixturePolicy('valid/warnings.json'));
    const s = await policyWhere((x) => x.kind === 'valid' && x.issues.length === 2);
    assert.ok(s.problems.some((p) => /nested-quantifier/u.test(p)), s.problems.join(' | '));
    const ds = ours(await waitForDiagnostics(policyUri, (x) => ours(x).length === 2));
    assert.ok(ds.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('creates a starter policy with the command, opens it, and never overwrites it', async () => {
    await deletePolicy();
    await policyWhere((s) => s.kind === 'none');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('promptHygiene.createPolicy');
    assert.equal(created?.toString(), policyUri.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(policyUri));
    assert.equal(parsePolicy(text).ok, true);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), policyUri.toString());
    await policyWhere((s) => s.state === 'unknown');

    const edited = text.replace('"Your team"', '"Edited team"');
    await writePolicy(edited);
    await policyWhere((s) => s.kind === 'valid');
    await vscode.commands.executeCommand('promptHygiene.createPolicy');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(policyUri)), edited);
  });

  it('opens the policy file with the open command', async () => {
    await writePolicy(fixturePolicy('valid/minimal.json'));
    await policyWhere((s) => s.kind === 'valid');
    await vscode.commands.executeCommand('promptHygiene.openPolicy');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), policyUri.toString());
  });

  it('shows the policy details view', async () => {
    await writePolicy(fixturePolicy('valid/training-on.json'));
    await policyWhere((s) => s.state === 'training-on');
    const find = (): vscode.Tab | undefined =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('promptHygiene.policyDetails'));
    const opened = waitFor(vscode.window.tabGroups.onDidChangeTabs, () => find() !== undefined);
    await vscode.commands.executeCommand('promptHygiene.showPolicyDetails');
    if (find()) opened.catch(() => undefined);
    else await opened;
    assert.equal(find()?.label, 'Team AI Policy');
  });
});
