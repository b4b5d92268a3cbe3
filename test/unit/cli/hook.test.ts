import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAuditLog } from '../../../src/engine/index';
import { put, removeTempDirs, runCli, tempDir } from './helpers';
import { allFiles, assertNoValues, claudePrompt, claudeTool, planted, plantedSlack, vscodePrompt, vscodeTool } from './hookFixtures';
import type { Planted } from './hookFixtures';

/** A project folder (a git root) with a policy-free setup, and a HOME that is not the real one. */
function project(): { dir: string; home: string; env: Record<string, string> } {
  const dir = tempDir();
  put(dir, '.git/HEAD', 'ref: refs/heads/main\n');
  const home = tempDir();
  return { dir, home, env: { HOME: home } };
}

function parseOut(stdout: string): Record<string, unknown> {
  assert.ok(stdout.trim().length > 0, 'the hook printed an answer');
  return JSON.parse(stdout) as Record<string, unknown>;
}

function toolDecision(stdout: string): { decision: string; reason: string } {
  const out = parseOut(stdout).hookSpecificOutput as Record<string, string>;
  assert.equal(out.hookEventName, 'PreToolUse');
  return { decision: out.permissionDecision as string, reason: out.permissionDecisionReason as string };
}

function auditEntries(dir: string): ReturnType<typeof parseAuditLog> {
  const file = join(dir, '.prompt-hygiene', 'audit.jsonl');
  return existsSync(file) ? parseAuditLog(readFileSync(file, 'utf8')) : [];
}

