import assert from 'node:assert/strict';
import { redact } from '../../../src/engine/index';
import type { Finding, Policy } from '../../../src/engine/index';
import { DEFAULT_GUARD_CONFIG, stricterMode, toGuardConfig } from '../../../src/extension/guard/guardConfig';
import type { GuardSettingReader } from '../../../src/extension/guard/guardConfig';
import { toFence, toFindingsText } from '../../../src/extension/guard/guardMessages';
import { MAX_REMEMBERED_REDACTIONS, RedactionStore } from '../../../src/extension/guard/redactionStore';

function reader(workspace: Record<string, unknown>, user: Record<string, unknown> = {}): GuardSettingReader {
  return { get: (k) => workspace[k] ?? user[k], userOrDefault: (k) => user[k] };
}

function finding(start: number, end: number, ruleId = 'email-address', label = 'email'): Finding {
  return { ruleId, category: 'pii', severity: 'warning', range: { start, end }, preview: `${label} (${end - start} chars)`, fingerprint: '0'.repeat(16), label, publicPrefix: 0 };
}

describe('guard configuration', () => {
  it('takes the stricter of two modes', () => {
    assert.equal(stricterMode('off', 'warn'), 'warn');
    assert.equal(stricterMode('redact', 'warn'), 'redact');
    assert.equal(stricterMode('warn', undefined), 'warn');
  });

  it('uses the built-in defaults when nothing is set', () => {
    assert.deepEqual(toGuardConfig(reader({}), true, undefined), DEFAULT_GUARD_CONFIG);
  });

  it('lets a trusted workspace relax the copy guard but not below the team policy', () => {
    const policy = { guard: { copy: 'redact' } } as unknown as Policy;
    assert.equal(toGuardConfig(reader({ 'guard.copy': 'off' }), true, undefined).copy, 'off');
    assert.equal(toGuardConfig(reader({ 'guard.copy': 'off' }), true, policy).copy, 'redact');
  });

  it('ignores workspace values of restricted settings in an untrusted workspace', () => {
    const cfg = toGuardConfig(reader({ 'guard.paste': 'off', 'guard.hookCommand': 'evil' }, { 'guard.paste': 'redact' }), false, undefined);
    assert.equal(cfg.paste, 'redact');
    assert.equal(cfg.hookCommand, 'prompt-hygiene');
  });

  it('follows the policy for the audit log: off when disabled, its location when enabled', () => {
    const off = { audit: { enabled: false } } as unknown as Policy;
    const global = { audit: { enabled: true, location: 'global', retainDays: 7 } } as unknown as Policy;
    assert.equal(toGuardConfig(reader({ 'guard.auditLog': 'workspace' }), true, off).audit.location, 'off');
    assert.deepEqual(toGuardConfig(reader({}), true, global).audit, { location: 'global', retainDays: 7 });
  });

  it('falls back to placeholders for an unknown strategy', () => {
    assert.equal(toGuardConfig(reader({ 'guard.redactionStrategy': 'shred' }), true, undefined).strategy, 'placeholder');
    assert.equal(toGuardConfig(reader({ 'guard.redactionStrategy': 'pseudonym' }), true, undefined).strategy, 'pseudonym');
  });
});

describe('redaction store (Restore Redacted Values)', () => {
  const text = 'mail anna@host.se now';
  const mapping = redact(text, [finding(5, 17)], 'pseudonym').mapping;

  it('restores placeholders from the redaction they came from', () => {
    const store = new RedactionStore();
    store.remember(mapping);
    assert.deepEqual(store.restore('Reply to <EMAIL_1> today'), { text: 'Reply to anna@host.se today', restored: 1 });
  });

  it('answers undefined when the text holds no known placeholder', () => {
    const store = new RedactionStore();
    store.remember(mapping);
    assert.equal(store.restore('nothing here'), undefined);
  });

  it('prefers the remembered redaction whose placeholders occur most often', () => {
    const store = new RedactionStore();
    store.remember(mapping);
    const other = redact('x bo@mail.de and cy@mail.de', [finding(2, 12), finding(17, 27)], 'pseudonym').mapping;
    store.remember(other);
    assert.equal(store.restore('<EMAIL_1> and <EMAIL_2>')?.text, 'bo@mail.de and cy@mail.de');
  });

  it('names the newest redaction\'s rules, and no value', () => {
    const store = new RedactionStore();
    assert.deepEqual(store.newestRuleIds, []);
    store.remember(mapping);
    store.remember(redact('x bo@mail.de and cy@mail.de', [finding(2, 12), finding(17, 27)], 'placeholder').mapping);
    assert.deepEqual(store.newestRuleIds, ['email-address', 'email-address']);
  });

  it(`remembers at most ${MAX_REMEMBERED_REDACTIONS} redactions and ignores empty ones`, () => {
    const store = new RedactionStore();
    store.remember([]);
    assert.equal(store.size, 0);
    for (let i = 0; i < MAX_REMEMBERED_REDACTIONS + 5; i++) store.remember(mapping);
    assert.equal(store.size, MAX_REMEMBERED_REDACTIONS);
    store.clear();
    assert.equal(store.size, 0);
  });
});

describe('guard messages', () => {
  it('names kinds and previews, and counts what it leaves out', () => {
    const kinds = [{ ruleId: 'email-address', category: 'pii' as const, count: 5, previews: ['email (1 chars)', 'email (2 chars)', 'email (3 chars)'] }];
    assert.equal(toFindingsText(kinds, 2), '5 personal data items (email-address): email (1 chars), email (2 chars) and 3 more');
  });

  it('builds a code fence longer than any backtick run in the text', () => {
    assert.equal(toFence('plain'), '```');
    assert.equal(toFence('a ```` b'), '`````');
  });
});
