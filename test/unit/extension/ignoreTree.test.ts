import assert from 'node:assert/strict';
import { IgnoreTree, isUnchanged, looksBinary } from '../../../src/extension/workspaceScan/ignoreTree';

describe('IgnoreTree', () => {
  const tree = new IgnoreTree([
    { dir: '', name: '.gitignore', content: 'node_modules/\nbuild/\n*.log\n' },
    { dir: '', name: '.prompthygieneignore', content: '# fixtures\nfixtures/\n!important.log\n' },
    { dir: 'packages/app', name: '.gitignore', content: 'generated/\n!keep.log\n' },
  ]);

  const cases: Array<[string, boolean]> = [
    ['node_modules/x/index.js', true],
    ['build/out.js', true],
    ['debug.log', true],
    ['important.log', false],
    ['fixtures/secret.txt', true],
    ['src/app.ts', false],
    ['packages/app/generated/a.ts', true],
    ['packages/app/keep.log', false],
    ['packages/app/other.log', true],
    ['packages/lib/generated/a.ts', false],
  ];
  for (const [path, ignored] of cases) {
    it(`${ignored ? 'ignores' : 'keeps'} ${path}`, () => assert.equal(tree.isIgnored(path), ignored));
  }

  it('ignores nothing without ignore files', () => {
    assert.equal(new IgnoreTree([]).isIgnored('anything/at/all.txt'), false);
  });
});

describe('looksBinary', () => {
  it('treats a NUL byte in the first 8 KB as binary', () => {
    assert.equal(looksBinary(new Uint8Array([0x50, 0x4e, 0x00, 0x47])), true);
    assert.equal(looksBinary(new TextEncoder().encode('plain text\n')), false);
  });

  it('looks no further than 8 KB', () => {
    const bytes = new Uint8Array(9000).fill(0x41);
    bytes[8500] = 0;
    assert.equal(looksBinary(bytes), false);
  });
});

describe('isUnchanged', () => {
  const stamp = { mtime: 10, size: 20, generation: 1 };
  it('skips a file only when mtime, size and settings generation all match', () => {
    assert.equal(isUnchanged({ ...stamp }, stamp), true);
    assert.equal(isUnchanged(undefined, stamp), false);
    assert.equal(isUnchanged({ ...stamp, mtime: 11 }, stamp), false);
    assert.equal(isUnchanged({ ...stamp, size: 21 }, stamp), false);
    assert.equal(isUnchanged({ ...stamp, generation: 0 }, stamp), false);
  });
});
