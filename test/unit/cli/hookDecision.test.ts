// The pure parts of the agent-hook guard (src/engine/guard): event parsing, planning, answers.
import assert from 'node:assert/strict';
import { parseHookEvent, scan, toHookAnswer, toHookFailure, toHookPlan, toShellReadPaths, toToolKind } from '../../../src/engine/index';
import type { HookEvent } from '../../../src/engine/index';
import { plantedSlack } from './hookFixtures';

function event(text: string, agent: 'claude-code' | 'vscode' = 'claude-code'): HookEvent {
  const r = parseHookEvent(text, agent);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.event;
}

describe('parseHookEvent()', () => {
  it('reads Claude Code fields and detects the dialect from them', () => {
    const e = event(JSON.stringify({ session_id: 'a', cwd: '/p', hook_event_name: 'UserPromptSubmit', prompt: 'hi' }), 'vscode');
    assert.deepEqual(e, { agent: 'claude-code', eventName: 'UserPromptSubmit', sessionId: 'a', cwd: '/p', prompt: 'hi' });
  });

  it('reads VS Code fields (sessionId, hookEventName)', () => {
    const e = event(JSON.stringify({ sessionId: 'b', hookEventName: 'PreToolUse', tool_name: 'read_file', tool_input: { filePath: 'x' } }), 'claude-code');
    assert.equal(e.agent, 'vscode');
    assert.equal(e.sessionId, 'b');
    assert.equal(e.toolName, 'read_file');
  });

  it('reads Copilot CLI events (lowerCamel names, toolArgs as a JSON string)', () => {
    const e = event(JSON.stringify({ timestamp: 1, cwd: '/p', toolName: 'bash', toolArgs: '{"command":"ls"}' }), 'vscode');
    assert.equal(e.eventName, 'PreToolUse');
    assert.deepEqual(e.toolInput, { command: 'ls' });
  });

  for (const [what, text] of [
    ['empty input', '  '],
    ['invalid JSON', '{'],
    ['a string', '"hi"'],
    ['no event name', '{"cwd":"/"}'],
    ['a PreToolUse without a tool', '{"hook_event_name":"PreToolUse"}'],
  ] as const) {
    it(`rejects ${what} with a reason that quotes no input`, () => {
      const r = parseHookEvent(text, 'claude-code');
      assert.equal(r.ok, false);
      assert.ok(!r.ok && r.reason.startsWith('the hook input '));
    });
  }
});

describe('toToolKind() and toHookPlan()', () => {
  const table: [string, string][] = [
    ['Read', 'read'],
    ['read_file', 'read'],
    ['Write', 'local-write'],
    ['Edit', 'local-write'],
    ['replace_string_in_file', 'local-write'],
    ['Bash', 'send'],
    ['WebFetch', 'send'],
    ['mcp__github__create_issue', 'send'],
    ['some_future_tool', 'send'],
  ];
  for (const [tool, kind] of table) it(`treats ${tool} as ${kind}`, () => assert.equal(toToolKind(tool), kind));

  it('plans a Read as one file and no texts', () => {
    const plan = toHookPlan(event(JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: '/p/.env', limit: 10 } })));
    assert.deepEqual(plan, { texts: [], files: [{ label: 'tool_input.file_path', path: '/p/.env' }] });
  });

  it('plans every string of a nested MCP input, with its path', () => {
    const plan = toHookPlan(event(JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'mcp__x__y', tool_input: { a: 'one', b: [{ c: 'two' }], n: 3 } })));
    assert.deepEqual(plan.texts.map((t) => t.label), ['tool_input.a', 'tool_input.b[0].c']);
  });

  it('plans nothing for events it does not guard', () => {
    assert.deepEqual(toHookPlan(event('{"hook_event_name":"Stop","session_id":"s"}')), { texts: [], files: [] });
  });
});

describe('toShellReadPaths()', () => {
  const table: [string, string[]][] = [
    ['cat .env', ['.env']],
    ['cat -n "my file.txt" other', ['my file.txt', 'other']],
    ['head -n 20 config/prod.yml | grep key', ['config/prod.yml']],
    ['FOO=1 sudo tail -f /var/log/app.log', ['/var/log/app.log']],
    ['npm test && cat package.json; echo done', ['package.json']],
    ['cat a.txt > b.txt 2>&1', ['a.txt']],
    ['cat $HOME/.npmrc', []],
    ['cat *.pem', []],
    ['echo cat .env', []],
    ['ls -la', []],
  ];
  for (const [command, paths] of table) it(`finds ${JSON.stringify(paths)} in ${JSON.stringify(command)}`, () => assert.deepEqual(toShellReadPaths(command), paths));
});

describe('toHookAnswer()', () => {
  const slack = plantedSlack(41);
  const prompt = event(JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: slack.line }));
  const findings = scan(slack.line);

  it('blocks a Claude Code prompt with decision/reason on stdout and exit 0', () => {
    const a = toHookAnswer({ event: prompt, mode: 'block', results: [{ label: 'prompt', kind: 'text', findings, redacted: 'SLACK_BOT_TOKEN=[REDACTED:slack-bot-token]' }], problems: [], failOpen: false });
    assert.equal(a.exitCode, 0);
    assert.equal(a.decision, 'blocked');
    const out = JSON.parse(a.stdout) as { decision: string; reason: string };
    assert.equal(out.decision, 'block');
    assert.ok(out.reason.includes('SLACK_BOT_TOKEN=[REDACTED:slack-bot-token]'));
    assert.ok(!a.stdout.includes(slack.value));
  });

  it('allows silently when nothing was found', () => {
    const a = toHookAnswer({ event: prompt, mode: 'block', results: [{ label: 'prompt', kind: 'text', findings: [] }], problems: [], failOpen: false });
    assert.deepEqual([a.exitCode, a.stdout, a.stderr, a.decision], [0, '', '', 'allowed']);
  });

  it('blocks what it could not check unless fail-open', () => {
    const tool = event(JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: 'big' } }));
    const problems = [{ label: 'file big', message: 'is larger than 5 MB (--max-file-size)' }];
    const closed = toHookAnswer({ event: tool, mode: 'block', results: [], problems, failOpen: false });
    assert.equal((JSON.parse(closed.stdout) as { hookSpecificOutput: { permissionDecision: string } }).hookSpecificOutput.permissionDecision, 'deny');
    const open = toHookAnswer({ event: tool, mode: 'block', results: [], problems, failOpen: true });
    assert.deepEqual([open.exitCode, open.stdout, open.decision], [0, '', 'failed-open']);
  });

  it('fails closed with exit 2 and the reason on stderr, or open with exit 0', () => {
    const closed = toHookFailure('the hook input is not valid JSON', false, 'malformed-input');
    assert.deepEqual([closed.exitCode, closed.stdout, closed.decision], [2, '', 'failed-closed']);
    assert.match(closed.stderr, /not valid JSON/u);
    assert.equal(toHookFailure('x', true, 'malformed-input').exitCode, 0);
  });
});
