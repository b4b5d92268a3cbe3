import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineEndWithin, lineStartWithin } from '../../../src/engine/scan/lines';
import { forgetTexts } from '../../../src/engine/scan/perText';

/** The bounded line lookups without the known stretch they keep: what they must answer. */
function naiveStart(text: string, pos: number, max: number): number {
  const floor = Math.max(0, pos - max);
  const i = pos === 0 ? -1 : text.lastIndexOf('\n', pos - 1);
  return i >= floor ? i + 1 : floor;
}
function naiveEnd(text: string, pos: number, max: number): number {
  const ceil = Math.min(text.length, pos + max);
  const i = text.indexOf('\n', pos);
  return i !== -1 && i < ceil ? i : ceil;
}

describe('bounded line lookups', () => {
  afterEach(forgetTexts);

  it('answer as a fresh search does, whatever the lookups before them on the same or another text', () => {
    const texts = fc.array(fc.constantFrom('a', 'b', ' ', '\n', 'é'), { minLength: 1, maxLength: 300 }).map((cs) => cs.join(''));
    const query = fc.record({ which: fc.nat(1), start: fc.boolean(), at: fc.double({ min: 0, max: 1, noNaN: true }), max: fc.integer({ min: 1, max: 120 }) });
    fc.assert(
      fc.property(texts, texts, fc.array(query, { minLength: 1, maxLength: 40 }), (a, b, queries) => {
        forgetTexts();
        for (const q of queries) {
          const text = q.which === 0 ? a : b;
          const pos = Math.floor(q.at * text.length);
          if (q.start) assert.equal(lineStartWithin(text, pos, q.max), naiveStart(text, pos, q.max));
          else assert.equal(lineEndWithin(text, pos, q.max), naiveEnd(text, pos, q.max));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('read a long line once as the lookups move along it', () => {
    // (A one-line text of 100 KB: 2,000 lookups 2 KB back each would read 4 MB; the known stretch
    // makes them find the same start, and a line break placed later is still found.)
    const line = 'x'.repeat(100_000);
    const text = `${line}\n${line}`;
    for (let pos = 3000; pos < 100_000; pos += 50) assert.equal(lineStartWithin(text, pos, 2048), pos - 2048);
    assert.equal(lineStartWithin(text, 100_500, 2048), 100_001);
    assert.equal(lineEndWithin(text, 99_000, 2048), 100_000);
  });
});
