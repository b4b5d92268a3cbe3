import * as assert from 'node:assert/strict';
import { toConsentSummary } from '../../../src/engine/index';
import type { Policy, PolicyIssue } from '../../../src/engine/index';
import { escapeMarkdown, toDays, toPolicyStatus } from '../../../src/extension/statusBar/policyStatus';
import type { PolicyStatusState } from '../../../src/extension/statusBar/policyStatus';

const TODAY = '2025-03-01';
const team = { name: 'Core', owner: 'Ana', contact: 'ana@corp.example' };
const policy = (providers: Policy['providers'], patch: Partial<Policy> = {}): Policy => ({ version: 1, team, reviewedOn: '2025-02-01', reviewEveryDays: 90, providers, ...patch });
const state = (input: Parameters<typeof toConsentSummary>[0], extra: Partial<PolicyStatusState> = {}): PolicyStatusState => ({ summary: toConsentSummary(input, TODAY), ...extra });
const issue = (line: number, message: string, severity: 'error' | 'warning' = 'error'): PolicyIssue =>
  ({ line, column: 3, endLine: line, endColumn: 9, offset: 0, length: 1, path: 'x', segments: ['x'], message, severity, code: 'invalid-value' }) as PolicyIssue;

const claudeTeam = { id: 'anthropic', tier: 'team', trainingConsent: 'exempt', retentionDays: 30, verifiedOn: '2025-02-01' } as const;

