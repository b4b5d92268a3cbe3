import assert from 'node:assert/strict';
import { defineRule, fake } from '../../../src/engine/rules/defineRule';
import { guardOutgoingText, parseAuditLog, toAuditCsv, toAuditEntry, toAuditLine, toGuardSummary } from '../../../src/engine/index';
import type { Rule } from '../../../src/engine/index';

const tok: Rule = defineRule({
  id: 'test-token',
  category: 'secret',
  description: 'test token',
  keywords: ['tst_'],
  pattern: /(?<![\w-])tst_[A-Za-z0-9]{20}(?![A-Za-z0-9])/gu,
  publicPrefix: 4,
  references: ['https://example.org'],
  examples: { positive: [], negative: [] },
});
const rules = [tok];
const T = fake('tst_{a20}');

describe('guardOutgoingText()', () => {
  it('passes clean text without redacting', () => {
    const r = guardOutgoingText('hello world', { mode: 'warn', scanOptions: { rules } });
    assert.equal(r.verdict, 'clean');
    assert.equal(r.redacted, undefined);
  });

  it('skips everything when the mode is off', () => {
    assert.equal(guardOutgoingText(T, { mode: 'off', scanOptions: { rules } }).verdict, 'skipped');
  });

  for (const mode of ['warn', 'redact', 'block'] as const) {
    it(`answers "${mode}" with a redacted version ready when the mode is ${mode}`, () => {
      const r = guardOutgoingText(`key ${T} and ${T}`, { mode, scanOptions: { rules } });
      assert.equal(r.verdict, mode);
      assert.equal(r.redacted?.text, 'key [REDACTED:test-token] and [REDACTED:test-token]');
      assert.deepEqual(r.kinds.map((k) => [k.ruleId, k.count]), [['test-token', 2]]);
    });
  }

  it('summarises kinds without values', () => {
    const r = guardOutgoingText(`key ${T}`, { mode: 'warn', scanOptions: { rules } });
    const s = toGuardSummary(r.kinds);
    assert.equal(s, '1 secret (test-token)');
    assert.ok(!s.includes(T));
  });
});

describe('audit entries', () => {
  const r = guardOutgoingText(`key ${T}`, { mode: 'block', scanOptions: { rules } });
  const entry = toAuditEntry({ surface: 'hook', decision: 'blocked', findings: r.findings, now: new Date('2026-11-29T10:00:00Z'), sessionId: 's-1', event: 'UserPromptSubmit', provider: 'anthropic', consent: 'opted-out' });

  it('holds rule ids and fingerprints but neither the value nor its preview', () => {
    const line = toAuditLine(entry);
    assert.ok(!line.includes(T));
    assert.ok(!line.includes(r.findings[0]?.preview ?? 'x'));
    assert.match(line, /"ruleId":"test-token"/u);
    assert.match(line, /"fingerprint":"[0-9a-f]{16}"/u);
  });

  it('round-trips through the JSONL log and skips torn lines', () => {
    const log = toAuditLine(entry) + '{"v":1,"ts":"2026' + '\n' + toAuditLine({ ...entry, decision: 'redacted' });
    const parsed = parseAuditLog(log);
    assert.equal(parsed.length, 2);
    assert.equal(parsed[1]?.decision, 'redacted');
  });

  it('exports CSV with one row per entry', () => {
    const csv = toAuditCsv([entry]);
    const [head, row] = csv.trim().split('\n');
    assert.equal(head, 'timestamp,surface,event,decision,session,provider,consent,rules,fingerprints');
    assert.ok(row?.startsWith('2026-11-29T10:00:00.000Z,hook,UserPromptSubmit,blocked,s-1,anthropic,opted-out,test-token,'));
  });
});
