import * as assert from 'node:assert/strict';
import { addDays, toConsentSummary, toIsoDay, toProviderLabel } from '../../../../src/engine/index';
import type { Policy, PolicyIssue } from '../../../../src/engine/index';
import { MINIMAL, provider } from './helpers';

const TODAY = '2025-03-01';
const policy = (providers: Record<string, unknown>[], patch: Partial<Policy> = {}): Policy =>
  ({ ...MINIMAL, reviewedOn: '2025-02-01', reviewEveryDays: 90, providers, ...patch }) as Policy;

describe('toConsentSummary', () => {
  it('is training-off when every allowed provider is opted out or exempt', () => {
    const s = toConsentSummary(policy([provider({ trainingConsent: 'exempt', retentionDays: 30 }), provider({ id: 'openai', trainingConsent: 'opted-out', retentionDays: 7 })]), TODAY);
    assert.equal(s.state, 'training-off');
    assert.equal(s.allowedCount, 2);
    assert.equal(s.shortestRetentionDays, 7);
    assert.equal(s.longestRetentionDays, 30);
  });

  it('is training-on when an allowed provider is opted in, naming it', () => {
    const s = toConsentSummary(policy([provider({ tier: 'consumer', trainingConsent: 'opted-in' }), provider({ id: 'openai', trainingConsent: 'unknown' })]), TODAY);
    assert.equal(s.state, 'training-on');
    assert.deepEqual(s.trainingOn.map((p) => p.label), ['Claude consumer']);
    assert.deepEqual(s.unknown.map((p) => p.label), ['ChatGPT Team']);
  });

  it('ignores providers that are not allowed', () => {
    const s = toConsentSummary(policy([provider({ trainingConsent: 'opted-in', allowed: false, retentionDays: 1825 }), provider()]), TODAY);
    assert.equal(s.state, 'training-off');
    assert.equal(s.providers.length, 2, 'the table still lists them');
    assert.equal(s.longestRetentionDays, 30);
  });

  it('is unknown when an allowed provider is not verified', () => {
    assert.equal(toConsentSummary(policy([provider({ trainingConsent: 'unknown' })]), TODAY).state, 'unknown');
  });

  it('is review-overdue when the review date has passed and training is off', () => {
    const s = toConsentSummary(policy([provider()], { reviewedOn: '2024-01-01', reviewEveryDays: 30 }), TODAY);
    assert.equal(s.state, 'review-overdue');
    assert.equal(s.reviewDueOn, '2024-01-31');
    assert.equal(s.reviewOverdue, true);
  });

  it('is not overdue on the due date itself', () => {
    const s = toConsentSummary(policy([provider()], { reviewedOn: '2025-01-30', reviewEveryDays: 30 }), TODAY);
    assert.equal(s.reviewDueOn, TODAY);
    assert.equal(s.state, 'training-off');
  });

  it('lets training-on win over an overdue review, but still flags the review', () => {
    const s = toConsentSummary(policy([provider({ trainingConsent: 'opted-in' })], { reviewedOn: '2020-01-01' }), TODAY);
    assert.equal(s.state, 'training-on');
    assert.equal(s.reviewOverdue, true);
  });

  it('uses the default review interval of 90 days', () => {
    const s = toConsentSummary({ ...MINIMAL, reviewedOn: '2025-01-01' }, TODAY);
    assert.equal(s.reviewDueOn, '2025-04-01');
  });

  it('leaves the longest retention undefined when any allowed provider retention is unknown', () => {
    const s = toConsentSummary(policy([provider({ retentionDays: 30 }), provider({ id: 'openai', retentionDays: null })]), TODAY);
    assert.equal(s.longestRetentionDays, undefined);
    assert.equal(s.shortestRetentionDays, 30);
  });

  it('marks verification stale when missing or older than the review interval', () => {
    const s = toConsentSummary(policy([provider({ verifiedOn: '2025-02-15' }), provider({ id: 'openai', verifiedOn: '2024-01-01' }), provider({ id: 'google' })]), TODAY);
    assert.deepEqual(s.providers.map((p) => p.verificationStale), [false, true, true]);
  });

  it('is no-policy without a policy', () => {
    assert.equal(toConsentSummary(undefined, TODAY).state, 'no-policy');
    assert.equal(toConsentSummary({ kind: 'none' }, TODAY).state, 'no-policy');
  });

  it('is invalid for an invalid policy, carrying its issues', () => {
    const issues = [{ message: 'x', severity: 'error' }] as unknown as PolicyIssue[];
    const s = toConsentSummary({ kind: 'invalid', issues }, TODAY);
    assert.equal(s.state, 'invalid');
    assert.equal(s.issues, issues);
  });

  it('is untrusted in an untrusted workspace', () => {
    assert.equal(toConsentSummary({ kind: 'untrusted' }, TODAY).state, 'untrusted');
  });

  it('takes a Date and uses its local calendar day', () => {
    assert.equal(toIsoDay(new Date(2025, 0, 5, 23, 30)), '2025-01-05');
    assert.equal(toConsentSummary(policy([provider()]), new Date(2025, 2, 1)).state, 'training-off');
  });

  it('adds days across month and leap-year boundaries', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2025-03-01', -1), '2025-02-28');
  });

  it('labels providers with their tier, once', () => {
    assert.equal(toProviderLabel({ id: 'anthropic', displayName: 'Claude', tier: 'consumer' }), 'Claude consumer');
    assert.equal(toProviderLabel({ id: 'openai', displayName: 'ChatGPT Enterprise', tier: 'enterprise' }), 'ChatGPT Enterprise');
    assert.equal(toProviderLabel({ id: 'openai', displayName: 'OpenAI', tier: 'api' }), 'OpenAI API');
    assert.equal(toProviderLabel({ id: 'local', displayName: 'Local model', tier: 'enterprise' }), 'Local model');
  });
});
