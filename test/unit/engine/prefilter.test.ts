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
});
