import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl, put, removeTempDirs, runCli, slackToken, tempDir } from './helpers';

/** A repository with two accepted findings, and its baseline written in `format`. */
async function withBaseline(format: 'json' | 'sarif'): Promise<{ dir: string; baseline: string }> {
  const dir = tempDir();
  put(dir, 'config/app.env', `SLACK_BOT_TOKEN=${slackToken(1)}\n`);
  put(dir, 'docs/notes.md', `old token: ${slackToken(2)}\n`);
  const baseline = `baseline.${format}`;
  const r = await runCli(dir, ['scan', '.', '--format', format, '--output', baseline]);
  assert.equal(r.code, 1);
  return { dir, baseline };
}

describe('prompt-hygiene scan --baseline', () => {
  after(removeTempDirs);

  for (const format of ['json', 'sarif'] as const) {
    it(`reports nothing new against a ${format} baseline of the same tree, and says how many it held back`, async () => {
      const { dir, baseline } = await withBaseline(format);
      const r = await runCli(dir, ['scan', '.', '--baseline', baseline]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /No findings/u);
      assert.match(r.stderr, /2 findings in the baseline not reported/u);
    });

    it(`reports only the findings a ${format} baseline does not hold`, async () => {
      const { dir, baseline } = await withBaseline(format);
      put(dir, 'config/new.env', `SLACK_BOT_TOKEN=${slackToken(3)}\n`);
      const r = await runCli(dir, ['scan', '.', '--baseline', baseline, '--format', 'jsonl']);
      assert.equal(r.code, 1);
      const rows = parseJsonl(r.stdout);
      assert.deepEqual(rows.map((x) => x.file), ['config/new.env']);
    });
  }

  it('keeps a finding accepted when lines are added above it (no line numbers in the match)', async () => {
    const { dir, baseline } = await withBaseline('json');
    put(dir, 'config/app.env', `# rotated soon\nLOG_LEVEL=debug\n\nSLACK_BOT_TOKEN=${slackToken(1)}\n`);
    const r = await runCli(dir, ['scan', '.', '--baseline', baseline]);
    assert.equal(r.code, 0, r.stdout);
  });

  it('reports the same value again when it appears a second time in the file (entries are counted)', async () => {
    const { dir, baseline } = await withBaseline('json');
    put(dir, 'docs/notes.md', `old token: ${slackToken(2)}\nand again: ${slackToken(2)}\n`);
    const r = await runCli(dir, ['scan', '.', '--baseline', baseline, '--format', 'jsonl']);
    assert.equal(r.code, 1);
    const rows = parseJsonl(r.stdout);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.file, 'docs/notes.md');
    assert.equal(rows[0]?.line, 2);
  });

  it('does not accept the same value in another file, or another value in the same file', async () => {
    const { dir, baseline } = await withBaseline('json');
    put(dir, 'config/copy.env', `SLACK_BOT_TOKEN=${slackToken(1)}\n`);
    put(dir, 'config/app.env', `SLACK_BOT_TOKEN=${slackToken(4)}\n`);
    const r = await runCli(dir, ['scan', '.', '--baseline', baseline, '--format', 'jsonl']);
    assert.equal(r.code, 1);
    assert.deepEqual(parseJsonl(r.stdout).map((x) => x.file).sort(), ['config/app.env', 'config/copy.env']);
  });

  it('holds fingerprints and previews only, never a value', async () => {
    const { dir, baseline } = await withBaseline('json');
    const text = readFileSync(join(dir, baseline), 'utf8');
    assert.ok(!text.includes(slackToken(1)) && !text.includes(slackToken(2)));
  });

  describe('bad baseline files: exit 2 with a clear message', () => {
    it('a missing file', async () => {
      const r = await runCli(tempDir(), ['scan', '.', '--baseline', 'nope.json']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read baseline nope\.json: ENOENT/u);
    });

    it('a file that is not JSON', async () => {
      const dir = tempDir();
      put(dir, 'b.json', '{ "findings": [ ');
      const r = await runCli(dir, ['scan', '.', '--baseline', 'b.json']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /baseline b\.json is not valid JSON/u);
    });

    it('JSON of another shape', async () => {
      const dir = tempDir();
      put(dir, 'b.json', '[1, 2, 3]');
      const r = await runCli(dir, ['scan', '.', '--baseline', 'b.json']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /expected a report written by `prompt-hygiene scan --format json`/u);
    });

    it('a JSON report without fingerprints (jsonl rows gathered by hand)', async () => {
      const dir = tempDir();
      put(dir, 'b.json', JSON.stringify({ findings: [{ file: 'a.env', ruleId: 'slack-bot-token' }] }));
      const r = await runCli(dir, ['scan', '.', '--baseline', 'b.json']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /findings\[0\] needs "file", "ruleId" and "fingerprint"/u);
    });

    it('a SARIF log from another tool', async () => {
      const dir = tempDir();
      const log = { version: '2.1.0', runs: [{ results: [{ ruleId: 'x', locations: [{ physicalLocation: { artifactLocation: { uri: 'a.env' } } }] }] }] };
      put(dir, 'b.sarif', JSON.stringify(log));
      const r = await runCli(dir, ['scan', '.', '--baseline', 'b.sarif']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /partial fingerprint \(was it written by prompt-hygiene\?\)/u);
    });
  });
});
