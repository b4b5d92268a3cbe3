import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, RESTRICTED_SETTINGS, resolveSettings, toSeverity } from '../../../src/extension/settingsModel';
import type { ConfigurationReader, SettingInspection } from '../../../src/extension/settingsModel';

type Layers = Record<string, SettingInspection<unknown>>;

/** A configuration reader over per-key layers, with VS Code's precedence for `get`. */
function reader(layers: Layers): ConfigurationReader {
  return {
    get: <T>(key: string) => {
      const l = layers[key];
      return (l?.workspaceFolderValue ?? l?.workspaceValue ?? l?.globalValue ?? l?.defaultValue) as T | undefined;
    },
    inspect: <T>(key: string) => layers[key] as SettingInspection<T> | undefined,
  };
}

describe('resolveSettings', () => {
  it('returns the defaults when nothing is configured', () => {
    assert.deepEqual(resolveSettings(reader({}), true), DEFAULT_SETTINGS);
  });

  it('lets workspace settings change detection in a trusted workspace', () => {
    const s = resolveSettings(
      reader({
        rules: { workspaceValue: { 'email-address': 'off', jwt: 'Warning' } },
        exclude: { workspaceValue: ['fixtures/'] },
        categories: { workspaceValue: { pii: false } },
        attributions: { workspaceValue: false },
        'severity.pii': { workspaceValue: 'Information' },
      }),
      true,
    );
    assert.equal(s.attributions, false);
    assert.deepEqual(s.rules, { 'email-address': 'off', jwt: 'warning' });
    assert.deepEqual(s.exclude, ['fixtures/']);
    assert.deepEqual(s.categories, { secret: true, pii: false });
    assert.equal(s.severity.pii, 'info');
  });

  it('ignores workspace values of restricted settings in an untrusted workspace', () => {
    const s = resolveSettings(
      reader({
        enabled: { defaultValue: true, workspaceValue: false },
        rules: { defaultValue: {}, workspaceValue: { 'github-classic-pat': 'off' } },
        exclude: { defaultValue: [], workspaceFolderValue: ['**/*'] },
        categories: { defaultValue: { secret: true, pii: true }, workspaceValue: { secret: false } },
        maxFileSizeKb: { defaultValue: 1024, workspaceValue: 1 },
        'severity.secret': { defaultValue: 'Error', workspaceValue: 'Hint' },
        policyFile: { defaultValue: '', workspaceValue: 'elsewhere.json' },
        attributions: { defaultValue: true, workspaceValue: false },
      }),
      false,
    );
    assert.equal(s.attributions, true);
    assert.equal(s.enabled, true);
    assert.deepEqual(s.rules, {});
    assert.deepEqual(s.exclude, []);
    assert.deepEqual(s.categories, { secret: true, pii: true });
    assert.equal(s.maxFileSizeKb, 1024);
    assert.equal(s.severity.secret, 'error');
    assert.equal(s.policyFile, '');
  });

  it('still honours the user settings of restricted keys in an untrusted workspace', () => {
    const s = resolveSettings(reader({ rules: { globalValue: { 'phone-number': 'off' }, workspaceValue: {} } }), false);
    assert.deepEqual(s.rules, { 'phone-number': 'off' });
  });

  it('keeps workspace values of harmless settings in an untrusted workspace', () => {
    const s = resolveSettings(reader({ debounceMs: { defaultValue: 300, workspaceValue: 50 } }), false);
    assert.equal(s.debounceMs, 50);
  });

  it('falls back to defaults for malformed values', () => {
    const s = resolveSettings(
      reader({
        debounceMs: { workspaceValue: 'fast' },
        'severity.secret': { workspaceValue: 'Loud' },
        rules: { workspaceValue: { 'email-address': 'sometimes' } },
        exclude: { workspaceValue: 'not-a-list' },
        'redaction.defaultStrategy': { workspaceValue: 'shred' },
      }),
      true,
    );
    assert.equal(s.debounceMs, 300);
    assert.equal(s.severity.secret, 'error');
    assert.deepEqual(s.rules, {});
    assert.deepEqual(s.exclude, []);
    assert.equal(s.redaction.defaultStrategy, 'placeholder');
  });

  it('lists every setting that can weaken detection as restricted', () => {
    for (const key of ['enabled', 'rules', 'categories', 'attributions', 'exclude', 'maxFileSizeKb', 'policyFile', 'severity.secret', 'severity.pii']) {
      assert.ok(RESTRICTED_SETTINGS.includes(key), key);
    }
  });
});

describe('toSeverity', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['Error', 'error'],
    ['Warning', 'warning'],
    ['Information', 'info'],
    ['info', 'info'],
    ['Hint', 'hint'],
    ['off', undefined],
    [3, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`maps ${JSON.stringify(input)} to ${String(expected)}`, () => assert.equal(toSeverity(input), expected));
  }
});
