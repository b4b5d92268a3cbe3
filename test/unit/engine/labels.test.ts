import assert from 'node:assert/strict';
import { isLabelled, labelRegex } from '../../../src/engine/rules/pii/_context';
import type { MatchContext } from '../../../src/engine/types';

/** The context of `value` as the first match of it in `text`. */
function at(text: string, value: string): MatchContext {
  const start = text.indexOf(value);
  assert.notEqual(start, -1);
  return { text, start, end: start + value.length, match: Object.assign([value], { index: start, input: text }) as RegExpExecArray, hasHint: () => false };
}

describe('labels before a value (isLabelled)', () => {
  const re = labelRegex(['mi cel', 'celular', 'direct']);

  it('finds a label that starts inside a longer word of another label', () => {
    // "mi cel" runs into "celular"; the label is "celular", which starts inside it.
    assert.equal(isLabelled(at('mi celular: 655 913 482', '655 913 482'), re), true);
  });

  it('takes a label followed by its value or a suffix', () => {
    assert.equal(isLabelled(at('mi cel 655 913 482', '655 913 482'), re), true);
    assert.equal(isLabelled(at('Celular: 655 913 482', '655 913 482'), re), true);
  });

  it('refuses a label word that starts a longer word', () => {
    assert.equal(isLabelled(at('call me directly at 655 913 482', '655 913 482'), re), false);
    assert.equal(isLabelled(at('mi celda 655 913 482', '655 913 482'), re), false);
  });
});
