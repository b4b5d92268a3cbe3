import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filterAuditSince, parseAuditLog, parseAuditSince, toAuditConsent, toAuditText, toEffectivePolicy, toPrunedAuditLog } from '../../../src/engine/index';
import type { AuditEntry } from '../../../src/engine/index';
import { put, removeTempDirs, runCli, tempDir } from './helpers';
import { assertNoValues, claudePrompt, claudeTool, planted, plantedSlack } from './hookFixtures';

function entry(ts: string, decision: AuditEntry['decision'], rules: string[] = []): AuditEntry {
  return { v: 1, ts, surface: 'hook', decision, event: 'UserPromptSubmit', sessionId: 's', provider: 'anthropic', consent: 'opted-out', findings: rules.map((ruleId, i) => ({ ruleId, fingerprint: `${i}`.padStart(16, 'a'), category: 'secret' })) };
}

const LOG = [
  entry('2026-03-01T10:00:00.000Z', 'blocked', ['slack-bot-token', 'slack-bot-token']),
  entry('2026-03-05T10:00:00.000Z', 'allowed'),
  entry('2026-03-09T10:00:00.000Z', 'redacted', ['email-address']),
].map((e) => `${JSON.stringify(e)}\n`).join('');

describe('prompt-hygiene audit', () => {
  after(removeTempDirs);

  function project(): { dir: string; env: Record<string, string> } {
    const dir = tempDir();
    put(dir, '.git/HEAD', 'ref: refs/heads/main\n');
    return { dir, env: { HOME: tempDir() } };
  }

  it('prints the project log readably by default, with a summary', async () => {
    const { dir, env } = project();
    put(dir, '.prompt-hygiene/audit.jsonl', LOG);
    const r = await runCli(dir, ['audit'], { env });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], '2026-03-01 10:00:00Z  |  hook UserPromptSubmit  |  BLOCKED  |  anthropic (opted-out)  |  slack-bot-token x2  |  session s');
    assert.match(r.stdout, /3 entries: 1 blocked, 1 redacted, 0 warned or sent anyway\./u);
  });

  it('filters with --since (a date, a timestamp, or an age)', async () => {
    const { dir, env } = project();
    put(dir, '.prompt-hygiene/audit.jsonl', LOG);
    const byDate = await runCli(dir, ['audit', '--since', '2026-03-05', '--format', 'jsonl'], { env });
    assert.deepEqual(byDate.stdout.trim().split('\n').map((l) => (JSON.parse(l) as AuditEntry).decision), ['allowed', 'redacted']);
    const byTime = await runCli(dir, ['audit', '--since', '2026-03-05T10:00:01Z', '-f', 'json'], { env });
    assert.deepEqual((JSON.parse(byTime.stdout) as AuditEntry[]).map((e) => e.decision), ['redacted']);
    const bad = await runCli(dir, ['audit', '--since', 'last tuesday'], { env });
    assert.equal(bad.code, 2);
  });

  it('exports CSV with one row per entry', async () => {
    const { dir, env } = project();
    const file = put(tempDir(), 'x/log.jsonl', LOG);
    const out = join(dir, 'audit.csv');
    const r = await runCli(dir, ['audit', '--file', file, '--format', 'csv', '--output', out], { env });
    assert.equal(r.code, 0, r.stderr);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(rows.length, 4);
    assert.match(rows[1] ?? '', /^2026-03-01T10:00:00\.000Z,hook,UserPromptSubmit,blocked,s,anthropic,opted-out,slack-bot-token slack-bot-token,/u);
  });

  it('fails with exit 2 for a missing --file, and notes a missing default log', async () => {
    const { dir, env } = project();
    const missing = await runCli(dir, ['audit', '--file', 'nope.jsonl'], { env });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no audit log at nope\.jsonl/u);
    const none = await runCli(dir, ['audit', '-f', 'json'], { env });
    assert.equal(none.code, 0);
    assert.deepEqual(JSON.parse(none.stdout), []);
    assert.match(none.stderr, /no audit log yet at \.prompt-hygiene\/audit\.jsonl/u);
  });

  it('exports what the hooks wrote without any planted value, in every format', async () => {
    const { dir, env } = project();
    const values = [plantedSlack(31), planted('github-classic-pat'), planted('aws-access-key-id'), planted('email-address')];
    put(dir, 'creds.txt', values.map((v) => v.line).join('\n'));
    await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(values.map((v) => v.line).join('\n'), dir), env });
    await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Read', { file_path: join(dir, 'creds.txt') }, dir), env });
    for (const format of ['text', 'json', 'jsonl', 'csv']) {
      const r = await runCli(dir, ['audit', '--format', format], { env });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /slack-bot-token/u);
      assertNoValues(`the ${format} export`, r.stdout, values.map((v) => v.value));
    }
  });
});

describe('audit helpers', () => {
  const now = new Date('2026-03-10T00:00:00.000Z');

  it('parses --since as a date, a timestamp or an age', () => {
    assert.equal(parseAuditSince('2026-03-05', now)?.toISOString(), '2026-03-05T00:00:00.000Z');
    assert.equal(parseAuditSince('2026-03-05T12:30:00Z', now)?.toISOString(), '2026-03-05T12:30:00.000Z');
    assert.equal(parseAuditSince('7d', now)?.toISOString(), '2026-03-03T00:00:00.000Z');
    assert.equal(parseAuditSince('12h', now)?.toISOString(), '2026-03-09T12:00:00.000Z');
    assert.equal(parseAuditSince('soon', now), undefined);
    assert.equal(parseAuditSince('2026-13-45', now), undefined);
  });

  it('keeps entries at or after the cut', () => {
    const entries = parseAuditLog(LOG);
    assert.equal(filterAuditSince(entries, new Date('2026-03-05T10:00:00.000Z')).length, 2);
  });

  it('prunes expired entries only when the oldest one has expired', () => {
    assert.equal(toPrunedAuditLog(LOG, now, 30), undefined);
    const pruned = toPrunedAuditLog(LOG, now, 6);
    assert.equal(pruned?.removed, 1);
    assert.deepEqual(parseAuditLog(pruned?.text ?? '').map((e) => e.decision), ['allowed', 'redacted']);
  });

  it('reports an empty log plainly', () => {
    assert.equal(toAuditText([]), 'No audit entries.\n');
  });

  it('names the consent status of the provider from the policy', () => {
    const policy = toEffectivePolicy({
      version: 1,
      team: { name: 'T', owner: 'o' },
      reviewedOn: '2026-01-01',
      providers: [
        { id: 'anthropic', tier: 'consumer', trainingConsent: 'opted-in', allowed: false },
        { id: 'anthropic', tier: 'team', trainingConsent: 'exempt' },
        { id: 'openai', tier: 'consumer', trainingConsent: 'unknown', allowed: false },
      ],
    });
    assert.deepEqual(toAuditConsent(policy, 'anthropic', true), { provider: 'anthropic', consent: 'exempt' });
    assert.deepEqual(toAuditConsent(policy, 'openai', true), { provider: 'openai', consent: 'not-allowed' });
    assert.deepEqual(toAuditConsent(policy, 'github-copilot', true), { provider: 'github-copilot', consent: 'unassessed' });
    assert.deepEqual(toAuditConsent(policy, 'anthropic', false), { provider: 'anthropic', consent: 'no-policy' });
  });
});
