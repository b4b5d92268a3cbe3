import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl, removeTempDirs, runCli, tempDir } from './cli/helpers';

// The project scans itself: with its own policy (.prompt-hygiene.json, which allowlists the rule
// files and the test data by path, each with a reason) the repository must be clean. A finding
// here is either a real leak or new fake test data outside the allowlisted folders: fix it, or
// allowlist it narrowly with a reason in .prompt-hygiene.json. node_modules is skipped by
// default; out/, dist/, .bench/, .demo/ and .vscode-test/ by .gitignore.

const root = join(__dirname, '..', '..', '..');

/** A one-line description of each finding (previews only, never values). */
function describeFindings(jsonl: string): string {
  return parseJsonl(jsonl)
    .map((f) => `${String(f.file)}:${String(f.line)}:${String(f.column)} ${String(f.ruleId)} ${String(f.preview)}`)
    .join('\n');
}

describe('self-scan of the repository', function () {
  // A few hundred files, read and scanned in-process.
  this.timeout(60_000);

  after(removeTempDirs);

  it('has a valid policy file of its own', async () => {
    const { code, stderr } = await runCli(root, ['policy', 'check', '.prompt-hygiene.json']);
    assert.equal(code, 0, stderr);
  });

  it('finds nothing with the project policy', async () => {
    const { code, stdout, stderr } = await runCli(root, ['scan', '.', '--format', 'jsonl', '--quiet']);
    assert.equal(stderr.includes('invalid policy'), false, stderr);
    assert.equal(describeFindings(stdout), '', 'fix these, or allowlist them with a reason in .prompt-hygiene.json');
    assert.equal(code, 0, stderr);
  });

  it('scans the sources, tests and docs rather than skipping everything', async () => {
    const { stdout } = await runCli(root, ['scan', '.', '--format', 'json', '--quiet']);
    const summary = (JSON.parse(stdout) as { summary: { files: number } }).summary;
    assert.ok(summary.files >= 50, `only ${summary.files} files were scanned`);
  });

  it('does find the rule examples when their path is not allowlisted, so the allowlist is what keeps the scan quiet', async () => {
    const bare = join(tempDir(), 'policy.json');
    writeFileSync(bare, JSON.stringify({ version: 1, team: { name: 'self-scan test', owner: 'tests' }, reviewedOn: '2026-01-01' }));
    const { code, stdout } = await runCli(root, ['scan', 'src/engine/rules/secrets', '--policy', bare, '--format', 'jsonl', '--quiet']);
    assert.equal(code, 1);
    assert.ok(parseJsonl(stdout).length > 0);
  });
});
