import * as assert from 'node:assert/strict';
import { OPT_OUT_GUIDES, PROVIDER_TEMPLATES, TEMPLATE_KEYS, parsePolicy, toConsentSummary, toStarterPolicy } from '../../../../src/engine/index';

describe('starter policy', () => {
  it('parses as a valid policy with no warnings', () => {
    const r = parsePolicy(toStarterPolicy({ today: '2025-05-01' }));
    assert.equal(r.ok, true, r.ok ? '' : r.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n'));
    if (r.ok) assert.deepEqual(r.warnings, []);
  });

  it('includes every template by default, in order', () => {
    const r = parsePolicy(toStarterPolicy({ today: '2025-05-01' }));
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(
      r.policy.providers?.map((p) => `${p.id}/${p.tier}`),
      PROVIDER_TEMPLATES.map((t) => `${t.provider.id}/${t.provider.tier}`),
    );
  });

  it('covers the assistants and tiers teams commonly use', () => {
    for (const key of ['claude-consumer', 'claude-team', 'claude-enterprise', 'claude-api', 'chatgpt-consumer', 'chatgpt-team', 'chatgpt-enterprise', 'openai-api', 'copilot-individual', 'copilot-business', 'copilot-enterprise', 'gemini-consumer', 'gemini-workspace', 'local']) {
      assert.ok(TEMPLATE_KEYS.includes(key), key);
    }
  });

  it('starts every cloud provider as unknown until someone verifies it', () => {
    for (const t of PROVIDER_TEMPLATES) {
      if (t.provider.id === 'local') assert.equal(t.provider.trainingConsent, 'exempt');
      else assert.equal(t.provider.trainingConsent, 'unknown', t.key);
    }
  });

  it('does not allow consumer tiers by default', () => {
    for (const t of PROVIDER_TEMPLATES.filter((x) => x.provider.tier === 'consumer')) assert.equal(t.provider.allowed, false, t.key);
  });

  it('writes the documented defaults and opt-out locations as comments', () => {
    const text = toStarterPolicy({ templates: ['claude-consumer', 'chatgpt-consumer'] });
    assert.match(text, /\/\/ .*up to 5 years when training is allowed/u);
    assert.match(text, /Help improve Claude/u);
    assert.match(text, /Improve the model for everyone/u);
  });

  it('includes only the selected templates and the given team', () => {
    const text = toStarterPolicy({ templates: ['local'], teamName: 'Core "quoted"', owner: 'Ana', contact: '#core', today: '2025-05-01' });
    const r = parsePolicy(text);
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.equal(r.policy.providers?.length, 1);
    assert.deepEqual(r.policy.team, { name: 'Core "quoted"', owner: 'Ana', contact: '#core' });
    assert.equal(r.policy.reviewedOn, '2025-05-01');
  });

  it('parses with no providers selected', () => {
    assert.equal(parsePolicy(toStarterPolicy({ templates: [] })).ok, true);
  });

  it('yields the unknown state, inviting verification', () => {
    const r = parsePolicy(toStarterPolicy({ today: '2025-05-01' }));
    assert.ok(r.ok);
    if (r.ok) assert.equal(toConsentSummary(r.policy, '2025-05-02').state, 'unknown');
  });

  it('has opt-out steps for each consumer provider in the templates', () => {
    const consumerIds = new Set(PROVIDER_TEMPLATES.filter((t) => t.provider.tier === 'consumer').map((t) => t.provider.id));
    for (const id of consumerIds) assert.ok(OPT_OUT_GUIDES.some((g) => g.providerId === id && g.steps.length > 0), id);
  });
});
