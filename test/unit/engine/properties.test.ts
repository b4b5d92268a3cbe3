import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALL_RULES, redact, scan } from '../../../src/engine/index';
import type { Rule } from '../../../src/engine/index';

// Strings mixing arbitrary text with fragments of the rules' own positive examples, so the
// properties are exercised on texts that do contain findings.
const fragments = ALL_RULES.flatMap((r) => r.examples.positive).slice(0, 400);
const textWithSecrets = fc
  .array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...(fragments.length > 0 ? fragments : ['x'])), fc.constantFrom('\n', ' ', '"', '=')), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/**
 * Texts of the rules' examples, other `pieces` and long stretches of `filler` (which make the scanner
 * use its views of the text) are scanned alike by `rules` and by `whole`, the same rules without
 * their view's promise.
 */
function assertViewsAgree(rules: Rule[], whole: Rule[], fragments: string[], pieces: fc.Arbitrary<string>[], filler: string, numRuns: number): void {
  const text = fc
    .array(fc.oneof(fc.constantFrom(...fragments), ...pieces, { arbitrary: fc.constant(filler.repeat(12)), weight: 3 }), { maxLength: 16 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(text, (t) => {
      assert.deepEqual(scan(t, { rules }), scan(t, { rules: whole }));
    }),
    { numRuns },
  );
}

describe('engine properties', () => {
  it('never throws and keeps offsets in range, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), textWithSecrets), (text) => {
        for (const f of scan(text)) {
          assert.ok(f.range.start >= 0 && f.range.start < f.range.end && f.range.end <= text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same with and without the near-script view', () => {
    // The CJK rules promise (Rule.nearScript) that they only match near their script's code units;
    // long ASCII stretches make the scanner use that view. Scanning the whole text must agree.
    const scripted = ALL_RULES.filter((r) => r.nearScript);
    assert.ok(scripted.length >= 3);
    const whole = scripted.map((r) => ({ ...r, nearScript: undefined }));
    const fragments = scripted.flatMap((r) => r.examples.positive);
    const pieces = [fc.constantFrom('\n', ' ', ',', ':', '"name": "', '住所：', '이름: ', '氏名,', '|', '\t'), fc.stringMatching(/^[가-힣一-龥ぁ-ゖ0-9 ]{1,12}$/u)];
    assertViewsAgree(scripted, whole, fragments, pieces, ' and some plain ascii words around them', 300);
  });

  it('finds the same with and without the near-digits view', () => {
    // The numeric rules promise (Rule.nearDigits) that they only match near digit runs; long
    // digit-free stretches make the scanner use that view. Scanning the whole text must agree.
    const numeric = ALL_RULES.filter((r) => r.nearDigits);
    const whole = numeric.map((r) => ({ ...r, nearDigits: false }));
    const numericFragments = numeric.flatMap((r) => r.examples.positive);
    const pieces = [fc.stringMatching(/^[0-9 .\-/+A-Z]{1,30}$/u), fc.constantFrom('\n', ' ', '-', '.', ':', 'SSN ', 'IBAN ')];
    assertViewsAgree(numeric, whole, numericFragments, pieces, ' and some words without any digit', 400);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(textWithSecrets, (text) => {
        assert.deepEqual(scan(text), scan(text));
      }),
      { numRuns: 200 },
    );
  });

  it('redaction removes every finding’s value', () => {
    fc.assert(
      fc.property(textWithSecrets, fc.constantFrom('placeholder', 'mask', 'pseudonym', 'env'), (text, strategy) => {
        const found = scan(text);
        const out = redact(text, found, strategy as 'placeholder').text;
        // Every found occurrence is gone; the same value elsewhere (not a finding there) may stay.
        const count = (hay: string, needle: string): number => hay.split(needle).length - 1;
        for (const f of found) {
          const value = text.slice(f.range.start, f.range.end);
          if (value.length < 6) continue;
          const foundHere = found.filter((g) => text.slice(g.range.start, g.range.end) === value).length;
          assert.ok(count(out, value) <= count(text, value) - foundHere, `${f.ruleId} value survived ${strategy}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns findings sorted and non-overlapping', () => {
    fc.assert(
      fc.property(textWithSecrets, (text) => {
        const found = scan(text);
        for (let i = 1; i < found.length; i++) {
          assert.ok((found[i - 1]?.range.end ?? 0) <= (found[i]?.range.start ?? 0));
        }
      }),
      { numRuns: 200 },
    );
  });
});
