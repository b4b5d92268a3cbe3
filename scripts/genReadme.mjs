// Rewrites the generated tables in README.md (rules, settings). Needs `npm run compile-tests` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const t = require(join(root, 'out/test/docs/readmeTables.js'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const file = join(root, 'README.md');
let doc = readFileSync(file, 'utf8');
doc = t.replaceBetween(doc, t.RULES_START, t.RULES_END, t.renderRuleTable());
doc = t.replaceBetween(doc, t.SETTINGS_START, t.SETTINGS_END, t.renderSettingsTable(pkg));
writeFileSync(file, doc);
console.log('README tables regenerated');
