import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '../../../src/engine/index';
import { runCli } from './helpers';

const FIXTURES = join(__dirname, '../../../../test/fixtures/policies');

describe('prompt-hygiene policy', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ph-policy-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('check', () => {
    it('exits 0 for a valid policy', async () => {
      const r = await runCli(dir, ['policy', 'check', join(FIXTURES, 'valid/full.json')]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /valid policy \(4 providers, 1 custom rule\)/u);
    });

    it('exits 2 and prints file:line:col per problem for an invalid policy', async () => {
      writeFileSync(join(dir, '.prompt-hygiene.json'), readFileSync(join(FIXTURES, 'invalid/wrong-values.json')));
      const r = await runCli(dir, ['policy', 'check']);
      assert.equal(r.code, 2);
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines[0], '.prompt-hygiene.json:4:17 error: Expected a calendar date written as YYYY-MM-DD, e.g. "2025-01-31". (reviewedOn)');
      assert.ok(lines.some((l) => l.startsWith('.prompt-hygiene.json:8:15 error: Expected one of "consumer"')));
      assert.match(lines[lines.length - 1] ?? '', /invalid policy \(5 errors\)/u);
    });

    it('prints warnings but still exits 0', async () => {
      const r = await runCli(dir, ['policy', 'check', join(FIXTURES, 'valid/warnings.json')]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /:7:\d+ warning: Unknown rule id "slak-bot-token"/u);
      assert.match(r.stdout, /2 warnings/u);
    });

    it('exits 2 when the file does not exist', async () => {
      const r = await runCli(dir, ['policy', 'check']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /policy file not found: \.prompt-hygiene\.json/u);
    });

    it('prints JSON with --format json', async () => {
      const r = await runCli(dir, ['policy', 'check', join(FIXTURES, 'invalid/unknown-key.json'), '--format', 'json']);
      assert.equal(r.code, 2);
      const out = JSON.parse(r.stdout) as { valid: boolean; issues: { line: number; path: string; code: string }[] };
      assert.equal(out.valid, false);
      assert.deepEqual(out.issues.map((i) => [i.line, i.path, i.code]), [[5, 'gaurd', 'unknown-property']]);
    });
  });

  describe('show', () => {
    it('prints the team, review, providers and detection settings', async () => {
      const r = await runCli(dir, ['policy', 'show', join(FIXTURES, 'valid/training-off.json')]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Status: {4}training off for every allowed assistant$/mu);
      assert.match(r.stdout, /^Team: {6}Platform · owner: Ana Lima \(#platform-ai\)$/mu);
      assert.match(r.stdout, /^Review: {4}reviewed 2025-06-01, every 3650 days, next review 2035-05-30$/mu);
      const rows = r.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim().split(/ {2,}/u));
      assert.deepEqual(rows.slice(0, 4), [
        ['ASSISTANT', 'TIER', 'TRAINING', 'RETENTION', 'VERIFIED', 'ALLOWED'],
        ['Claude', 'team', 'off (exempt)', '30 days', '2025-06-01', 'yes'],
        ['GitHub Copilot', 'enterprise', 'off (exempt)', '28 days', '2025-06-01', 'yes'],
        ['ChatGPT', 'consumer', 'ON', 'unknown', 'never', 'no'],
      ]);
      assert.match(r.stdout, /^Guard: {5}copy warn, paste warn, hooks block, fail closed$/mu);
    });

    it('flags training on and an overdue review', async () => {
      const on = await runCli(dir, ['policy', 'show', join(FIXTURES, 'valid/training-on.json')]);
      assert.match(on.stdout, /TRAINING ON/u);
      const overdue = await runCli(dir, ['policy', 'show', join(FIXTURES, 'valid/review-overdue.json')]);
      assert.match(overdue.stdout, /next review 2020-01-31 \(OVERDUE\)/u);
    });

    it('shows the built-in defaults without a policy file', async () => {
      const r = await runCli(dir, ['policy', 'show']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /no team policy; built-in defaults apply/u);
      assert.match(r.stdout, /categories: {3}secret on, pii on/u);
    });

    it('exits 2 for an invalid policy and shows the defaults that apply instead', async () => {
      const r = await runCli(dir, ['policy', 'show', join(FIXTURES, 'invalid/bad-version.json')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /bad-version\.json:1:14 error: Unsupported policy version/u);
      assert.match(r.stdout, /\[invalid-fallback\]/u);
    });

    it('lists skipped custom rules', async () => {
      const r = await runCli(dir, ['policy', 'show', join(FIXTURES, 'valid/warnings.json')]);
      assert.match(r.stdout, /Skipped:\n {2}- Custom rule "nested-quantifier" is skipped/u);
    });

    it('prints the effective policy as JSON', async () => {
      const r = await runCli(dir, ['policy', 'show', join(FIXTURES, 'valid/full.json'), '--format', 'json']);
      const out = JSON.parse(r.stdout) as { state: string; policy: { guard: { copy: string } }; source: string };
      assert.equal(out.source, 'file');
      assert.equal(out.policy.guard.copy, 'redact');
    });
  });

  describe('init', () => {
    it('writes a starter policy that passes check', async () => {
      const r = await runCli(dir, ['policy', 'init', '--team', 'Core', '--owner', 'Ana']);
      assert.equal(r.code, 0, r.stderr);
      const text = readFileSync(join(dir, '.prompt-hygiene.json'), 'utf8');
      const parsed = parsePolicy(text);
      assert.ok(parsed.ok);
      if (parsed.ok) assert.equal(parsed.policy.team.name, 'Core');
      assert.equal((await runCli(dir, ['policy', 'check'])).code, 0);
    });

    it('includes only the chosen templates', async () => {
      await runCli(dir, ['policy', 'init', 'p.json', '--template', 'claude-team,local']);
      const parsed = parsePolicy(readFileSync(join(dir, 'p.json'), 'utf8'));
      assert.ok(parsed.ok);
      if (parsed.ok) assert.deepEqual(parsed.policy.providers?.map((p) => `${p.id}/${p.tier}`), ['anthropic/team', 'local/enterprise']);
    });

    it('never overwrites an existing file', async () => {
      writeFileSync(join(dir, '.prompt-hygiene.json'), 'mine');
      const r = await runCli(dir, ['policy', 'init']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /already exists; not overwritten/u);
      assert.equal(readFileSync(join(dir, '.prompt-hygiene.json'), 'utf8'), 'mine');
    });

    it('rejects an unknown template as a usage error', async () => {
      const r = await runCli(dir, ['policy', 'init', '--template', 'claude-pro']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /unknown template 'claude-pro'/u);
      assert.equal(existsSync(join(dir, '.prompt-hygiene.json')), false);
    });

    it('lists the templates', async () => {
      const r = await runCli(dir, ['policy', 'init', '--list-templates']);
      assert.match(r.stdout, /^claude-consumer +Claude consumer plans/mu);
    });
  });

  it('prints help and fails on an unknown subcommand', async () => {
    assert.equal((await runCli(dir, ['policy', '--help'])).code, 0);
    const r = await runCli(dir, ['policy', 'lint']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown subcommand 'lint'/u);
  });
});
