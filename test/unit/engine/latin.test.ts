import assert from 'node:assert/strict';
import { ALNUM, LOWER, UPPER } from '../../../src/engine/rules/pii/_latin';

describe('Latin character classes', () => {
  it('ALNUM is exactly UPPER, LOWER and the ASCII digits, written compactly', () => {
    const compact = new RegExp(`^[${ALNUM}]$`, 'u');
    const spelled = new RegExp(`^[${UPPER}${LOWER}0-9]$`, 'u');
    for (let cp = 0; cp <= 0x2ff; cp++) {
      const ch = String.fromCodePoint(cp);
      assert.equal(compact.test(ch), spelled.test(ch), `U+${cp.toString(16).padStart(4, '0')}`);
    }
  });
});