describe('prompt-hygiene hook claude-code', () => {
  after(removeTempDirs);
  const slack = plantedSlack(11);
  const gh = planted('github-classic-pat');
  const aws = planted('aws-access-key-id');

  describe('UserPromptSubmit', () => {
    it('blocks a prompt with a secret, listing previews and the redacted prompt to send instead', async () => {
      const { dir, env } = project();
      const prompt = `Why does my deploy fail?\n${slack.line}\nThanks`;
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(prompt, dir), env });
      assert.equal(r.code, 0);
      const out = parseOut(r.stdout);
      assert.equal(out.decision, 'block');
      const reason = out.reason as string;
      assert.match(reason, /1 secret \(slack-bot-token\)/u);
      assert.match(reason, /xoxb-…\(\d+ chars\)/u);
      assert.ok(reason.includes('Why does my deploy fail?\nSLACK_BOT_TOKEN=[REDACTED:slack-bot-token]\nThanks'), 'the redacted prompt is in the reason');
      assertNoValues('the hook answer', r.stdout + r.stderr, [slack.value]);
    });

    it('allows a clean prompt silently: exit 0, no output', async () => {
      const { dir, env } = project();
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt('Refactor the parser to use a state machine.', dir), env });
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    });

    it('honours an inline allow directive in the prompt', async () => {
      const { dir, env } = project();
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(`${slack.line} # prompt-hygiene:allow test fixture`, dir), env });
      assert.deepEqual([r.code, r.stdout], [0, '']);
    });

    it('scans a large prompt to the end (2 MB with the secret last)', async () => {
      const { dir, env } = project();
      const prompt = `${'lorem ipsum dolor sit amet, '.repeat(75_000)}\n${gh.line}`;
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(prompt, dir), env });
      const out = parseOut(r.stdout);
      assert.equal(out.decision, 'block');
      assert.match(out.reason as string, /too long to repeat here/u);
      assertNoValues('the hook answer', r.stdout, [gh.value]);
    });

    it('blocks a 20 MB event without scanning it, with a clear reason, within the input limit', async () => {
      const { dir, env } = project();
      const prompt = 'x'.repeat(20 * 1024 * 1024);
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(prompt, dir), env });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /the hook event is 20 MB, more than the 8 MB it checks \(--max-input\)/u);
      assert.equal(auditEntries(dir)[0]?.reason, 'too-large');
    });

    it('lets a too-large event through with --fail-open, saying so on stderr', async () => {
      const { dir, env } = project();
      const r = await runCli(dir, ['hook', 'claude-code', '--fail-open', '--max-input', '1k'], { stdin: claudePrompt('y'.repeat(4000), dir), env });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /fail-open/u);
      assert.equal(auditEntries(dir)[0]?.decision, 'failed-open');
    });
  });

  describe('malformed input fails closed', () => {
    for (const [what, stdin] of [
      ['invalid JSON', '{"hook_event_name": "UserPromptSubmit", "prompt": '],
      ['an empty input', ''],
      ['a JSON array', '[1,2]'],
      ['an event without a name', '{"session_id":"x"}'],
      ['a UserPromptSubmit without a prompt', '{"hook_event_name":"UserPromptSubmit"}'],
    ] as const) {
      it(`blocks ${what} with exit 2 and a reason on stderr`, async () => {
        const { dir, env } = project();
        const r = await runCli(dir, ['hook', 'claude-code'], { stdin, env });
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^Prompt Hygiene blocked this because the hook input .+\. The guard fails closed/u);
        assert.equal(auditEntries(dir)[0]?.decision, 'failed-closed');
      });
    }

    it('lets malformed input through when the team policy sets guard.failOpen', async () => {
      const { dir, env } = project();
      put(dir, '.prompt-hygiene.json', JSON.stringify({ version: 1, team: { name: 'T', owner: 'o' }, reviewedOn: '2026-01-01', guard: { failOpen: true } }));
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: 'not json', env });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /not valid JSON; letting it through \(fail-open\)/u);
    });

    it('treats a wrong subcommand as a usage error (exit 2, which blocks in both hosts)', async () => {
      const { dir, env } = project();
      const r = await runCli(dir, ['hook', 'cursor'], { stdin: claudePrompt('hi', dir), env });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /expected 'claude-code' or 'vscode'/u);
    });
  });

  describe('PreToolUse', () => {
    it('denies a Read of a file with secrets, naming the file and previews', async () => {
      const { dir, env } = project();
      const envFile = put(dir, 'config/.env', `${slack.line}\n${aws.line}\n`);
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Read', { file_path: envFile }, dir), env });
      assert.equal(r.code, 0);
      const d = toolDecision(r.stdout);
      assert.equal(d.decision, 'deny');
      assert.match(d.reason, /config\/\.env contains 2 secrets \(slack-bot-token, aws-access-key-id\)/u);
      assertNoValues('the deny reason', r.stdout, [slack.value, aws.value]);
    });

    it('resolves a relative Read path against the event cwd', async () => {
      const { dir, env } = project();
      put(dir, 'sub/secrets.txt', `${gh.line}\n`);
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Read', { file_path: 'secrets.txt' }, join(dir, 'sub')), env });
      assert.equal(toolDecision(r.stdout).decision, 'deny');
    });

    it('allows a Read of a clean file, a missing file and a binary file silently', async () => {
      const { dir, env } = project();
      const clean = put(dir, 'src/a.ts', 'export const a = 1;\n');
      const bin = put(dir, 'img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
      for (const file of [clean, join(dir, 'missing.txt'), bin]) {
        const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Read', { file_path: file }, dir), env });
        assert.deepEqual([r.code, r.stdout], [0, ''], file);
      }
    });

    it('allows a Read of a file in the policy path allowlist or .prompthygieneignore', async () => {
      const { dir, env } = project();
      put(dir, '.prompt-hygiene.json', JSON.stringify({ version: 1, team: { name: 'T', owner: 'o' }, reviewedOn: '2026-01-01', detection: { allowlist: { paths: ['fixtures/'] } } }));
      put(dir, '.prompthygieneignore', 'samples/\n');
      const a = put(dir, 'fixtures/token.txt', `${slack.line}\n`);
      const b = put(dir, 'samples/token.txt', `${slack.line}\n`);
      for (const file of [a, b]) {
        const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Read', { file_path: file }, dir), env });
        assert.deepEqual([r.code, r.stdout], [0, ''], file);
      }
    });

    it('honours ignore comments inside the file that is read', async () => {
      const { dir, env } = project();
      const f = put(dir, 'test.py', `TOKEN = "${slack.value}"  # prompt-hygiene:allow test double\n`);
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Read', { file_path: f }, dir), env });
      assert.deepEqual([r.code, r.stdout], [0, '']);
    });

    it('denies a Read of a file larger than --max-file-size, since it cannot be checked', async () => {
      const { dir, env } = project();
      const f = put(dir, 'big.log', 'z'.repeat(3000));
      const r = await runCli(dir, ['hook', 'claude-code', '--max-file-size', '1k'], { stdin: claudeTool('Read', { file_path: f }, dir), env });
      const d = toolDecision(r.stdout);
      assert.equal(d.decision, 'deny');
      assert.match(d.reason, /big\.log is larger than 1 KB/u);
    });

    it('denies a Bash command that holds a secret', async () => {
      const { dir, env } = project();
      const command = `curl -H "Authorization: Bearer ${gh.value}" https://api.github.com/user`;
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Bash', { command, description: 'call the API' }, dir), env });
      const d = toolDecision(r.stdout);
      assert.equal(d.decision, 'deny');
      assert.match(d.reason, /this Bash call has 1 secret \(github-classic-pat\) in tool_input\.command/u);
      assertNoValues('the deny reason', r.stdout, [gh.value]);
    });

    it('denies a Bash command that prints a file with secrets (cat, head)', async () => {
      const { dir, env } = project();
      put(dir, '.env', `${slack.line}\n`);
      for (const command of ['cat .env', 'head -n 5 ./.env | grep SLACK', 'cd . && tail .env > /dev/null']) {
        const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Bash', { command }, dir), env });
        const d = toolDecision(r.stdout);
        assert.equal(d.decision, 'deny', command);
        assert.match(d.reason, /\.env contains 1 secret/u);
      }
    });

    it('allows harmless Bash commands silently', async () => {
      const { dir, env } = project();
      put(dir, 'README.md', '# hello\n');
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Bash', { command: 'cat README.md && npm test' }, dir), env });
      assert.deepEqual([r.code, r.stdout], [0, '']);
    });

    it('denies WebFetch and MCP calls whose inputs hold secrets', async () => {
      const { dir, env } = project();
      const fetch = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('WebFetch', { url: `https://example.com/hook?token=${slack.value}`, prompt: 'summarise' }, dir), env });
      assert.equal(toolDecision(fetch.stdout).decision, 'deny');
      const mcp = await runCli(dir, ['hook', 'claude-code'], {
        stdin: claudeTool('mcp__jira__create_issue', { project: 'OPS', fields: { description: `rotate ${aws.line}` } }, dir),
        env,
      });
      const d = toolDecision(mcp.stdout);
      assert.equal(d.decision, 'deny');
      assert.match(d.reason, /tool_input\.fields\.description/u);
    });

    it('does not check tools that only write the model output to disk (Write, Edit)', async () => {
      const { dir, env } = project();
      for (const [tool, input] of [
        ['Write', { file_path: join(dir, '.env.example'), content: slack.line }],
        ['Edit', { file_path: join(dir, 'a.ts'), old_string: 'x', new_string: slack.line }],
      ] as const) {
        const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool(tool, input, dir), env });
        assert.deepEqual([r.code, r.stdout], [0, ''], tool);
      }
    });

    it('allows events it does not guard (PostToolUse, Stop) silently', async () => {
      const { dir, env } = project();
      const stdin = JSON.stringify({ session_id: 's', cwd: dir, hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: { command: slack.line }, tool_response: {} });
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin, env });
      assert.deepEqual([r.code, r.stdout], [0, '']);
    });
  });

  describe('team policy', () => {
    const policy = (extra: Record<string, unknown>): string => JSON.stringify({ version: 1, team: { name: 'T', owner: 'o' }, reviewedOn: '2026-01-01', ...extra });

    it('warns instead of blocking when guard.hooks is warn: systemMessage for prompts, ask for tools', async () => {
      const { dir, env } = project();
      put(dir, '.prompt-hygiene.json', policy({ guard: { hooks: 'warn' } }));
      const p = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(slack.line, dir), env });
      const out = parseOut(p.stdout);
      assert.equal(out.decision, undefined);
      assert.match(out.systemMessage as string, /contains 1 secret \(slack-bot-token\)/u);
      const t = await runCli(dir, ['hook', 'claude-code'], { stdin: claudeTool('Bash', { command: `echo ${slack.value}` }, dir), env });
      assert.equal(toolDecision(t.stdout).decision, 'ask');
      assert.deepEqual(auditEntries(dir).map((e) => e.decision), ['warned', 'warned']);
    });

    it('does nothing when guard.hooks is off, and --mode block overrides it', async () => {
      const { dir, env } = project();
      put(dir, '.prompt-hygiene.json', policy({ guard: { hooks: 'off' } }));
      const off = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(slack.line, dir), env });
      assert.deepEqual([off.code, off.stdout], [0, '']);
      const on = await runCli(dir, ['hook', 'claude-code', '--mode', 'block'], { stdin: claudePrompt(slack.line, dir), env });
      assert.equal(parseOut(on.stdout).decision, 'block');
    });

    it('uses the policy detection settings: a rule switched off is not reported', async () => {
      const { dir, env } = project();
      put(dir, '.prompt-hygiene.json', policy({ detection: { rules: { 'slack-bot-token': 'off' } } }));
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(slack.line, dir), env });
      assert.deepEqual([r.code, r.stdout], [0, '']);
    });

    it('falls back to the built-in defaults (still blocking) when the policy file is invalid', async () => {
      const { dir, env } = project();
      put(dir, '.prompt-hygiene.json', '{ "version": 1, "detection": { "rules": { "slack-bot-token": "off" } ');
      const r = await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(slack.line, dir), env });
      assert.equal(parseOut(r.stdout).decision, 'block');
      assert.match(r.stderr, /using the built-in defaults/u);
    });

    it('finds the policy of the project in CLAUDE_PROJECT_DIR when the hook runs elsewhere', async () => {
      const { dir, env } = project();
      put(dir, '.prompt-hygiene.json', policy({ guard: { hooks: 'off' } }));
      const elsewhere = tempDir();
      const r = await runCli(elsewhere, ['hook', 'claude-code'], { stdin: claudePrompt(slack.line, elsewhere), env: { ...env, CLAUDE_PROJECT_DIR: dir } });
      assert.deepEqual([r.code, r.stdout], [0, '']);
    });
  });
});

