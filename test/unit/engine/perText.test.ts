import assert from 'node:assert/strict';
import { forgetTexts, perText } from '../../../src/engine/scan/perText';
import { scan } from '../../../src/engine/index';

describe('perText', () => {
  it('computes once per text, and again after the texts are forgotten', () => {
    let calls = 0;
    const length = perText((text) => {
      calls++;
      return text.length;
    });
    assert.equal(length('abc'), 3);
    assert.equal(length('abc'), 3);
    assert.equal(calls, 1);
    forgetTexts();
    assert.equal(length('abc'), 3);
    assert.equal(calls, 2);
  });

  it('forgets every text when a scan ends, so no cache keeps a scanned text alive', () => {
    let calls = 0;
    const seen = perText(() => ++calls);
    const text = 'id,name\n1,Anna Berg\n';
    seen(text);
    scan(text);
    seen(text);
    assert.equal(calls, 2, 'the scan ended: the cache should have dropped the text it held');
  });
});
