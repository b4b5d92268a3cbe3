import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeywordAutomaton } from '../../../src/engine/scan/prefilter';

function hitsOf(keywords: string[], text: string): string[] {
  const a = new KeywordAutomaton(keywords);
  const hits = new Uint8Array(keywords.length);
  a.find(text, hits);
  return keywords.filter((_k, i) => hits[i] === 1);
}

describe('keyword prefilter (Aho-Corasick)', () => {
  it('finds keywords case-insensitively, including overlapping ones', () => {
    assert.deepEqual(hitsOf(['xoxb-', 'ghp_', 'hp_a', 'token'], 'const T = "GHP_abc"; // XOXB-1'), ['xoxb-', 'ghp_', 'hp_a']);
  });

  it('finds a keyword that is a suffix of another keyword (failure links)', () => {
    assert.deepEqual(hitsOf(['password', 'word', 'sword'], 'my passwor sword'), ['word', 'sword']);
  });

  it('ignores non-ASCII text without false hits', () => {
    assert.deepEqual(hitsOf(['key'], 'ключ 鍵 kéy'), []);
  });

  it('rejects non-ASCII keywords at construction', () => {
    assert.throws(() => new KeywordAutomaton(['clé']), /ASCII/u);
  });

  it('agrees with a naive lower-cased includes() on random inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z_-]{1,5}$/u), { minLength: 1, maxLength: 8 }),
        fc.string({ maxLength: 200 }),
        (kws, text) => {
          const keywords = [...new Set(kws)];
          const expected = keywords.filter((k) => text.toLowerCase().includes(k));
          // toLowerCase also folds non-ASCII; the automaton folds ASCII only, so compare on ASCII text.
          if (/[^\x00-\x7f]/u.test(text)) return true;
          assert.deepEqual(hitsOf(keywords, text), expected);
          return true;
        },
      ),
    );
  });

  it('records every occurrence once, also on long texts read as two streams', () => {
    // From 4 KB on, the automaton reads both halves at once; an occurrence across the middle must
    // be found once, by exactly one of them.
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-c]{1,6}$/u), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'x', '\n', 'é'), { minLength: 4096, maxLength: 6000 }),
        (kws, chars) => {
          const keywords = [...new Set(kws)];
          const text = chars.join('');
          const a = new KeywordAutomaton(keywords);
          const hits = new Uint8Array(keywords.length);
          const positions = keywords.map(() => [] as number[]);
          a.find(text, hits, positions);
          const lower = text.toLowerCase();
          keywords.forEach((k, i) => {
            const expected: number[] = [];
            for (let at = lower.indexOf(k); at !== -1 && expected.length < 5000; at = lower.indexOf(k, at + 1)) expected.push(at + k.length);
            const got = [...(positions[i] as number[])].sort((x, y) => x - y);
            if (expected.length < 5000) assert.deepEqual(got, expected, k);
            assert.equal(hits[i], expected.length > 0 ? 1 : 0);
          });
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});
