import assert from 'node:assert/strict';
import { scan } from '../../../src/engine/index';
import { toSampleText } from '../../../src/extension/sampleText';

describe('walkthrough sample document', () => {
  const text = toSampleText();
  const found = scan(text);

  it('holds a secret and personal data that the engine reports', () => {
    assert.ok(found.some((f) => f.category === 'secret' && f.ruleId === 'slack-bot-token'), found.map((f) => f.ruleId).join(','));
    assert.ok(found.some((f) => f.ruleId === 'stripe-live-secret-key'));
    assert.ok(found.some((f) => f.category === 'pii' && f.ruleId === 'email-address'));
  });

  it('does not report the environment reference', () => {
    const line = text.split('\n').findIndex((l) => l.includes('process.env.WEBHOOK_SECRET'));
    const start = text.split('\n').slice(0, line).join('\n').length;
    assert.ok(!found.some((f) => f.range.start >= start && f.range.start < start + 60));
  });

  it('is the same on every run (values come from fixed seeds)', () => {
    assert.equal(toSampleText(), text);
  });
});
