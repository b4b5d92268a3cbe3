import * as assert from 'node:assert/strict';
import { parsePolicy } from '../../../../src/engine/index';
import { customRule, policyText, provider } from './helpers';

// Table-driven: every field of the schema with values it must accept and values it must reject.
// Each case is a patch over the minimal valid policy.
const VALID: [string, Record<string, unknown>][] = [
  ['the minimal policy', {}],
  ['a $schema reference', { $schema: './schemas/policy.schema.json' }],
  ['a team contact', { team: { name: 'Core', owner: 'Ana', contact: '#core' } }],
  ['a review interval', { reviewEveryDays: 30 }],
  ['a leap day review date', { reviewedOn: '2024-02-29' }],
  ['no providers', { providers: [] }],
  ['each known provider id', { providers: ['anthropic', 'openai', 'github-copilot', 'google', 'microsoft', 'mistral', 'local', 'other'].map((id) => provider({ id })) }],
  ['a custom kebab-case provider id', { providers: [provider({ id: 'my-gateway' })] }],
  ['each tier', { providers: ['consumer', 'team', 'enterprise', 'api', 'government', 'education'].map((tier) => provider({ tier })) }],
  ['each training consent', { providers: ['opted-out', 'opted-in', 'exempt', 'unknown'].map((trainingConsent) => provider({ trainingConsent })) }],
  ['unknown retention (null)', { providers: [provider({ retentionDays: null })] }],
  ['zero retention', { providers: [provider({ retentionDays: 0 })] }],
  ['every optional provider field', { providers: [provider({ displayName: 'Claude', settingLocation: 'Settings', verifiedOn: '2025-01-01', allowed: false, notes: 'n' })] }],
  ['categories', { detection: { categories: { secret: false, pii: true } } }],
  ['each rule level', { detection: { rules: { 'slack-bot-token': 'off', 'a-b': 'error', 'c-d': 'warning', 'e-f': 'info', 'g-h': 'hint' } } }],
  ['a custom rule', { detection: { customRules: [customRule()] } }],
  ['a custom rule with flags and severity', { detection: { customRules: [customRule({ flags: 'im', severity: 'info', category: 'pii' })] } }],
  ['a custom rule without keywords', { detection: { customRules: [customRule({ keywords: [] })] } }],
  ['allowlists', { detection: { allowlist: { paths: ['test/**'], regexes: ['^DUMMY'], fingerprints: ['0123456789abcdef'] } } }],
  ['a fingerprint salt', { detection: { fingerprintSalt: 'team-salt-2025' } }],
  ['guard modes', { guard: { copy: 'redact', paste: 'off', hooks: 'warn', failOpen: true } }],
  ['audit settings', { audit: { enabled: true, location: 'global', retainDays: 7 } }],
];

