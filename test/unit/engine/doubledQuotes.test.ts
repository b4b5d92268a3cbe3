import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan } from '../../../src/engine/index';
import { fake } from '../../../src/engine/rules/defineRule';
import { doubledQuotes } from '../../../src/engine/scan/doubledQuotes';

describe('JSON with doubled quotes (inside a CSV cell) read as JSON', () => {
  it('writes an opening "" as a space and a quote, a closing one as a quote and a space', () => {
    assert.equal(doubledQuotes('x,"{""type"":""REQUEST"",""n"":5}"'), 'x,"{ "type" : "REQUEST" , "n" :5}"');
  });

  it('leaves texts without a doubled-quote key alone, and empty strings everywhere', () => {
    for (const t of ['name,"say ""hi"""', 'x = ""; f(a,"")', '{"name": "", "v": ""}', '"""docstring"""']) assert.equal(doubledQuotes(t), t, t);
    // (An empty doubled-quote value, `""""`, is left as it is; the keys around it are read.)
    assert.equal(doubledQuotes('{""a"":"""",""b"":""x""}'), '{ "a" :"""", "b" : "x" }');
  });

  it('keeps every offset: the same length, and only quotes and spaces change', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', ':', ',', '{', '}', 'a', '1', ' ') }), (t) => {
        const out = doubledQuotes(t);
        assert.equal(out.length, t.length);
        for (let i = 0; i < t.length; i++) if (out[i] !== t[i]) assert.ok(t[i] === '"' && (out[i] === ' ' || out[i] === '"'), `changed ${JSON.stringify(t[i])} at ${i}`);
      }),
    );
  });

  it('rewrites the same pairs as one global search for them would, in any text', () => {
    // The view's definition, as one global search (the view tries each pair where it stands).
    const DOUBLED = /(?<=[{[,:])""(?=[\p{L}\p{N}_$@.{[+/-])|(?<=[\p{L}\p{N}_$@.}\]=+/-])""(?=[,:}\]])/gu;
    const referenceLine = (t: string): string =>
      t.includes('"":') ? t.replace(DOUBLED, (_m: string, at: number) => ('{[,:'.includes(t.charAt(at - 1)) ? ' "' : '" ')) : t;
    const reference = (t: string): string => t.split('\n').map(referenceLine).join('\n');
    const unit = fc.constantFrom('"', '""', ':', ',', '{', '}', '[', ']', 'a', 'É', '1', ' ', '=', '\u{1D400}', '\ud835', '-', '\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        assert.equal(doubledQuotes(t), reference(t), JSON.stringify(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('rewrites only the lines that hold a doubled-quote key: a CSV cell quoting code is no JSON', () => {
    const t = 'rule,match\nk,"{""a"":""b""}"\nk,"X_PASSWORD"", ""v1"\n';
    assert.deepEqual(doubledQuotes(t).split('\n'), ['rule,match', 'k,"{ "a" : "b" }"', 'k,"X_PASSWORD"", ""v1"', '']);
  });

  it("finds a header's key in a CloudWatch Logs Insights export, at its own offset", () => {
    const key = fake('{a40}', 100898);
    const text = `@timestamp,@message\n2024-06-06 08:00:01.130,"INFO incoming event {""type"":""REQUEST"",""headers"":{""x-api-key"":""${key}""}}"\n`;
    const found = scan(text).filter((f) => f.category === 'secret');
    assert.deepEqual(
      found.map((f) => text.slice(f.range.start, f.range.end)),
      [key],
    );
  });
});
