import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as t from '../docs/readmeTables';

const root = join(__dirname, '..', '..', '..');

describe('README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  it('has a rule table generated from the current rule registry (npm run gen:readme)', () => {
    assert.equal(readme, t.replaceBetween(readme, t.RULES_START, t.RULES_END, t.renderRuleTable()));
  });

  it('has a settings table generated from package.json (npm run gen:readme)', () => {
    assert.equal(readme, t.replaceBetween(readme, t.SETTINGS_START, t.SETTINGS_END, t.renderSettingsTable(pkg)));
  });

  it('gives the one set-up-and-run command and the one test command', () => {
    assert.match(readme, /npm run demo/u);
    assert.match(readme, /npm ci && npm test/u);
  });
});