const INVALID: [string, Record<string, unknown>, string, string][] = [
  // [description, patch, expected path, expected message fragment]
  ['an unknown top-level key', { teams: {} }, 'teams', 'Unknown property "teams"'],
  ['version 2', { version: 2 }, 'version', 'Unsupported policy version'],
  ['a missing version', { version: undefined }, 'version', 'Missing required property "version"'],
  ['a missing team', { team: undefined }, 'team', 'Missing required property "team"'],
  ['an empty team name', { team: { name: ' ', owner: 'Ana' } }, 'team.name', 'Must not be empty'],
  ['a missing owner', { team: { name: 'Core' } }, 'team.owner', 'Missing required property "owner"'],
  ['an unknown team key', { team: { name: 'Core', owner: 'Ana', email: 'x' } }, 'team.email', 'Unknown property "email"'],
  ['a team contact that is a number', { team: { name: 'Core', owner: 'Ana', contact: 5 } }, 'team.contact', 'Expected a string, got number 5'],
  ['a missing review date', { reviewedOn: undefined }, 'reviewedOn', 'Missing required property "reviewedOn"'],
  ['an impossible review date', { reviewedOn: '2025-02-30' }, 'reviewedOn', 'YYYY-MM-DD'],
  ['a review date with a time', { reviewedOn: '2025-01-15T10:00:00Z' }, 'reviewedOn', 'YYYY-MM-DD'],
  ['a zero review interval', { reviewEveryDays: 0 }, 'reviewEveryDays', 'at least 1'],
  ['a fractional review interval', { reviewEveryDays: 1.5 }, 'reviewEveryDays', 'whole number'],
  ['providers as an object', { providers: {} }, 'providers', 'Expected an array, got an object'],
  ['an upper-case provider id', { providers: [provider({ id: 'Anthropic' })] }, 'providers[0].id', 'kebab-case'],
  ['a missing provider id', { providers: [{ tier: 'team', trainingConsent: 'exempt' }] }, 'providers[0].id', 'Missing required property "id"'],
  ['an unknown tier', { providers: [provider({ tier: 'business' })] }, 'providers[0].tier', 'Expected one of "consumer"'],
  ['a missing tier', { providers: [provider({ tier: undefined })] }, 'providers[0].tier', 'Missing required property "tier"'],
  ['an unknown consent', { providers: [provider({ trainingConsent: 'opted-ot' })] }, 'providers[0].trainingConsent', 'Did you mean "opted-out"?'],
  ['a negative retention', { providers: [provider({ retentionDays: -1 })] }, 'providers[0].retentionDays', '0 or more'],
  ['a retention as text', { providers: [provider({ retentionDays: '30' })] }, 'providers[0].retentionDays', 'Expected a number'],
  ['an empty display name', { providers: [provider({ displayName: '' })] }, 'providers[0].displayName', 'Must not be empty'],
  ['an empty setting location', { providers: [provider({ settingLocation: '' })] }, 'providers[0].settingLocation', 'Must not be empty'],
  ['a verification date in another format', { providers: [provider({ verifiedOn: '01/02/2025' })] }, 'providers[0].verifiedOn', 'YYYY-MM-DD'],
  ['allowed as a string', { providers: [provider({ allowed: 'yes' })] }, 'providers[0].allowed', 'Expected a boolean'],
  ['notes as a number', { providers: [provider({ notes: 1 })] }, 'providers[0].notes', 'Expected a string'],
  ['an unknown provider key', { providers: [provider({ retention: 30 })] }, 'providers[0].retention', 'Did you mean "retentionDays"?'],
  ['a category as a string', { detection: { categories: { secret: 'on' } } }, 'detection.categories.secret', 'Expected a boolean'],
  ['an unknown category', { detection: { categories: { secrets: true } } }, 'detection.categories.secrets', 'Did you mean "secret"?'],
  ['an unknown rule level', { detection: { rules: { 'slack-bot-token': 'disabled' } } }, 'detection.rules.slack-bot-token', 'Expected one of "off"'],
  ['a custom rule without a regex', { detection: { customRules: [customRule({ regex: undefined })] } }, 'detection.customRules[0].regex', 'Missing required property "regex"'],
  ['a custom rule id in camelCase', { detection: { customRules: [customRule({ id: 'acmeToken' })] } }, 'detection.customRules[0].id', 'kebab-case'],
  ['a custom rule with an unknown category', { detection: { customRules: [customRule({ category: 'secrets' })] } }, 'detection.customRules[0].category', 'Did you mean "secret"?'],
  ['a custom rule with a sticky flag', { detection: { customRules: [customRule({ flags: 'y' })] } }, 'detection.customRules[0].flags', 'Only the flags g, i, m, s and u'],
  ['a custom rule with severity off', { detection: { customRules: [customRule({ severity: 'off' })] } }, 'detection.customRules[0].severity', 'Expected one of "error"'],
  ['a custom rule with an empty keyword', { detection: { customRules: [customRule({ keywords: [''] })] } }, 'detection.customRules[0].keywords[0]', 'Keywords must not be empty'],
  ['a custom rule without a description', { detection: { customRules: [customRule({ description: undefined })] } }, 'detection.customRules[0].description', 'Missing required property "description"'],
  ['an allowlist path that is empty', { detection: { allowlist: { paths: [''] } } }, 'detection.allowlist.paths[0]', 'Must not be empty'],
  ['an allowlist fingerprint that is not hex', { detection: { allowlist: { fingerprints: ['not-a-fingerprint'] } } }, 'detection.allowlist.fingerprints[0]', 'fingerprint'],
  ['a short fingerprint salt', { detection: { fingerprintSalt: 'abc' } }, 'detection.fingerprintSalt', 'at least 8'],
  ['an unknown detection key', { detection: { allowList: {} } }, 'detection.allowList', 'Did you mean "allowlist"?'],
  ['a copy mode of block', { guard: { copy: 'block' } }, 'guard.copy', 'Expected one of "off", "warn", "redact"'],
  ['a paste mode typo', { guard: { paste: 'redcat' } }, 'guard.paste', 'Did you mean "redact"?'],
  ['a hooks mode of redact', { guard: { hooks: 'redact' } }, 'guard.hooks', 'Expected one of "block", "warn", "off"'],
  ['failOpen as a string', { guard: { failOpen: 'true' } }, 'guard.failOpen', 'Expected a boolean'],
  ['audit enabled as a number', { audit: { enabled: 1 } }, 'audit.enabled', 'Expected a boolean'],
  ['an unknown audit location', { audit: { location: 'cloud' } }, 'audit.location', 'Expected one of "workspace", "global"'],
  ['an audit retention of zero', { audit: { retainDays: 0 } }, 'audit.retainDays', 'at least 1'],
];

