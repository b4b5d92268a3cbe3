import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fake } from '../../../src/engine/rules/defineRule';
import { parseJsonl, put, removeTempDirs, runCli, slackToken, tempDir } from './helpers';

function policy(detection: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ version: 1, team: { name: 'Team', owner: 'Owner' }, reviewedOn: '2025-01-31', detection }, null, 2)}\n`;
}

describe('prompt-hygiene scan with a team policy', () => {
  after(removeTempDirs);

  it('exits 2 and lists file:line:col message for an invalid policy', async () => {
    const dir = tempDir();
    put(dir, '.prompt-hygiene.json', '{\n  "version": 1,\n  "team": { "name": "T", "owner": "O" },\n  "reviewedOn": "2025-01-31",\n  "bogus": true\n}\n');
    put(dir, 'a.txt', 'clean\n');
    const r = await runCli(dir, ['scan', '.']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /invalid policy file \.prompt-hygiene\.json/u);
    assert.match(r.stderr, /^\.prompt-hygiene\.json:5:3 \S.*$/mu);
    assert.equal(r.stdout, '');
  });

  it('exits 2 when --policy names a missing file', async () => {
    const r = await runCli(tempDir(), ['scan', '--policy', 'nope.json', '.']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /policy file not found: nope\.json/u);
  });

  it('switches a rule off and changes a severity as the policy says', async () => {
    const dir = tempDir();
    put(dir, 'a.txt', `x=${slackToken()}\n`);
    put(dir, 'off.json', policy({ rules: { 'slack-bot-token': 'off' } }));
    put(dir, 'warn.json', policy({ rules: { 'slack-bot-token': 'warning' } }));
    assert.equal((await runCli(dir, ['scan', '--policy', 'off.json', 'a.txt'])).code, 0);
    const warn = await runCli(dir, ['scan', '--policy', 'warn.json', '-f', 'jsonl', 'a.txt']);
    assert.equal(parseJsonl(warn.stdout)[0]?.severity, 'warning');
    const sarif = await runCli(dir, ['scan', '--policy', 'warn.json', '-f', 'sarif', 'a.txt']);
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { defaultConfiguration: { level: string } }[] } } }[] };
    assert.equal(log.runs[0]?.tool.driver.rules[0]?.defaultConfiguration.level, 'warning');
  });

  it('leaves out files covered by the path allowlist, including ones named explicitly', async () => {
    const dir = tempDir();
    put(dir, '.prompt-hygiene.json', policy({ allowlist: { paths: ['fixtures/**'] } }));
    put(dir, 'fixtures/sample.txt', `x=${slackToken()}\n`);
    put(dir, 'src/real.txt', `x=${slackToken(2)}\n`);
    const r = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
    assert.deepEqual(parseJsonl(r.stdout).map((x) => x.file), ['src/real.txt']);
    assert.equal((await runCli(dir, ['scan', 'fixtures/sample.txt'])).code, 0);
  });

  it('finds the policy at the git root when run from a subfolder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    put(dir, '.prompt-hygiene.json', policy({ rules: { 'slack-bot-token': 'off' } }));
    put(dir, 'sub/a.txt', `x=${slackToken()}\n`);
    const r = await runCli(join(dir, 'sub'), ['scan', '--verbose', 'a.txt']);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /policy: \.\.\/\.prompt-hygiene\.json/u);
  });

  it('runs custom rules, on worker threads as well', async () => {
    const dir = tempDir();
    const custom = {
      id: 'acme-internal-token',
      description: 'ACME internal token',
      category: 'secret',
      keywords: ['acme_tok_'],
      regex: 'acme_tok_[a-z0-9]{20}',
    };
    put(dir, '.prompt-hygiene.json', policy({ customRules: [custom] }));
    const value = fake('acme_tok_{l20}');
    for (let i = 0; i < 4; i++) put(dir, `f${i}.txt`, `line\ntoken=${value}\n`);
    const local = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
    const pooled = await runCli(dir, ['scan', '-f', 'jsonl', '.'], { env: { PROMPT_HYGIENE_WORKERS: '2' } });
    assert.equal(local.code, 1);
    assert.deepEqual(parseJsonl(local.stdout).map((x) => x.ruleId), Array(4).fill('acme-internal-token'));
    assert.equal(pooled.stdout, local.stdout);
    assert.ok(!local.stdout.includes(value));
  });

  it('leaves credits out when detection.attributions is false, on worker threads as well', async () => {
    const dir = tempDir();
    const text = '/**\n * @author Hedda Lindqvist <hedda.lindqvist@posteo.de>\n */\nconst support = "kofi.mensah@gmx.net";\n';
    for (let i = 0; i < 4; i++) put(dir, `f${i}.ts`, text);
    const before = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
    assert.deepEqual([...new Set(parseJsonl(before.stdout).map((x) => x.line))], [2, 4]);
    put(dir, '.prompt-hygiene.json', policy({ attributions: false }));
    const local = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
    const pooled = await runCli(dir, ['scan', '-f', 'jsonl', '.'], { env: { PROMPT_HYGIENE_WORKERS: '2' } });
    assert.deepEqual(parseJsonl(local.stdout).map((x) => `${x.file}:${x.line}`), ['f0.ts:4', 'f1.ts:4', 'f2.ts:4', 'f3.ts:4']);
    assert.equal(pooled.stdout, local.stdout);
  });

  it('is used by redact too', async () => {
    const dir = tempDir();
    const text = `x=${slackToken()}\n`;
    put(dir, 'a.txt', text);
    put(dir, '.prompt-hygiene.json', policy({ rules: { 'slack-bot-token': 'off' } }));
    const r = await runCli(dir, ['redact', 'a.txt']);
    assert.equal(r.stdout, text);
  });
});
