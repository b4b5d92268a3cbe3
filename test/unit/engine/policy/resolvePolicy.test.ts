import * as assert from 'node:assert/strict';
import { ALL_RULES, DEFAULT_POLICY, fake, isPathAllowlisted, parsePolicy, resolvePolicy, scan } from './engineForTests';
import type { Policy } from '../../../../src/engine/index';
import { MINIMAL, customRule } from './helpers';

const withDetection = (detection: NonNullable<Policy['detection']>): Policy => ({ ...MINIMAL, detection });

describe('resolvePolicy', () => {
  it('gives the built-in defaults without a policy', () => {
    const r = resolvePolicy(undefined);
    assert.equal(r.source, 'default');
    assert.equal(r.policy, DEFAULT_POLICY);
    assert.equal(r.scanOptions.rules, ALL_RULES);
    assert.deepEqual(r.pathAllowlist, []);
    assert.deepEqual(r.problems, []);
  });

  it('falls back to the defaults for an invalid policy, and says so', () => {
    const r = resolvePolicy(parsePolicy('{ "version": 2 }'));
    assert.equal(r.source, 'invalid-fallback');
    assert.equal(r.policy, DEFAULT_POLICY);
    assert.equal(r.problems.length, 1);
  });

  it('ignores a policy in an untrusted workspace, even one that relaxes detection', () => {
    const relaxed = withDetection({ categories: { secret: false, pii: false }, allowlist: { paths: ['**'] } });
    const r = resolvePolicy(relaxed, { trusted: false });
    assert.equal(r.source, 'untrusted-fallback');
    assert.deepEqual(r.scanOptions.categories, undefined);
    assert.deepEqual(r.pathAllowlist, []);
  });

  it('accepts the result of parsePolicy as well as a policy object', () => {
    const parsed = parsePolicy(JSON.stringify(withDetection({ rules: { 'slack-bot-token': 'off' } })));
    const r = resolvePolicy(parsed);
    assert.equal(r.source, 'file');
    assert.deepEqual(r.scanOptions.disabledRules, ['slack-bot-token']);
  });

  it('fills in defaults for fields the policy leaves out', () => {
    const r = resolvePolicy({ ...MINIMAL, providers: [{ id: 'anthropic', tier: 'team', trainingConsent: 'exempt' }], guard: { copy: 'redact' } });
    assert.equal(r.policy.reviewEveryDays, 90);
    assert.deepEqual(r.policy.providers[0], { id: 'anthropic', tier: 'team', trainingConsent: 'exempt', displayName: 'Claude', retentionDays: null, allowed: true });
    assert.deepEqual(r.policy.guard, { copy: 'redact', paste: 'warn', hooks: 'block', failOpen: false });
    assert.deepEqual(r.policy.audit, { enabled: false, location: 'workspace', retainDays: 30 });
    assert.deepEqual(r.scanOptions.categories, { secret: true, pii: true });
  });

  it('turns rule levels into disabled rules and severity overrides', () => {
    const r = resolvePolicy(withDetection({ rules: { 'slack-bot-token': 'warning', 'acme-token': 'off' }, customRules: [customRule()] }));
    assert.deepEqual(r.scanOptions.disabledRules, ['acme-token']);
    assert.deepEqual(r.scanOptions.severity, { 'slack-bot-token': 'warning' });
  });

  it("switches on an opt-in rule that the policy's rules give a level", () => {
    const text = 'Katrin, bitte vor dem Merge prüfen!';
    const found = (p: Policy | undefined): string[] => scan(text, resolvePolicy(p).scanOptions).map((f) => f.ruleId);
    assert.deepEqual(found(undefined), [], 'off by default');
    assert.deepEqual(found(withDetection({ rules: { 'person-name-vocative': 'info' } })), ['person-name-vocative']);
  });

  it('reports attributions unless detection.attributions is false', () => {
    assert.equal(resolvePolicy(withDetection({})).policy.detection.attributions, true);
    assert.equal(resolvePolicy(withDetection({})).scanOptions.attributions, undefined);
    const off = resolvePolicy(withDetection({ attributions: false }));
    assert.equal(off.policy.detection.attributions, false);
    assert.equal(off.scanOptions.attributions, false);
    const text = ' * @author Hedda Lindqvist <hedda.lindqvist@posteo.de>\n';
    assert.ok(scan(text).length > 0);
    assert.deepEqual(scan(text, off.scanOptions), []);
  });

  it('passes categories, allowlisted fingerprints and the salt to the scan options', () => {
    const r = resolvePolicy(withDetection({ categories: { pii: false }, allowlist: { fingerprints: ['0123456789abcdef'] }, fingerprintSalt: 'team-salt-1' }));
    assert.deepEqual(r.scanOptions.categories, { secret: true, pii: false });
    assert.deepEqual(r.scanOptions.allowFingerprints, ['0123456789abcdef']);
    assert.equal(r.scanOptions.fingerprintSalt, 'team-salt-1');
  });

  it('adds valid custom rules after the built-in rules, so scan() reports them', () => {
    const r = resolvePolicy(withDetection({ customRules: [customRule({ keywords: ['ACME_'], severity: 'warning' })] }));
    assert.equal(r.scanOptions.rules.length, ALL_RULES.length + 1);
    const rule = r.scanOptions.rules[r.scanOptions.rules.length - 1];
    assert.equal(rule?.id, 'acme-token');
    assert.deepEqual(rule?.keywords, ['acme_'], 'keywords are lower-cased for the prefilter');
    const value = fake('acme_{l32}');
    const findings = scan(`token = ${value}`, r.scanOptions);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['acme-token', 'warning']]);
  });

  it('skips an unsafe custom rule and lists it in problems, keeping the rest of the policy', () => {
    const r = resolvePolicy(withDetection({ customRules: [customRule({ regex: 'acme_(a+)+$' })], rules: { 'slack-bot-token': 'off' } }));
    assert.equal(r.source, 'file');
    assert.equal(r.scanOptions.rules, ALL_RULES);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0] ?? '', /Custom rule "acme-token" is skipped: .*nested quantifiers/u);
    assert.deepEqual(r.scanOptions.disabledRules, ['slack-bot-token']);
  });

  it('skips a custom rule that reuses a built-in id', () => {
    const r = resolvePolicy(withDetection({ customRules: [customRule({ id: 'slack-bot-token' })] }));
    assert.equal(r.scanOptions.rules, ALL_RULES);
    assert.match(r.problems[0] ?? '', /already in use/u);
  });

  it('compiles allowlist regexes and skips the ones that are unsafe', () => {
    const r = resolvePolicy(withDetection({ allowlist: { regexes: ['^DUMMY_', '(a+)+$'] } }));
    assert.deepEqual(r.scanOptions.allowRegexes?.map((x) => x.source), ['^DUMMY_']);
    assert.match(r.problems[0] ?? '', /Allowlist regex 2 is skipped/u);
  });

  it('lists unknown rule ids in problems', () => {
    const r = resolvePolicy(withDetection({ rules: { 'no-such-rule': 'off' } }));
    assert.match(r.problems[0] ?? '', /Rule "no-such-rule" is unknown/u);
  });
});