describe('policy schema', () => {
  for (const [what, patch] of VALID) {
    it(`accepts ${what}`, () => {
      const r = parsePolicy(policyText(patch));
      assert.equal(r.ok, true, r.ok ? '' : r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    });
  }

  for (const [what, patch, path, fragment] of INVALID) {
    it(`rejects ${what} at ${path}`, () => {
      const r = parsePolicy(policyText(patch));
      assert.equal(r.ok, false, 'the policy should be invalid');
      if (r.ok) return;
      const issue = r.issues.find((i) => i.path === path);
      assert.ok(issue, `no issue at ${path}; got ${r.issues.map((i) => `${i.path}: ${i.message}`).join(' | ')}`);
      assert.ok(issue.message.includes(fragment), `message "${issue.message}" lacks "${fragment}"`);
      assert.equal(issue.severity, 'error');
    });
  }

  it('accepts rule ids it does not know, with a warning instead of an error', () => {
    const r = parsePolicy(policyText({ detection: { rules: { 'slak-bot-token': 'off' } } }));
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.warnings.length, 1);
    assert.equal(r.warnings[0]?.code, 'unknown-rule');
    assert.match(r.warnings[0]?.message ?? '', /Did you mean "slack-bot-token"\?/u);
  });

  it('rejects a custom rule that reuses a built-in rule id', () => {
    const r = parsePolicy(policyText({ detection: { customRules: [customRule({ id: 'slack-bot-token' })] } }));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [['duplicate-rule', 'detection.customRules[0].id']]);
  });

  it('rejects two custom rules with the same id', () => {
    const r = parsePolicy(policyText({ detection: { customRules: [customRule(), customRule()] } }));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(r.issues.map((i) => i.path), ['detection.customRules[1].id']);
  });

  it('keeps a policy whose custom regex is unsafe, and warns at the regex', () => {
    const r = parsePolicy(policyText({ detection: { customRules: [customRule({ regex: 'acme_(a+)+$' })] } }));
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(r.warnings.map((i) => [i.code, i.path]), [['unsafe-regex', 'detection.customRules[0].regex']]);
    assert.match(r.warnings[0]?.message ?? '', /Custom rule "acme-token" is skipped/u);
  });

  it('warns about an allowlist regex that does not compile', () => {
    const r = parsePolicy(policyText({ detection: { allowlist: { regexes: ['('] } } }));
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(r.warnings.map((i) => i.path), ['detection.allowlist.regexes[0]']);
  });

  it('warns when the same provider and tier are listed twice', () => {
    const r = parsePolicy(policyText({ providers: [provider(), provider()] }));
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.deepEqual(r.warnings.map((i) => [i.code, i.path]), [['duplicate-provider', 'providers[1]']]);
  });

  it('returns the policy as written, without defaults filled in', () => {
    const r = parsePolicy(policyText({ providers: [provider({ allowed: undefined })] }));
    assert.equal(r.ok, true);
    if (!r.ok) return;
    assert.equal(r.policy.providers?.[0]?.allowed, undefined);
    assert.equal(r.policy.guard, undefined);
  });
});
