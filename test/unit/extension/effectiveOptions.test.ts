import assert from 'node:assert/strict';
import { isPathMatched, toEffectiveOptions } from '../../../src/extension/effectiveOptions';
import { DEFAULT_SETTINGS } from '../../../src/extension/settingsModel';
import type { PromptHygieneSettings } from '../../../src/extension/settingsModel';

const noPolicy = { scanOptions: {}, pathAllowlist: [] };

function settings(over: Partial<PromptHygieneSettings>): PromptHygieneSettings {
  return { ...DEFAULT_SETTINGS, ...over };
}

describe('toEffectiveOptions', () => {
  it('switches a rule off when either settings or policy do', () => {
    const o = toEffectiveOptions(settings({ rules: { 'email-address': 'off' } }), {
      scanOptions: { disabledRules: ['phone-number'] },
      pathAllowlist: [],
    });
    assert.deepEqual([...(o.scan.disabledRules ?? [])].sort(), ['email-address', 'phone-number']);
  });

  it('leaves attributions out when either settings or policy do, and says nothing by default', () => {
    assert.equal(toEffectiveOptions(DEFAULT_SETTINGS, noPolicy).scan.attributions, undefined);
    assert.equal(toEffectiveOptions(settings({ attributions: false }), noPolicy).scan.attributions, false);
    assert.equal(toEffectiveOptions(DEFAULT_SETTINGS, { scanOptions: { attributions: false }, pathAllowlist: [] }).scan.attributions, false);
  });

  it('switches a category off when either settings or policy do', () => {
    const a = toEffectiveOptions(settings({ categories: { secret: true, pii: false } }), noPolicy);
    assert.deepEqual(a.scan.categories, { secret: true, pii: false });
    const b = toEffectiveOptions(DEFAULT_SETTINGS, { scanOptions: { categories: { secret: false } }, pathAllowlist: [] });
    assert.deepEqual(b.scan.categories, { secret: false, pii: true });
  });

  it('takes the level from the rule setting, then the policy, then the category setting', () => {
    const o = toEffectiveOptions(settings({ rules: { jwt: 'hint' }, severity: { secret: 'warning', pii: 'info' } }), {
      scanOptions: { severity: { jwt: 'error', 'email-address': 'error' } },
      pathAllowlist: [],
    });
    assert.equal(o.levelFor({ ruleId: 'jwt', category: 'secret' }), 'hint');
    assert.equal(o.levelFor({ ruleId: 'email-address', category: 'pii' }), 'error');
    assert.equal(o.levelFor({ ruleId: 'phone-number', category: 'pii' }), 'info');
    assert.equal(o.levelFor({ ruleId: 'github-classic-pat', category: 'secret' }), 'warning');
  });

  it('excludes paths from the exclude setting and the policy path allowlist', () => {
    const o = toEffectiveOptions(settings({ exclude: ['**/*.lock'] }), { scanOptions: {}, pathAllowlist: ['fixtures/'] });
    assert.equal(o.isExcludedPath('deps/yarn.lock'), true);
    assert.equal(o.isExcludedPath('fixtures/a/secret.txt'), true);
    assert.equal(o.isExcludedPath('src/app.ts'), false);
    assert.equal(o.isExcludedPath(undefined), false);
  });

  it('turns the size limit into bytes', () => {
    assert.equal(toEffectiveOptions(settings({ maxFileSizeKb: 2 }), noPolicy).maxBytes, 2048);
  });
});

describe('isPathMatched', () => {
  it('uses .gitignore semantics', () => {
    assert.equal(isPathMatched(['*.env'], 'deploy/prod.env'), true);
    assert.equal(isPathMatched(['/top.txt'], 'sub/top.txt'), false);
    assert.equal(isPathMatched(['docs/', '!docs/keep.md'], 'docs/keep.md'), true, 'a file under an excluded folder stays excluded, as in git');
  });

  it('never matches paths outside the folder', () => {
    assert.equal(isPathMatched(['**'], '../elsewhere.txt'), false);
  });
});
