import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CHILD_V8_FLAG, childEnv, shouldRespawn } from '../../../src/cli/respawn';
import { put, removeTempDirs, tempDir } from './helpers';

describe('respawn (folder scans in a child with a small young generation)', () => {
  after(removeTempDirs);
  let dir = '';
  let file = '';
  before(() => {
    dir = tempDir();
    put(dir, 'a.txt', 'hello\n');
    file = join(dir, 'a.txt');
  });

  it('re-runs a folder scan on a multi-core machine', () => {
    assert.equal(shouldRespawn(['scan', dir], {}, [], 2), true);
    assert.equal(shouldRespawn(['scan', '--format', 'jsonl', dir], {}, [], 8), true);
    assert.match(CHILD_V8_FLAG, /^--max-semi-space-size=\d+$/u);
  });

  it('runs the child with one malloc arena and a fixed mmap threshold unless the user chose values, marked as the child', () => {
    const env = childEnv({ PATH: '/usr/bin' });
    assert.equal(env.MALLOC_ARENA_MAX, '1');
    assert.equal(env.MALLOC_MMAP_THRESHOLD_, '131072');
    assert.equal(childEnv({ MALLOC_MMAP_THRESHOLD_: '65536' }).MALLOC_MMAP_THRESHOLD_, '65536');
    assert.equal(env.PROMPT_HYGIENE_CHILD, '1');
    assert.equal(env.PATH, '/usr/bin');
    assert.equal(childEnv({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX, '4');
  });

  it('keeps files, stdin, other commands and one-core machines in this process', () => {
    assert.equal(shouldRespawn(['scan', file], {}, [], 2), false);
    assert.equal(shouldRespawn(['scan', '-'], {}, [], 2), false);
    assert.equal(shouldRespawn(['redact', dir], {}, [], 2), false);
    assert.equal(shouldRespawn(['scan', dir], {}, [], 1), false);
  });

  it('never re-runs the child, and obeys PROMPT_HYGIENE_NO_RESPAWN and the user’s own heap flags', () => {
    assert.equal(shouldRespawn(['scan', dir], { PROMPT_HYGIENE_CHILD: '1' }, [], 2), false);
    assert.equal(shouldRespawn(['scan', dir], { PROMPT_HYGIENE_NO_RESPAWN: '1' }, [], 2), false);
    assert.equal(shouldRespawn(['scan', dir], {}, ['--max-semi-space-size=8'], 2), false);
    assert.equal(shouldRespawn(['scan', dir], {}, ['--max-old-space-size=4096'], 2), false);
  });
});
