import assert from 'node:assert/strict';
import { centuryOfSexDigit, hasDateAt } from '../../../src/engine/rules/pii/_dates';

describe('birth dates inside ids (_dates)', () => {
  it('reads the six digits at the offset in the order given', () => {
    // 29 February exists in 2000 but not in 1900.
    assert.equal(hasDateAt('X000229', 1, 'YYMMDD', [2000]), true);
    assert.equal(hasDateAt('X000229', 1, 'YYMMDD', [1900]), false);
    assert.equal(hasDateAt('X000229', 1, 'YYMMDD', [1900, 2000]), true);
    assert.equal(hasDateAt('290200', 0, 'DDMMYY', [2000]), true);
    assert.equal(hasDateAt('290200', 0, 'YYMMDD', [2000]), false);
  });

  it('refuses months and days that do not exist, and an empty century list', () => {
    assert.equal(hasDateAt('851301', 0, 'YYMMDD', [1900]), false);
    assert.equal(hasDateAt('850431', 0, 'YYMMDD', [1900]), false);
    assert.equal(hasDateAt('850430', 0, 'YYMMDD', [1900]), true);
    assert.equal(hasDateAt('850430', 0, 'YYMMDD', []), false);
  });

  it('gives the century of a sex-and-century digit, none for other digits', () => {
    assert.deepEqual(centuryOfSexDigit('2'), [1800]);
    assert.deepEqual(centuryOfSexDigit('3'), [1900]);
    assert.deepEqual(centuryOfSexDigit('6'), [2000]);
    assert.deepEqual(centuryOfSexDigit('0'), []);
    assert.deepEqual(centuryOfSexDigit('7'), []);
    assert.deepEqual(centuryOfSexDigit(undefined), []);
  });
});
