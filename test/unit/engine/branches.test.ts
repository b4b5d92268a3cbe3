import assert from 'node:assert/strict';
import fc from 'fast-check';
import { branchOfGroup, topLevelBranches } from '../../../src/engine/scan/branches';

describe("a pattern's top-level alternatives (topLevelBranches, branchOfGroup)", () => {
  it('splits at top-level bars only, not inside groups, classes or escapes', () => {
    const source = String.raw`a(b|c)|[|(]\|(d)|(?:e|f)(?<=(g))`;
    assert.deepEqual(
      topLevelBranches(source).map((b) => [b.source, b.firstGroup, b.groups]),
      [
        ['a(b|c)', 1, 1],
        [String.raw`[|(]\|(d)`, 2, 1],
        ['(?:e|f)(?<=(g))', 3, 1],
      ],
    );
  });

  it('finds the branch of a group and renumbers the group within it', () => {
    assert.deepEqual(branchOfGroup('(x)(y)|z(?<=(w))', 3), { source: 'z(?<=(w))', group: 1 });
    assert.deepEqual(branchOfGroup('(x)(y)|z(?<=(w))', 2), { source: '(x)(y)', group: 2 });
    // one branch: the whole pattern is the twin
    assert.equal(branchOfGroup('(?:a|b)(c)', 1), undefined);
    // a back-reference or a named group would break if the branch stood alone
    assert.equal(branchOfGroup(String.raw`(a)|(b)\2`, 2), undefined);
    assert.equal(branchOfGroup('(a)|(?<n>b)', 2), undefined);
    // a lookbehind is no named group
    assert.deepEqual(branchOfGroup('(a)|(?<=x)(b)', 2), { source: '(?<=x)(b)', group: 1 });
  });

  it("reads the same group offset from the branch as from the whole pattern's indices", () => {
    // Alternatives with groups inside lookarounds, as the rules write them.
    const source = String.raw`(\d{3})-x|[A-Z](?<=(?:Dear|Hi) ([A-Z]))[a-z]+|@(?<=(?=([a-z]+@[a-z]+\.com))[a-z]+@)`;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Dear Ada', 'Hi Bo', 'ann@mail.com', '123-x', ' ', 'q', '@'), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const whole = new RegExp(source, 'gdu');
        for (const m of text.matchAll(whole)) {
          for (let g = 1; g <= 3; g++) {
            if (m[g] === undefined) continue;
            const branch = branchOfGroup(source, g);
            assert.ok(branch);
            const twin = new RegExp(branch.source, 'yud');
            twin.lastIndex = m.index;
            const again = twin.exec(text);
            assert.deepEqual(again?.indices?.[branch.group], m.indices?.[g]);
          }
        }
      }),
    );
  });
});