describe('policy status presenter', () => {
  it('shows training off with the longest retention when every allowed provider is off', () => {
    const s = toPolicyStatus(state(policy([claudeTeam, { id: 'openai', tier: 'api', trainingConsent: 'opted-out', retentionDays: 7 }])));
    assert.equal(s.text, '$(shield) AI: training off · 30d');
    assert.equal(s.severity, 'ok');
    assert.equal(s.command, 'promptHygiene.showPolicyDetails');
    assert.equal(s.accessibilityLabel, 'AI training is off for every allowed assistant; prompts are kept at most 30 days.');
  });

  it('omits the retention when some allowed provider retention is unknown', () => {
    const s = toPolicyStatus(state(policy([{ ...claudeTeam, retentionDays: null }])));
    assert.equal(s.text, '$(shield) AI: training off');
  });

  it('writes whole years as years', () => {
    assert.equal(toDays(1825), '5y');
    assert.equal(toDays(30), '30d');
    assert.equal(toDays(0), '0d');
  });

  it('says so when the policy allows no assistants', () => {
    const s = toPolicyStatus(state(policy([{ ...claudeTeam, allowed: false }])));
    assert.equal(s.text, '$(shield) AI: no assistants allowed');
    assert.equal(s.severity, 'ok');
  });

  it('warns and names the provider when an allowed provider has training on', () => {
    const s = toPolicyStatus(state(policy([{ id: 'anthropic', tier: 'consumer', trainingConsent: 'opted-in', retentionDays: 1825 }, claudeTeam])));
    assert.equal(s.text, '$(warning) AI: training ON (Claude consumer)');
    assert.equal(s.severity, 'warning');
    assert.match(s.accessibilityLabel, /AI training is on for Claude consumer\./u);
  });

  it('counts further providers with training on', () => {
    const s = toPolicyStatus(state(policy([
      { id: 'anthropic', tier: 'consumer', trainingConsent: 'opted-in' },
      { id: 'openai', tier: 'consumer', trainingConsent: 'opted-in' },
    ])));
    assert.equal(s.text, '$(warning) AI: training ON (Claude consumer +1)');
  });

  it('warns when an allowed provider is not verified', () => {
    const s = toPolicyStatus(state(policy([{ id: 'openai', tier: 'team', trainingConsent: 'unknown' }])));
    assert.equal(s.text, '$(question) AI: training unknown (ChatGPT Team)');
    assert.equal(s.severity, 'warning');
  });

  it('has its own state when the review is overdue', () => {
    const s = toPolicyStatus(state(policy([claudeTeam], { reviewedOn: '2024-01-01', reviewEveryDays: 30 })));
    assert.equal(s.text, '$(calendar) AI: policy review overdue');
    assert.equal(s.severity, 'warning');
    assert.match(s.tooltipMarkdown, /review overdue\*\* since 2024-01-31/u);
  });

  it('mentions an overdue review in the label even when training is on', () => {
    const s = toPolicyStatus(state(policy([{ id: 'anthropic', tier: 'consumer', trainingConsent: 'opted-in' }], { reviewedOn: '2020-01-01' })));
    assert.match(s.accessibilityLabel, /The policy review is overdue\.$/u);
  });

  it('shows an error and opens the policy when it is invalid', () => {
    const s = toPolicyStatus(state({ kind: 'invalid', issues: [issue(3, 'Unknown property "gaurd".'), issue(7, 'x', 'warning')] }));
    assert.equal(s.text, '$(error) AI: policy invalid');
    assert.equal(s.severity, 'error');
    assert.equal(s.command, 'promptHygiene.openPolicy');
    assert.equal(s.accessibilityLabel, 'AI policy invalid: 1 problem; built-in detection defaults apply.');
    assert.match(s.tooltipMarkdown, /- line 3, column 3: Unknown property "gaurd"\\\./u);
  });

  it('lists at most five issues in the tooltip', () => {
    const issues = Array.from({ length: 8 }, (_, i) => issue(i + 1, `problem ${i + 1}`));
    const s = toPolicyStatus(state({ kind: 'invalid', issues }));
    assert.equal((s.tooltipMarkdown.match(/^- line/gmu) ?? []).length, 5);
    assert.match(s.tooltipMarkdown, /… and 3 more/u);
  });

  it('invites the user to create a policy when there is none', () => {
    const s = toPolicyStatus(state(undefined));
    assert.equal(s.text, '$(shield) AI: no team policy');
    assert.equal(s.severity, 'ok');
    assert.match(s.tooltipMarkdown, /\[Create team policy\]\(command:promptHygiene\.createPolicy\)/u);
  });

  it('explains why the policy is not loaded in an untrusted workspace', () => {
    const s = toPolicyStatus(state({ kind: 'untrusted' }));
    assert.equal(s.text, '$(workspace-untrusted) AI: policy not loaded');
    assert.equal(s.severity, 'warning');
    assert.match(s.tooltipMarkdown, /not trusted/u);
    assert.match(s.tooltipMarkdown, /command:workbench\.trust\.manage/u);
  });

  it('puts a Markdown table of providers and command links in the tooltip', () => {
    const s = toPolicyStatus(state(policy([claudeTeam, { id: 'openai', tier: 'consumer', trainingConsent: 'opted-in', allowed: false }])));
    const lines = s.tooltipMarkdown.split('\n');
    assert.ok(lines.includes('| Assistant | Tier | Training | Retention | Verified | Allowed |'));
    assert.ok(lines.includes('| Claude | team | off (exempt) | 30 days | 2025-02-01 | yes |'));
    assert.ok(lines.includes('| ChatGPT | consumer | $(warning) **ON** | unknown | never | no |'));
    assert.match(s.tooltipMarkdown, /\[Open policy\]\(command:promptHygiene\.openPolicy\) · \[Show details\]\(command:promptHygiene\.showPolicyDetails\)/u);
    assert.match(s.tooltipMarkdown, /Core · owner: Ana \(ana@corp\\\.example\)/u);
    assert.match(s.tooltipMarkdown, /Reviewed 2025-02-01 · next review 2025-05-02/u);
  });

  it('marks a stale verification in the table', () => {
    const s = toPolicyStatus(state(policy([{ ...claudeTeam, verifiedOn: '2024-01-01' }])));
    assert.match(s.tooltipMarkdown, /\| 2024-01-01 \(stale\) \|/u);
  });

  it('passes the folder to the command links and the click command', () => {
    const s = toPolicyStatus(state(undefined, { folderName: 'web', folderUri: 'file:///w/web' }));
    assert.deepEqual(s.commandArguments, ['file:///w/web']);
    assert.ok(s.tooltipMarkdown.includes(`command:promptHygiene.createPolicy?${encodeURIComponent(JSON.stringify(['file:///w/web']))}`));
    assert.match(s.tooltipMarkdown, /^\*\*Team AI policy\*\* · web$/mu);
  });

  it('escapes Markdown in names the policy supplies', () => {
    const s = toPolicyStatus(state(policy([{ ...claudeTeam, displayName: 'A|B [x](command:evil)' }], { team: { name: '*Core*', owner: 'Ana' } })));
    assert.ok(!s.tooltipMarkdown.includes('[x](command:evil)'));
    assert.ok(s.tooltipMarkdown.includes('A\\|B \\[x\\]\\(command:evil\\)'));
    assert.ok(s.tooltipMarkdown.includes('\\*Core\\*'));
    assert.equal(escapeMarkdown('a\nb'), 'a b');
  });

  it('lists policy warnings in the tooltip of a valid policy', () => {
    const s = toPolicyStatus(state({ kind: 'valid', policy: policy([claudeTeam]), warnings: [issue(4, 'Custom rule "x" is skipped', 'warning')] }));
    assert.match(s.tooltipMarkdown, /1 policy warning:/u);
  });

  it('never leaves the text, label or command empty in any state', () => {
    const inputs: Parameters<typeof toConsentSummary>[0][] = [
      undefined,
      { kind: 'untrusted' },
      { kind: 'invalid', issues: [] },
      policy([]),
      policy([claudeTeam]),
      policy([{ id: 'openai', tier: 'team', trainingConsent: 'unknown' }]),
      policy([{ id: 'openai', tier: 'consumer', trainingConsent: 'opted-in' }]),
      policy([claudeTeam], { reviewedOn: '2000-01-01' }),
    ];
    const states = new Set<string>();
    for (const input of inputs) {
      const st = state(input);
      states.add(st.summary.state);
      const s = toPolicyStatus(st);
      assert.ok(s.text.length > 0 && s.accessibilityLabel.length > 0 && s.command.length > 0 && s.tooltipMarkdown.length > 0);
      assert.ok(!s.accessibilityLabel.includes('$('), 'no codicons in the spoken label');
    }
    assert.equal(states.size, 7, 'covers every state');
  });
});
