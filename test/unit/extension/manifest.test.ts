import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, RESTRICTED_SETTINGS } from '../../../src/extension/settingsModel';

interface Manifest {
  engines: { vscode: string };
  main: string;
  icon: string;
  activationEvents: string[];
  categories: string[];
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] }; virtualWorkspaces: unknown };
  contributes: {
    configuration: { properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string }> };
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: { commandPalette?: Array<{ command: string; when?: string }> };
  };
}

const root = join(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const props = manifest.contributes.configuration.properties;

/** Flattens DEFAULT_SETTINGS into `promptHygiene.<dotted key>` → default, as the manifest lists them. */
function flatDefaults(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (prefix: string, obj: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(obj)) {
      const key = `${prefix}.${k}`;
      // Object-valued settings (rules, categories) are one setting each.
      if (typeof v === 'object' && v !== null && !Array.isArray(v) && !['rules', 'categories'].includes(k)) walk(key, v as Record<string, unknown>);
      else out[key] = v;
    }
  };
  walk('promptHygiene', DEFAULT_SETTINGS as unknown as Record<string, unknown>);
  return out;
}

const MANIFEST_VALUE: Record<string, unknown> = { error: 'Error', warning: 'Warning', info: 'Information', hint: 'Hint' };

describe('package.json manifest', () => {
  it('targets VS Code 1.97 or later and starts after startup, from the bundle', () => {
    assert.equal(manifest.engines.vscode, '^1.97.0');
    assert.deepEqual(manifest.activationEvents, ['onStartupFinished']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.icon, 'media/icon.png');
    assert.ok(manifest.categories.length > 0);
  });

  it('declares every setting the extension reads, with its default and a description', () => {
    for (const [key, value] of Object.entries(flatDefaults())) {
      const p = props[key];
      assert.ok(p, `${key} is contributed`);
      const expected = key.startsWith('promptHygiene.severity.') ? MANIFEST_VALUE[value as string] : value;
      assert.deepEqual(p.default, expected, `${key} default`);
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${key} has a description`);
    }
  });

  it('documents every promptHygiene setting it contributes', () => {
    for (const [key, p] of Object.entries(props)) {
      if (!key.startsWith('promptHygiene.')) continue;
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${key} has a description`);
    }
  });

  it('restricts exactly the settings that can weaken detection in untrusted workspaces', () => {
    const u = manifest.capabilities.untrustedWorkspaces;
    assert.equal(u.supported, 'limited');
    assert.deepEqual([...u.restrictedConfigurations].sort(), RESTRICTED_SETTINGS.map((k) => `promptHygiene.${k}`).sort());
    assert.ok(manifest.capabilities.virtualWorkspaces);
  });

  it('puts every command in the Prompt Hygiene category and hides internal ones from the palette', () => {
    const hidden = new Set((manifest.contributes.menus.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, 'Prompt Hygiene', c.command);
      if (c.command.startsWith('_promptHygiene.')) assert.ok(hidden.has(c.command), `${c.command} is hidden`);
    }
    for (const id of ['promptHygiene.scanWorkspace', 'promptHygiene.redactFile']) {
      assert.ok(manifest.contributes.commands.some((c) => c.command === id), id);
    }
  });
});