describe('prompt-hygiene hook vscode', () => {
  after(removeTempDirs);
  const slack = plantedSlack(12);

  it('stops a prompt with findings with continue:false and a stopReason (VS Code common output)', async () => {
    const { dir, env } = project();
    const r = await runCli(dir, ['hook', 'vscode'], { stdin: vscodePrompt(`deploy with ${slack.line}`, dir), env });
    assert.equal(r.code, 0);
    const out = parseOut(r.stdout);
    assert.equal(out.continue, false);
    assert.match(out.stopReason as string, /deploy with SLACK_BOT_TOKEN=\[REDACTED:slack-bot-token\]/u);
    assert.match(out.systemMessage as string, /blocked a prompt with 1 secret/u);
    assertNoValues('the hook answer', r.stdout, [slack.value]);
  });

  it('denies read_file of a file with secrets (camelCase filePath)', async () => {
    const { dir, env } = project();
    const f = put(dir, 'deploy/.env', `${slack.line}\n`);
    const r = await runCli(dir, ['hook', 'vscode'], { stdin: vscodeTool('read_file', { filePath: f, startLine: 1, endLine: 50 }, dir), env });
    const out = parseOut(r.stdout).hookSpecificOutput as Record<string, string>;
    assert.deepEqual([out.hookEventName, out.permissionDecision], ['PreToolUse', 'deny']);
  });

  it('denies run_in_terminal with a secret and allows editFiles', async () => {
    const { dir, env } = project();
    const term = await runCli(dir, ['hook', 'vscode'], { stdin: vscodeTool('run_in_terminal', { command: `export ${slack.line}`, explanation: 'set', isBackground: false }, dir), env });
    assert.equal((parseOut(term.stdout).hookSpecificOutput as Record<string, string>).permissionDecision, 'deny');
    const edit = await runCli(dir, ['hook', 'vscode'], { stdin: vscodeTool('editFiles', { files: [join(dir, 'a.ts')] }, dir), env });
    assert.deepEqual([edit.code, edit.stdout], [0, '']);
  });

  it('answers VS Code-shaped input in VS Code format even when installed as the claude-code hook', async () => {
    // VS Code also runs the hooks in .claude/settings.json, with its own input shape.
    const { dir, env } = project();
    const r = await runCli(dir, ['hook', 'claude-code'], { stdin: vscodePrompt(slack.line, dir), env });
    const out = parseOut(r.stdout);
    assert.equal(out.continue, false);
    assert.equal(out.decision, undefined);
  });

  it('fails closed on malformed input with exit 2 and the reason on stderr (a blocking error in VS Code)', async () => {
    const { dir, env } = project();
    const r = await runCli(dir, ['hook', 'vscode'], { stdin: '{"hookEventName":"PreToolUse","sessionId":', env });
    assert.deepEqual([r.code, r.stdout], [2, '']);
    assert.match(r.stderr, /the hook input is not valid JSON/u);
  });

  it('records github-copilot as the provider in the audit entry', async () => {
    const { dir, env } = project();
    await runCli(dir, ['hook', 'vscode'], { stdin: vscodePrompt(slack.line, dir, 'vs-42'), env });
    const [e] = auditEntries(dir);
    assert.deepEqual([e?.provider, e?.sessionId, e?.event, e?.decision], ['github-copilot', 'vs-42', 'UserPromptSubmit', 'blocked']);
  });
});