describe('isPathAllowlisted', () => {
  const resolved = resolvePolicy(withDetection({ allowlist: { paths: ['test/fixtures/**', '*.snap', '!keep.snap', 'docs/'] } }));

  it('matches gitignore-style globs against relative paths', () => {
    assert.equal(isPathAllowlisted(resolved, 'test/fixtures/a/b.txt'), true);
    assert.equal(isPathAllowlisted(resolved, 'src/x.snap'), true);
    assert.equal(isPathAllowlisted(resolved, 'docs/readme.md'), true);
    assert.equal(isPathAllowlisted(resolved, 'src/index.ts'), false);
  });

  it('honours negated patterns', () => {
    assert.equal(isPathAllowlisted(resolved, 'keep.snap'), false);
  });

  it('accepts Windows separators and a leading ./', () => {
    assert.equal(isPathAllowlisted(resolved, 'test\\fixtures\\x.json'), true);
    assert.equal(isPathAllowlisted(resolved, './src/x.snap'), true);
  });

  it('never matches paths outside the folder, absolute paths or the empty path', () => {
    for (const p of ['../test/fixtures/x', '/test/fixtures/x', 'C:/test/fixtures/x', '', '..']) assert.equal(isPathAllowlisted(resolved, p), false, p);
  });

  it('matches nothing without a path allowlist', () => {
    assert.equal(isPathAllowlisted(resolvePolicy(undefined), 'anything.txt'), false);
  });
});
