import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../../../../src/engine/index';
import { REPO_ROOT } from './helpers';

const DIR = join(REPO_ROOT, 'test/fixtures/policies');

interface Expected {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly path: string;
}

describe('policy fixtures', () => {
  for (const file of readdirSync(join(DIR, 'valid'))) {
    it(`accepts valid/${file}`, () => {
      const r = parsePolicy(readFileSync(join(DIR, 'valid', file), 'utf8'));
      assert.equal(r.ok, true, r.ok ? '' : r.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n'));
    });
  }

  for (const file of readdirSync(join(DIR, 'invalid')).filter((f) => !f.endsWith('.expected.json'))) {
    it(`rejects invalid/${file} with the expected issues at the expected positions`, () => {
      const r = parsePolicy(readFileSync(join(DIR, 'invalid', file), 'utf8'));
      const expected = JSON.parse(readFileSync(join(DIR, 'invalid', file.replace(/\.json$/u, '.expected.json')), 'utf8')) as Expected[];
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.deepEqual(
        r.issues.map((i) => ({ line: i.line, column: i.column, code: i.code, path: i.path })),
        expected,
      );
    });
  }

  it('has a valid fixture for every consent state a policy file can produce', () => {
    const names = readdirSync(join(DIR, 'valid'));
    for (const n of ['training-off.json', 'training-on.json', 'unknown.json', 'review-overdue.json']) assert.ok(names.includes(n), n);
  });
});