describe('hook audit log', () => {
  after(removeTempDirs);
  const values: Planted[] = [plantedSlack(21), plantedSlack(22), planted('github-classic-pat'), planted('aws-access-key-id'), planted('openai-project-key'), planted('stripe-live-secret-key'), planted('postgres-url-password'), planted('email-address')];

  it('appends one line per decision with session, provider, consent and fingerprints, and never a value', async () => {
    const { dir, env } = project();
    put(dir, '.prompt-hygiene.json', JSON.stringify({
      version: 1,
      team: { name: 'T', owner: 'o' },
      reviewedOn: '2026-01-01',
      providers: [{ id: 'anthropic', tier: 'team', trainingConsent: 'exempt', verifiedOn: '2026-01-01' }],
    }));
    put(dir, 'all.env', values.map((v) => v.line).join('\n'));
    const events = [
      claudePrompt(values.map((v) => v.line).join('\n'), dir, 'conv-1'),
      claudePrompt('clean prompt', dir, 'conv-1'),
      claudeTool('Read', { file_path: join(dir, 'all.env') }, dir, 'conv-2'),
      claudeTool('Bash', { command: `echo ${values[2]?.value}` }, dir, 'conv-2'),
      '{"broken":',
    ];
    for (const stdin of events) await runCli(dir, ['hook', 'claude-code'], { stdin, env });
    const entries = auditEntries(dir);
    assert.equal(entries.length, events.length);
    assert.deepEqual(entries.map((e) => e.decision), ['blocked', 'allowed', 'blocked', 'blocked', 'failed-closed']);
    assert.deepEqual(entries.map((e) => e.event), ['UserPromptSubmit', 'UserPromptSubmit', 'PreToolUse:Read', 'PreToolUse:Bash', 'claude-code:unparsed']);
    assert.deepEqual(entries.slice(0, 4).map((e) => e.sessionId), ['conv-1', 'conv-1', 'conv-2', 'conv-2']);
    assert.ok(entries.slice(0, 4).every((e) => e.provider === 'anthropic' && e.consent === 'exempt'));
    assert.ok((entries[0]?.findings.length ?? 0) >= values.length - 1, 'the blocked prompt lists its findings');
    assert.ok(entries[0]?.findings.every((f) => /^[0-9a-f]{16}$/u.test(f.fingerprint)));
    // The whole .prompt-hygiene folder, searched for every planted value.
    const files = allFiles(join(dir, '.prompt-hygiene'));
    assert.ok(files.length >= 2);
    for (const f of files) assertNoValues(f.path, f.text, values.map((v) => v.value));
  });

  it('keeps the log out of git with a .gitignore in the new .prompt-hygiene folder', async () => {
    const { dir, env } = project();
    await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt('hello', dir), env });
    assert.match(readFileSync(join(dir, '.prompt-hygiene', '.gitignore'), 'utf8'), /^\*$/mu);
  });

  it('writes nothing with --no-audit or when the policy switches the audit off', async () => {
    const { dir, env } = project();
    await runCli(dir, ['hook', 'claude-code', '--no-audit'], { stdin: claudePrompt(values[0]?.line ?? '', dir), env });
    assert.equal(existsSync(join(dir, '.prompt-hygiene')), false);
    put(dir, '.prompt-hygiene.json', JSON.stringify({ version: 1, team: { name: 'T', owner: 'o' }, reviewedOn: '2026-01-01', audit: { enabled: false } }));
    await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt(values[0]?.line ?? '', dir), env });
    assert.equal(existsSync(join(dir, '.prompt-hygiene')), false);
  });

  it('writes to --audit-log, and to the home folder when the policy asks for the global location', async () => {
    const { dir, env, home } = project();
    const custom = join(tempDir(), 'logs', 'a.jsonl');
    await runCli(dir, ['hook', 'claude-code', '--audit-log', custom], { stdin: claudePrompt('hi', dir), env });
    assert.equal(parseAuditLog(readFileSync(custom, 'utf8')).length, 1);
    put(dir, '.prompt-hygiene.json', JSON.stringify({ version: 1, team: { name: 'T', owner: 'o' }, reviewedOn: '2026-01-01', audit: { enabled: true, location: 'global' } }));
    await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt('hi', dir), env });
    assert.equal(parseAuditLog(readFileSync(join(home, '.prompt-hygiene', 'audit.jsonl'), 'utf8')).length, 1);
  });

  it('drops entries older than audit.retainDays when it appends', async () => {
    const { dir, env } = project();
    put(dir, '.prompt-hygiene.json', JSON.stringify({ version: 1, team: { name: 'T', owner: 'o' }, reviewedOn: '2026-01-01', audit: { retainDays: 7 } }));
    const old = { v: 1, ts: '2001-01-01T00:00:00.000Z', surface: 'hook', decision: 'blocked', findings: [] };
    writeFileSync(put(dir, '.prompt-hygiene/audit.jsonl', ''), `${JSON.stringify(old)}\n${JSON.stringify({ ...old, ts: '2001-01-02T00:00:00.000Z' })}\n`);
    await runCli(dir, ['hook', 'claude-code'], { stdin: claudePrompt('hi', dir), env });
    const entries = auditEntries(dir);
    assert.equal(entries.length, 1);
    assert.equal(entries[0]?.decision, 'allowed');
  });
});
