import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(__dirname, '..', '..', '..', '..');

/** What may ship in the VSIX (.vscodeignore: deny all, then re-allow these). */
const ALLOWED = [/^package\.json$/u, /^dist\/[^/]+\.js$/u, /^media\//u, /^syntaxes\//u, /^schemas\//u, /^README\.md$/u, /^CHANGELOG\.md$/u, /^LICENSE(\.md|\.txt)?$/u];

describe('VSIX contents (vsce ls)', function () {
  // vsce walks the whole repository (node_modules included) before applying .vscodeignore.
  this.timeout(60_000);

  it('ships only the bundle, media, grammars, schemas and docs', () => {
    const out = execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const files = out.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    assert.ok(files.includes('package.json'));
    assert.ok(files.includes('media/icon.png'));
    const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, [], 'no sources, tests, maps, fixtures or node_modules in the package');
    assert.ok(!files.some((f) => f.endsWith('.map')), 'no source maps');
  });
});

describe('bundle build: rule examples are stripped', function () {
  // Loading the TypeScript compiler takes a moment.
  this.timeout(20_000);

  it('empties the examples of defineRule() calls and leaves the rest of the rule alone', async () => {
    // scripts/*.mjs are ES modules; tsc would turn a plain import() into require().
    const load = new Function('u', 'return import(u)') as (u: string) => Promise<{ stripExamples(src: string, file: string): string }>;
    const { stripExamples } = await load(pathToFileURL(join(root, 'scripts', 'stripRuleExamples.mjs')).href);
    const source = [
      "export default defineRule({",
      "  id: 'x-token',",
      "  pattern: /x_[a-z]{8}/gu,",
      "  examples: { positive: [`T=${fake('x_{l8}')}`], negative: ['x_<token>', 'x_short'] },",
      "});",
    ].join('\n');
    const out = stripExamples(source, 'x-token.ts');
    assert.ok(out.includes('examples: { positive: [], negative: [] }'), out);
    assert.ok(!out.includes('x_<token>') && !out.includes('x_short'));
    assert.ok(out.includes("id: 'x-token'") && out.includes('pattern: /x_[a-z]{8}/gu'));
  });
});
