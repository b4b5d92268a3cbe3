import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALL_RULES, scan } from '../../../src/engine/index';
import { defineRule } from '../../../src/engine/rules/defineRule';
import { foldedTest, toCaseExpanded } from '../../../src/engine/scan/caseExpand';

/** Every match (offset, text, groups) of a global pattern. */
function matchesOf(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(JSON.stringify([m.index, ...m]));
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The text with the case of some ASCII letters flipped (seeded). */
function flipCase(text: string, seed: number): string {
  let x = seed;
  return text.replace(/[A-Za-z]/gu, (c) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % 3 === 0 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
  });
}

describe('case-expanded patterns (iu rules without i)', () => {
  const iuRules = ALL_RULES.filter((r) => r.pattern.flags.includes('i') && r.pattern.flags.includes('u'));

  it('covers the built-in case-insensitive rules', () => {
    assert.ok(iuRules.length >= 30);
    const missing = iuRules.filter((r) => toCaseExpanded(r.pattern.source) === undefined).map((r) => r.id);
    assert.deepEqual(missing, []);
  });

  for (const rule of iuRules) {
    it(`${rule.id}: matches exactly what the rule's own pattern matches`, () => {
      const original = new RegExp(rule.pattern.source, rule.pattern.flags);
      const expanded = new RegExp(toCaseExpanded(rule.pattern.source) as string, rule.pattern.flags.replace('i', ''));
      const examples = [...rule.examples.positive, ...rule.examples.negative];
      for (const example of examples) {
        for (const text of [example, example.toUpperCase(), example.toLowerCase(), flipCase(example, 7), flipCase(example, 8)]) {
          assert.deepEqual(matchesOf(expanded, text), matchesOf(original, text));
        }
      }
      // Random mixes of the examples' own characters, case flipped.
      const chars = [...new Set(examples.join('').split(''))];
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.constantFrom(...chars), fc.constantFrom(...examples)), { maxLength: 30 }), fc.nat(), (parts, seed) => {
          const text = flipCase(parts.join(''), seed);
          assert.deepEqual(matchesOf(expanded, text), matchesOf(original, text));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('expands letters and letter ranges, and refuses what it cannot carry over', () => {
    assert.equal(toCaseExpanded('(?:mailjet|\\bmj)[a-f0-9]'), '(?:[mM][aA][iI][lL][jJ][eE][tT]|\\b[mM][jJ])[a-f0-9A-F]');
    assert.equal(toCaseExpanded('[^a-z]x'), '[^a-zA-Z][xX]');
    assert.equal(toCaseExpanded('(?<q>["\'])v\\k<q>'), '(?<q>["\'])[vV]\\k<q>', 'a back-reference to quotes is exact');
    assert.equal(toCaseExpanded('(x)\\1'), undefined, 'a back-reference to letters compares without case under i');
    assert.equal(toCaseExpanded('café'), undefined);
    assert.equal(toCaseExpanded('\\p{Lu}'), undefined);
    assert.equal(toCaseExpanded('\\x41'), undefined);
  });

  it('scans with the rule\'s own pattern when a text holds a character that i folds onto ASCII', () => {
    // Under iu, K (U+212A KELVIN SIGN) matches k; the expanded pattern alone would miss it.
    const rule = defineRule({
      id: 'test-kelvin',
      category: 'secret',
      description: 'case-insensitive test rule',
      keywords: ['elvin-'],
      pattern: /kelvin-[0-9]{6}/giu,
      validate: () => true,
      references: ['https://example.org'],
      examples: { positive: [], negative: [] },
    });
    const found = (text: string): string[] => scan(text, { rules: [rule], filters: false }).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found('id KELVIN-418293 and kelvin-552817'), ['KELVIN-418293', 'kelvin-552817']);
    assert.deepEqual(found('id \u212Aelvin-418293'), ['\u212Aelvin-418293']);
  });
});

describe('case-expanded testers for helper patterns (foldedTest)', () => {
  it('answers as the iu pattern does, ſ and K included', () => {
    const patterns = [/hash|commit(?!ted|ment|tee)|\brev(?:ision)?\b|md5/iu, /[|^](?:TEST|ZZ\w*|DOE)\w*[|^]/iu, /your[-_ ]?(?:api[-_ ]?)?key|…|x{4}/iu];
    const piece = fc.constantFrom('hash', 'HASH', 'Commit', 'committed', 'commitment', 'rev', 'REVISION', 'prev', 'md5', 'MD5', '|doe^', '|Test|', '^zz9|', 'your_key', 'YOUR-API-KEY', '…', 'xXxX', '\u017F', '\u212A', 'ha\u017Fh', ' ', '_', 'é');
    for (const re of patterns) {
      const folded = foldedTest(re);
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const s = pieces.join('');
          assert.equal(folded(s), re.test(s), JSON.stringify(s));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('refuses a pattern it cannot expand or whose state it would split', () => {
    assert.throws(() => foldedTest(/café/iu), /can't expand/u);
    assert.throws(() => foldedTest(/hash/giu), /without g or y/u);
    assert.throws(() => foldedTest(/hash/u), /iu pattern/u);
  });
});
