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

  it('escapes a bundle\'s non-ASCII characters without changing what its strings and regular expressions mean', async () => {
    const load = new Function('u', 'return import(u)') as (u: string) => Promise<{ toAsciiSource(src: string): string }>;
    const { toAsciiSource } = await load(pathToFileURL(join(root, 'scripts', 'asciiOutput.mjs')).href);
    const source = "return [/d['’]/u, /[À-ÖØ-Þ]{2}/, /[😀-🙏]/u, /Ω/iu, 'Zürich ’ 😀', `naïve ${1}`];";
    const out = toAsciiSource(source);
    assert.match(out, /^[\x00-\x7f]*$/u);
    const [a, b, c, d, s, t] = new Function(source)() as [RegExp, RegExp, RegExp, RegExp, string, string];
    const [a2, b2, c2, d2, s2, t2] = new Function(out)() as [RegExp, RegExp, RegExp, RegExp, string, string];
    for (const probe of ["d'", 'd’', 'ÀÖ', 'Àa', '😃', '\ud83d', 'ω', 'x']) {
      assert.equal(a2.test(probe), a.test(probe), probe);
      assert.equal(b2.test(probe), b.test(probe), probe);
      assert.equal(c2.test(probe), c.test(probe), probe);
      assert.equal(d2.test(probe), d.test(probe), probe);
    }
    assert.equal(s2, s);
    assert.equal(t2, t);
  });
});
