import * as assert from 'node:assert/strict';
import { toConsentSummary } from '../../../src/engine/index';
import type { Policy } from '../../../src/engine/index';
import { escapeHtml, isPolicyDetailsMessage, toPolicyDetailsHtml, toRelevantGuides } from '../../../src/extension/policyDetailsHtml';

const TODAY = '2025-03-01';
const policy: Policy = {
  version: 1,
  team: { name: 'Core <b>team</b>', owner: 'Ana', contact: '#core' },
  reviewedOn: '2025-02-01',
  providers: [
    { id: 'anthropic', tier: 'consumer', trainingConsent: 'opted-in', retentionDays: 1825, settingLocation: 'Settings › Privacy', notes: '<script>alert(1)</script>' },
    { id: 'openai', tier: 'api', trainingConsent: 'exempt', allowed: false },
  ],
};
const html = (summary = toConsentSummary(policy, TODAY), nonce = 'abc123') =>
  toPolicyDetailsHtml({ summary, headline: 'AI training is on for Claude consumer.', fileLabel: '.prompt-hygiene.json' }, nonce, 'vscode-resource:');

describe('policy details view HTML', () => {
  it('has a strict content-security policy with the nonce and no remote sources', () => {
    const page = html();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(page)?.[1] ?? '';
    assert.equal(csp, "default-src 'none'; style-src vscode-resource: 'nonce-abc123'; script-src 'nonce-abc123';");
    assert.doesNotMatch(page, /https?:\/\//u, 'no remote resources');
    for (const tag of page.match(/<(script|style)\b[^>]*>/gu) ?? []) assert.match(tag, /nonce="abc123"/u, tag);
  });

  it('escapes everything the policy supplies', () => {
    const page = html();
    assert.ok(!page.includes('<script>alert(1)</script>'));
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(page.includes('Core &lt;b&gt;team&lt;/b&gt;'));
    assert.equal(escapeHtml(`"'&`), '&quot;&#39;&amp;');
  });

  it('shows the providers, the owner, the review date and what each status means', () => {
    const page = html();
    assert.match(page, /<td>Claude<\/td><td>consumer<\/td><td><span class="consent-opted-in">ON<\/span><\/td><td>1825 days<\/td>/u);
    assert.match(page, /<tr class="not-allowed"><td>OpenAI API|<tr class="not-allowed"><td>ChatGPT/u);
    assert.match(page, /<dt>Owner<\/dt><dd>Ana · #core<\/dd>/u);
    assert.match(page, /<dt>Next review<\/dt><dd>2025-05-02<\/dd>/u);
    for (const v of ['opted-out', 'exempt', 'opted-in', 'unknown']) assert.ok(page.includes(`<dt><code>${v}</code></dt>`), v);
  });

  it('gives the steps to turn training off for the listed providers', () => {
    const page = html();
    assert.match(page, /Turn off &quot;Help improve Claude&quot;\./u);
    assert.match(page, /Turn off &quot;Improve the model for everyone&quot;\./u);
    assert.doesNotMatch(page, /Gemini Apps Activity \(or set auto-delete\)/u, 'only providers the policy lists');
  });

  it('shows every opt-out guide when the policy lists no provider', () => {
    assert.equal(toRelevantGuides([]).length, 4);
  });

  it('offers to open an existing policy and to create a missing one', () => {
    assert.match(html(), /<button id="open"/u);
    const none = html(toConsentSummary(undefined, TODAY));
    assert.match(none, /<button id="create"/u);
    assert.doesNotMatch(none, /<button id="open"/u);
  });

  it('lists the problems of an invalid policy', () => {
    const issues = [{ line: 2, column: 5, message: 'Unknown property "x".', severity: 'error' }] as never;
    const page = html(toConsentSummary({ kind: 'invalid', issues }, TODAY));
    assert.match(page, /<h2>Problems<\/h2>/u);
    assert.match(page, /<code>2:5<\/code> Unknown property &quot;x&quot;\./u);
  });

  it('accepts only the messages its buttons send', () => {
    assert.equal(isPolicyDetailsMessage({ command: 'openPolicy' }), true);
    assert.equal(isPolicyDetailsMessage({ command: 'createPolicy' }), true);
    assert.equal(isPolicyDetailsMessage({ command: 'workbench.action.reloadWindow' }), false);
    assert.equal(isPolicyDetailsMessage('openPolicy'), false);
  });
});
