import assert from 'node:assert/strict';
import { requiredCodeUnit, requiredCodeUnits, capturesInLookaround, hasKeywordInEveryMatch, toPatternFacts, toPatternReach } from '../../../src/engine/scan/patternReach';
import { ALL_RULES } from '../../../src/engine/index';

describe('pattern reach', () => {
  it('bounds a match, its lookarounds and back-references', () => {
    assert.equal(toPatternReach(/abc/u), 3);
    assert.equal(toPatternReach(/a{2,5}b?/u), 6);
    // a class may match an astral character: two code units
    assert.equal(toPatternReach(/(?<![\w-])x[a-z]{4}(?![\w-])/u), 2 + 1 + 8 + 2);
    assert.equal(toPatternReach(/(["'])x{3}\1/u), 2 + 3 + 2);
    assert.equal(toPatternReach(/(?<q>a|bb)\k<q>/u), 4);
    assert.equal(toPatternReach(/\u0041\x41\u{1F600}/u), 6);
  });

  it('is unbounded for open quantifiers', () => {
    assert.equal(toPatternReach(/a+/u), Infinity);
    assert.equal(toPatternReach(/a*b/u), Infinity);
    assert.equal(toPatternReach(/a{2,}/u), Infinity);
  });

  it('is never below the longest match actually seen', () => {
    const cases: [RegExp, string][] = [
      [/(?:https?|ftp):\/\/[\w.]{1,20}(?::\d{1,5})?/gu, 'see https://example.org:8080 now'],
      [/[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}/gu, 'GB82 WEST 1234 5698 7654 32'],
    ];
    for (const [re, text] of cases) {
      for (const m of text.matchAll(re)) assert.ok(m[0].length <= toPatternReach(re), re.source);
    }
  });
});

describe('keyword in every match', () => {
  it('holds for a required literal run that contains a keyword', () => {
    assert.equal(hasKeywordInEveryMatch(/(?<![\w-])ghp_[A-Za-z0-9]{36}/u, ['ghp_']), true);
    assert.equal(hasKeywordInEveryMatch(/GHP_x/iu, ['ghp_']), true);
    assert.equal(hasKeywordInEveryMatch(/ab+c/u, ['ab']), true, 'b+ holds at least one b');
  });

  it('reads a class of one letter in both cases as that letter (keywords are found case-insensitively)', () => {
    assert.equal(hasKeywordInEveryMatch(/[Bb]asic[ \t]+\S+/u, ['basic']), true);
    assert.equal(hasKeywordInEveryMatch(/(?:BASIC|[Bb]asic)=/u, ['basic']), true);
    assert.equal(hasKeywordInEveryMatch(/[Bb]asic|[Bb]earer/u, ['basic']), false, 'the other branch holds none');
    assert.equal(hasKeywordInEveryMatch(/[BbPp]asic/u, ['basic']), false, 'two letters: either may stand there');
    assert.equal(hasKeywordInEveryMatch(/[Bb]?asic/u, ['basic']), false, 'an optional letter');
    assert.equal(hasKeywordInEveryMatch(/[Bb]+asic/u, ['basic']), false, 'a repeated letter ends the run (conservative)');
  });

  it('needs every branch of an alternation to hold one', () => {
    assert.equal(hasKeywordInEveryMatch(/(?:https?|ftps?|sftp|smtps?):\/\//u, ['http', 'ftp', 'smtp']), true);
    assert.equal(hasKeywordInEveryMatch(/(?:https?|ftps?|sftp|smtps?):\/\//u, ['http', 'smtp']), false);
  });

  it('is false when the keyword is optional, outside the match or split', () => {
    assert.equal(hasKeywordInEveryMatch(/(?:ghp_)?abc/u, ['ghp_']), false);
    assert.equal(hasKeywordInEveryMatch(/(?<=lob.{0,20})live_[a-f0-9]{35}/u, ['lob']), false);
    assert.equal(hasKeywordInEveryMatch(/(?:live|test)_[a-f0-9]{35}/u, ['lob']), false);
    assert.equal(hasKeywordInEveryMatch(/ab+c/u, ['abc']), false);
    assert.equal(hasKeywordInEveryMatch(/x/u, []), false);
  });
});

describe('groups captured in lookarounds', () => {
  it('tells groups inside lookarounds from plain ones', () => {
    assert.equal(capturesInLookaround(/@(?<=(?=(x))y)/u), true);
    assert.equal(capturesInLookaround(/(?<=(?<n>a))b/u), true);
    assert.equal(capturesInLookaround(/a(b)(?=c)/u), false);
    assert.equal(capturesInLookaround(/[(?=](x)/u), false, 'a bracket in a class opens nothing');
    assert.equal(capturesInLookaround(/(?:a(?=b))(c)/u), false);
  });

  it('names the groups captured inside lookarounds, by number and by name', () => {
    const facts = (re: RegExp): ReadonlySet<number | string> | 'all' =>
      toPatternFacts(re, [], { window: false, groups: true, maxReach: 100 }).lookaroundGroups;
    assert.deepEqual([...(facts(/(a)x(?<=(?=(b)).)|(?<=(?<n>c))d/u) as Set<number | string>)].sort(), [2, 3, 'n']);
    assert.deepEqual([...(facts(/(a)(b(?=c))/u) as Set<number | string>)], [], 'a group holding a lookaround is not inside one');
  });

  it('knows the groups that start where their match starts: one code unit read, then (?<=(?=(G)).)', () => {
    const starts = (re: RegExp): (number | string)[] => [...toPatternFacts(re, [], { window: false, groups: true, maxReach: 100 }).matchStartGroups];
    assert.deepEqual(starts(/x(y)|[A-Z](?<=Hi [A-Z])\b(?<=(?=([A-Z][a-z]+)).)/u), [2]);
    assert.deepEqual(starts(/[A-Z](?<=(?=(?<name>[A-Z][a-z]+)).)/u), [1, 'name']);
    // Not so: two code units read first, a class that may read a surrogate pair, a quantified
    // first atom, a lookahead whose group comes second, a negative lookbehind, a consuming term
    // before the lookbehind.
    assert.deepEqual(starts(/ab(?<=(?=(b[a-z]+)).)/u), []);
    assert.deepEqual(starts(/[\u{10400}-\u{1044f}](?<=(?=(\S+)).)/u), []);
    assert.deepEqual(starts(/[A-Z]+(?<=(?=([A-Z][a-z]+)).)/u), []);
    assert.deepEqual(starts(/[A-Z](?<=(?=x([a-z]+)).)/u), []);
    assert.deepEqual(starts(/[A-Z](?<!(?=([A-Z][a-z]+)).)/u), []);
    assert.deepEqual(starts(/[A-Z]a(?<=(?=([A-Z][a-z]+))..)/u), []);
  });

  it("finds each such group where a search with indices finds it, on the rules' examples", () => {
    let checked = 0;
    for (const rule of ALL_RULES) {
      if (rule.secretGroup === undefined) continue;
      const { matchStartGroups } = toPatternFacts(rule.pattern, rule.keywords, { window: false, groups: true, maxReach: 2000 });
      if (matchStartGroups.size === 0) continue;
      const indexed = new RegExp(rule.pattern.source, `${rule.pattern.flags}d`);
      for (const example of [...rule.examples.positive, ...rule.examples.negative]) {
        indexed.lastIndex = 0;
        for (let m = indexed.exec(example); m !== null; m = indexed.exec(example)) {
          for (const g of matchStartGroups) {
            const at: [number, number] | undefined = typeof g === 'number' ? m.indices?.[g] : m.indices?.groups?.[g];
            if (at === undefined) continue;
            assert.equal(at[0], m.index, `${rule.id} group ${g}`);
            checked++;
          }
          if (m[0].length === 0) indexed.lastIndex++;
        }
      }
    }
    assert.ok(checked >= 10, `${checked} groups checked`);
  });
});

describe('non-ASCII in every match', () => {
  it('holds for a required class or literal with no ASCII member, in every branch', () => {
    assert.equal(requiredCodeUnit(/[\u4e00-\u9fff]{2,4}/gu) !== undefined, true);
    assert.equal(requiredCodeUnit(/(?:비밀번호|パスワード)[ \t]*[:：=]/gu) !== undefined, true);
    assert.equal(requiredCodeUnit(/name:[ \t]*([\u3400-\u4dbf\u4e00-\u9fff]{2,4})/gu) !== undefined, true);
  });

  it('bounds the required code units from both sides: an Arabic rule needs no CJK text', () => {
    assert.deepEqual(requiredCodeUnits(/[\u0621-\u064a][\u0621-\u064a ]{2,40}/gu), [0x621, 0x64a]);
    // alternatives: the hull of their ranges
    assert.deepEqual(requiredCodeUnits(/(?:[\u0621-\u064a]|[\u3041-\u30ff])x/gu), [0x621, 0x30ff]);
    // the most demanding atom of a sequence gives the range
    assert.deepEqual(requiredCodeUnits(/é[\u4e00-\u9fff]/gu), [0x4e00, 0x9fff]);
    assert.equal(requiredCodeUnits(/(?:비밀번호|password)=/gu), undefined);
  });

  it('is false when a branch, an optional part or a negative lookaround holds it, or ASCII can match', () => {
    assert.equal(requiredCodeUnit(/(?:비밀번호|password)=/gu) !== undefined, false);
    assert.equal(requiredCodeUnit(/key(?:[\u4e00-\u9fff])?/gu) !== undefined, false);
    assert.equal(requiredCodeUnit(/(?<![\u4e00-\u9fff])\d{6}/gu) !== undefined, false);
    assert.equal(requiredCodeUnit(/\d{6}(?![\u4e00-\u9fff])/gu) !== undefined, false);
    assert.equal(requiredCodeUnit(/[\u4e00-\u9fffA-Z]{2}/gu) !== undefined, false);
    assert.equal(requiredCodeUnit(/[^a-z]{2}/gu) !== undefined, false);
  });

  it('names the lowest code unit every match reaches: the highest required atom of a branch, the lowest branch', () => {
    assert.equal(requiredCodeUnit(/[\u4e00-\u9fff]{2,4}/gu), 0x4e00);
    // パスワード: ー (U+30FC) is the highest of its letters; 비밀번호 starts at U+BE44
    assert.equal(requiredCodeUnit(/(?:비밀번호|パスワード)[ \t]*[:：=]/gu), 0x30fc);
    assert.equal(requiredCodeUnit(/name:[ \t]*([\u3400-\u4dbf\u4e00-\u9fff]{2,4})/gu), 0x3400);
    assert.equal(requiredCodeUnit(/[\u00e9\u4e00]x/gu), 0xe9);
    // a positive lookaround's body is text beside the match: the text holds what it requires
    assert.equal(requiredCodeUnit(/(?<=[\u4e00-\u9fff])\d{6}/gu), 0x4e00);
    assert.equal(requiredCodeUnit(/\n\d{6}(?=,[\uac00-\ud7a3])/gu), 0xac00);
    assert.equal(requiredCodeUnit(/\d{6}(?=,[\uac00-\ud7a3]|;)/gu), undefined);
    // beyond the BMP: a text holds the high surrogate
    assert.equal(requiredCodeUnit(/\u{1F511}/gu), 0xd800);
    assert.equal(requiredCodeUnit(/(?:비밀번호|password)=/gu), undefined);
    assert.equal(requiredCodeUnit(/[^a-z]{2}/gu), undefined);
  });

  it('is false for case-insensitive patterns, where some non-ASCII letters match ASCII ones', () => {
    // Under iu, ſ (U+017F) matches s and K (U+212A) matches k.
    assert.equal(requiredCodeUnit(/ſecret/iu) !== undefined, false);
    assert.ok(/ſ/iu.test('s'));
  });
});
