import assert from 'node:assert/strict';
import { escapeMarkdown, formatOnly, toHoverMarkdown, toWhyItMatters } from '../../../src/extension/diagnostics/hoverPresenter';
import type { HoverInput } from '../../../src/extension/diagnostics/hoverPresenter';
import { GENERIC_REVOKE_GUIDE, REVOKE_GUIDES, toRevokeGuide } from '../../../src/extension/diagnostics/revokeGuide';

const secret: HoverInput = {
  ruleId: 'github-classic-pat',
  category: 'secret',
  description: 'GitHub personal access token, classic (ghp_…)',
  preview: 'ghp_…(40 chars)',
  docsUrl: 'https://example.invalid/readme#rule-github-classic-pat',
  fixes: ['redact', 'mask', 'env', 'allowLine', 'allowlist', 'redactAll'],
};

describe('toHoverMarkdown', () => {
  it('names the rule, the category and the preview', () => {
    const md = toHoverMarkdown(secret);
    assert.match(md, /`github-classic-pat`/u);
    assert.match(md, /secret/u);
    assert.ok(md.includes('`ghp_…(40 chars)`'));
  });

  it('explains why a secret matters for AI chats and how to revoke it at the vendor', () => {
    const md = toHoverMarkdown(secret);
    assert.ok(md.includes(toWhyItMatters('secret')));
    assert.match(md, /Rotate or revoke/u);
    assert.match(md, /GitHub: /u);
    assert.ok(md.includes('https://github.com/settings/tokens'));
  });

  it('gives personal data its own explanation and no revocation advice', () => {
    const md = toHoverMarkdown({ ...secret, ruleId: 'email-address', category: 'pii', description: 'E-mail address', preview: 'email (20 chars)', fixes: ['redact'] });
    assert.ok(md.includes(toWhyItMatters('pii')));
    assert.doesNotMatch(md, /Rotate or revoke/u);
    assert.match(md, /personal data/u);
  });

  it('lists exactly the fixes on offer', () => {
    const md = toHoverMarkdown({ ...secret, fixes: ['redact', 'allowlist'] });
    assert.match(md, /Redact with a placeholder · Add to the team allowlist/u);
    assert.doesNotMatch(md, /Allow on this line/u);
    assert.doesNotMatch(toHoverMarkdown({ ...secret, fixes: [] }), /Quick fixes/u);
  });

  it('links to the rule documentation', () => {
    assert.ok(toHoverMarkdown(secret).includes(`(${secret.docsUrl})`));
  });

  it('passes every sentence through the translation function', () => {
    const seen: string[] = [];
    toHoverMarkdown(secret, (m, ...args) => {
      seen.push(m);
      return formatOnly(m, ...args);
    });
    assert.ok(seen.includes('Why it matters for AI chats'));
    assert.ok(seen.includes(REVOKE_GUIDES['github-']?.steps ?? ''));
  });

  it('escapes Markdown in descriptions from custom rules', () => {
    const md = toHoverMarkdown({ ...secret, description: 'Acme [internal] *token*' });
    assert.ok(md.includes(escapeMarkdown('Acme [internal] *token*')));
    assert.doesNotMatch(md, /Acme \[internal\] \*token\*/u);
  });
});

describe('toRevokeGuide', () => {
  it('picks the vendor by rule-id prefix', () => {
    assert.equal(toRevokeGuide('aws-secret-access-key').vendor, 'AWS');
    assert.equal(toRevokeGuide('slack-webhook-url').vendor, 'Slack');
  });

  it('prefers the longest matching prefix', () => {
    const guides = { 'github-': { vendor: 'GitHub', steps: 'a' }, 'github-oauth': { vendor: 'GitHub OAuth', steps: 'b' } };
    assert.equal(toRevokeGuide('github-oauth-token', guides).vendor, 'GitHub OAuth');
    assert.equal(toRevokeGuide('github-classic-pat', guides).vendor, 'GitHub');
  });

  it('falls back to generic advice for unknown vendors', () => {
    assert.equal(toRevokeGuide('acme-internal-token'), GENERIC_REVOKE_GUIDE);
  });
});
