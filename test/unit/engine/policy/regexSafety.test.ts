import * as assert from 'node:assert/strict';
import { checkCustomRegex } from '../../../../src/engine/index';

/** The reason a pattern is rejected, or fails the test when it is accepted. */
function rejection(source: string, flags = ''): string {
  const r = checkCustomRegex(source, flags);
  assert.equal(r.ok, false, `expected /${source}/${flags} to be rejected`);
  return r.ok ? '' : r.reason;
}

describe('custom regex safety', () => {
  describe('accepts ordinary patterns', () => {
    const SAFE: [string, string][] = [
      ['acme_[a-z0-9]{32}', ''],
      ['(?<![\\w-])ACME-[A-Z0-9]{8}(?![\\w-])', 'i'],
      ['\\bEMP\\d{6}\\b', ''],
      ['(?:[a-f0-9]{2}:){5}[a-f0-9]{2}', ''],
      ['(?:ab|cd){1,8}x', ''],
      ['[\\w.+-]{1,64}@acme\\.corp', 'i'],
      ['\\p{Lu}{3}-\\d{4}', ''],
      ['(?<key>tok)_[0-9]{6}', 'ms'],
    ];
    for (const [source, flags] of SAFE) {
      it(`/${source}/${flags}`, () => {
        const r = checkCustomRegex(source, flags);
        assert.equal(r.ok, true, r.ok ? '' : r.reason);
      });
    }
  });

  it('compiles accepted patterns with the g and u flags added', () => {
    const r = checkCustomRegex('abc[0-9]', 'i');
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.regex.flags, 'giu');
  });

  it('rejects invalid syntax with the engine message', () => {
    assert.match(rejection('acme_('), /^Invalid regular expression: .*Unterminated group/u);
    assert.match(rejection('a{2,1}'), /^Invalid regular expression/u);
  });

  it('rejects flags other than g, i, m, s and u', () => {
    assert.match(rejection('abc', 'y'), /Flag "y" is not allowed/u);
    assert.match(rejection('abc', 'd'), /Flag "d" is not allowed/u);
    assert.match(rejection('abc', 'v'), /Flag "v" is not allowed/u);
    assert.match(rejection('abc', 'ii'), /repeated/u);
  });

  it('rejects nested unbounded quantifiers', () => {
    for (const source of ['(a+)+$', '(a*)*b', '(.*)*', '(?:x+x+)+y', '((ab)+c)*', '(\\w+\\s?)+$']) {
      assert.match(rejection(source), /nested quantifiers/u, source);
    }
  });

  it('rejects a group with an unbounded body repeated a bounded number of times', () => {
    assert.match(rejection('(.*a){20}'), /nested quantifiers/u);
  });

  it('rejects repeated alternatives that can start with the same character', () => {
    for (const source of ['(a|a)*b', '(a|ab)+c', '(\\d|[0-9a-f])+x']) {
      assert.match(rejection(source), /alternatives/u, source);
    }
    assert.match(rejection('(?:x|X)+y', 'i'), /alternatives/u, 'case-insensitive alternatives overlap');
    assert.doesNotMatch(rejection('(?:x|X){2,}y'), /alternatives/u, 'case-sensitive ones do not overlap');
  });

  it('rejects repeated groups that can match nothing', () => {
    assert.match(rejection('x(a?)+y'), /can match the empty string/u);
  });

  it('rejects backreferences', () => {
    assert.match(rejection('(\\w)\\1'), /Backreferences/u);
    assert.match(rejection('(?<q>["\'])x\\k<q>'), /Backreferences/u);
  });

  it('rejects patterns that can match the empty string', () => {
    assert.match(rejection('a*'), /empty string/u);
    assert.match(rejection('(?=abc)'), /empty string/u);
    assert.match(rejection('x|'), /empty string/u);
  });

  it('allows an empty match when asked to (allowlist regexes)', () => {
    assert.equal(checkCustomRegex('^(?:DUMMY)?', '', { rejectEmptyMatch: false }).ok, true);
  });

  it('rejects polynomial backtracking the structural check misses, by running adversarial input', () => {
    // Four adjacent overlapping quantifiers: no nesting, but O(n^4) on a run of digits.
    assert.match(rejection('\\d+\\d+\\d+\\d+x'), /took more than \d+ ms/u);
  });

  it('rejects an unbounded run before a literal, which is quadratic under a global scan', () => {
    assert.match(rejection('[^\\s]+@corp\\.example'), /took more than/u);
  });

  it('reaches the repeated part behind a literal prefix when building adversarial input', () => {
    // Exponential only after "x": inputs of bare digits would fail fast and miss it.
    assert.match(rejection('x(\\d{1,64})+$'), /took more than \d+ ms/u);
  });

  it('memoizes results, so the same pattern gets the same answer', () => {
    assert.equal(checkCustomRegex('acme_[a-z]{4}', ''), checkCustomRegex('acme_[a-z]{4}', ''));
  });

  it('never throws on odd sources', () => {
    for (const source of ['\\', '[', '(?<', '\\u{110000}', '\\k', '(?<=a)b', '[\\b]', '[^]x', '\\cJ', '\\x4', '\\p{Nope}']) {
      const r = checkCustomRegex(source, '');
      assert.equal(typeof r.ok, 'boolean', source);
    }
  });
});
