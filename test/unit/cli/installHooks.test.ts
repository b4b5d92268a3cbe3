import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { CLAUDE_PRE_TOOL_MATCHER, toHookSettingsText } from '../../../src/engine/index';
import { put, removeTempDirs, runCli, tempDir } from './helpers';

interface CommandHook {
  type: string;
  command: string;
  timeout?: number;
}
interface ClaudeGroup {
  matcher?: string;
  hooks: CommandHook[];
}

function project(): { dir: string; home: string; env: Record<string, string> } {
  const dir = tempDir();
  put(dir, '.git/HEAD', 'ref: refs/heads/main\n');
  const home = tempDir();
  return { dir, home, env: { HOME: home } };
}

function readJsonc(file: string): Record<string, unknown> {
  return parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every command under every event of a settings object, Claude Code groups flattened. */
function commandsOf(settings: Record<string, unknown>, event: string): string[] {
  const list = ((settings.hooks as Record<string, unknown> | undefined)?.[event] ?? []) as (ClaudeGroup | CommandHook)[];
  return list.flatMap((x) => ('hooks' in x ? x.hooks.map((h) => h.command) : [x.command]));
}

/** A realistic existing Claude Code settings file, with comments, permissions and another tool's hooks. */
const EXISTING_CLAUDE = `{
  // team settings
  "permissions": {
    "allow": ["Bash(npm run test:*)"],
    "deny": ["Read(./secrets/**)"]
  },
  "env": { "NODE_ENV": "development" },
  "model": "sonnet",
  "hooks": {
    "PostToolUse": [
      { "matcher": "Edit|Write", "hooks": [{ "type": "command", "command": "npx prettier --write \\"$FILE\\"" }] }
    ],
    "PreToolUse": [
      { "matcher": "Bash", "hooks": [{ "type": "command", "command": "./scripts/block-rm.sh" }] }
    ]
  }
}
`;

describe('prompt-hygiene install-hooks', () => {
  after(removeTempDirs);

  it('creates .claude/settings.json with UserPromptSubmit and PreToolUse hooks in a fresh project', async () => {
    const { dir, env } = project();
    const r = await runCli(dir, ['install-hooks', 'claude-code'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Installed the Claude Code hooks \(UserPromptSubmit, PreToolUse\) in \.claude\/settings\.json\./u);
    const s = readJsonc(join(dir, '.claude', 'settings.json'));
    const hooks = s.hooks as Record<string, ClaudeGroup[]>;
    assert.deepEqual(hooks.UserPromptSubmit, [{ hooks: [{ type: 'command', command: 'prompt-hygiene hook claude-code', timeout: 30 }] }]);
    assert.equal(hooks.PreToolUse?.[0]?.matcher, CLAUDE_PRE_TOOL_MATCHER);
    assert.equal(existsSync(join(dir, '.claude', 'settings.json.bak')), false, 'no backup without an old file');
  });

  it('keeps every existing setting, hook and comment, writes a backup, and is idempotent', async () => {
    const { dir, env } = project();
    const file = put(dir, '.claude/settings.json', EXISTING_CLAUDE);
    const first = await runCli(dir, ['install-hooks', 'claude-code', '--project'], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /previous version: \.claude\/settings\.json\.bak/u);
    assert.equal(readFileSync(`${file}.bak`, 'utf8'), EXISTING_CLAUDE);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('// team settings'), 'comments survive');
    const s = readJsonc(file);
    const before = parse(EXISTING_CLAUDE) as Record<string, unknown>;
    for (const key of ['permissions', 'env', 'model']) assert.deepEqual(s[key], before[key], key);
    assert.deepEqual((s.hooks as Record<string, unknown>).PostToolUse, (before.hooks as Record<string, unknown>).PostToolUse);
    assert.deepEqual(commandsOf(s, 'PreToolUse'), ['./scripts/block-rm.sh', 'prompt-hygiene hook claude-code']);
    assert.deepEqual(commandsOf(s, 'UserPromptSubmit'), ['prompt-hygiene hook claude-code']);

    const again = await runCli(dir, ['install-hooks', 'claude-code'], { env });
    assert.equal(again.code, 0);
    assert.match(again.stdout, /already installed .*nothing changed/u);
    assert.equal(readFileSync(file, 'utf8'), text, 'the second run changes nothing');
    assert.equal(readdirSync(join(dir, '.claude')).filter((n) => n.endsWith('.tmp')).length, 0, 'no temporary files left');
  });

  it('updates an older entry of ours in place instead of adding a second one', async () => {
    const { dir, env } = project();
    const file = put(dir, '.claude/settings.json', JSON.stringify({
      hooks: {
        UserPromptSubmit: [{ hooks: [{ type: 'command', command: 'node /old/path/dist/cli.js hook claude-code' }] }],
        PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: './mine.sh' }, { type: 'command', command: 'prompt-hygiene hook claude-code --fail-open' }] }],
      },
    }));
    const r = await runCli(dir, ['install-hooks', 'claude-code', '--command', 'npx --no-install prompt-hygiene'], { env });
    assert.equal(r.code, 0, r.stderr);
    const s = readJsonc(file);
    assert.deepEqual(commandsOf(s, 'UserPromptSubmit'), ['npx --no-install prompt-hygiene hook claude-code']);
    assert.deepEqual(commandsOf(s, 'PreToolUse'), ['./mine.sh', 'npx --no-install prompt-hygiene hook claude-code'], 'the other hook in the shared group is kept');
  });

  it('writes the user settings under HOME with --user', async () => {
    const { dir, env, home } = project();
    const r = await runCli(dir, ['install-hooks', 'claude-code', '--user'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(commandsOf(readJsonc(join(home, '.claude', 'settings.json')), 'UserPromptSubmit'), ['prompt-hygiene hook claude-code']);
    assert.equal(existsSync(join(dir, '.claude')), false);
  });

  it('writes a VS Code hook file in .github/hooks (project) or ~/.copilot/hooks (user)', async () => {
    const { dir, env, home } = project();
    const p = await runCli(dir, ['install-hooks', 'vscode'], { env });
    assert.equal(p.code, 0, p.stderr);
    const s = readJsonc(join(dir, '.github', 'hooks', 'prompt-hygiene.json'));
    assert.deepEqual((s.hooks as Record<string, unknown>).PreToolUse, [{ type: 'command', command: 'prompt-hygiene hook vscode', timeout: 30 }]);
    assert.deepEqual(commandsOf(s, 'UserPromptSubmit'), ['prompt-hygiene hook vscode']);
    const u = await runCli(dir, ['install-hooks', 'vscode', '--user'], { env });
    assert.equal(u.code, 0, u.stderr);
    assert.ok(existsSync(join(home, '.copilot', 'hooks', 'prompt-hygiene.json')));
  });

  it('leaves a file that is not valid JSON untouched and exits 2', async () => {
    const { dir, env } = project();
    const broken = '{ "permissions": { "allow": [ }\n';
    const file = put(dir, '.claude/settings.json', broken);
    const r = await runCli(dir, ['install-hooks', 'claude-code'], { env });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.claude\/settings\.json was left unchanged: the file is not valid JSON at line 1/u);
    assert.equal(readFileSync(file, 'utf8'), broken);
    assert.equal(existsSync(`${file}.bak`), false);
  });

  it('refuses to merge into hooks of an unexpected shape', async () => {
    const { dir, env } = project();
    put(dir, '.claude/settings.json', '{ "hooks": { "PreToolUse": "nope" } }');
    const r = await runCli(dir, ['install-hooks', 'claude-code'], { env });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /"hooks\.PreToolUse" is not a list/u);
  });

  it('removes only its own entries with --uninstall', async () => {
    const { dir, env } = project();
    const file = put(dir, '.claude/settings.json', EXISTING_CLAUDE);
    await runCli(dir, ['install-hooks', 'claude-code'], { env });
    const r = await runCli(dir, ['install-hooks', 'claude-code', '--uninstall'], { env });
    assert.equal(r.code, 0, r.stderr);
    const s = readJsonc(file);
    assert.deepEqual(commandsOf(s, 'PreToolUse'), ['./scripts/block-rm.sh']);
    assert.equal((s.hooks as Record<string, unknown>).UserPromptSubmit, undefined);
    assert.deepEqual(s.permissions, (parse(EXISTING_CLAUDE) as Record<string, unknown>).permissions);
  });

  it('prints the result and writes nothing with --dry-run', async () => {
    const { dir, env } = project();
    const r = await runCli(dir, ['install-hooks', 'vscode', '--dry-run'], { env });
    assert.equal(r.code, 0);
    assert.deepEqual(commandsOf(parse(r.stdout) as Record<string, unknown>, 'PreToolUse'), ['prompt-hygiene hook vscode']);
    assert.equal(existsSync(join(dir, '.github')), false);
  });

  it('rejects an unknown agent and conflicting scopes', async () => {
    const { dir, env } = project();
    assert.equal((await runCli(dir, ['install-hooks', 'cursor'], { env })).code, 2);
    assert.equal((await runCli(dir, ['install-hooks', 'vscode', '--user', '--project'], { env })).code, 2);
  });
});

describe('toHookSettingsText()', () => {
  it('keeps tab indentation and CRLF line ends of the existing file', () => {
    const r = toHookSettingsText('{\r\n\t"model": "opus"\r\n}\r\n', 'claude-code', 'prompt-hygiene hook claude-code');
    assert.ok(r.ok && r.changed);
    assert.ok(r.ok && r.text.includes('\r\n\t"hooks": {'), 'tabs and CRLF are kept');
  });

  it('treats an empty file as an empty object', () => {
    const r = toHookSettingsText('  \n', 'vscode', 'prompt-hygiene hook vscode');
    assert.ok(r.ok && r.changed);
  });

  it('does not take another tool whose command merely mentions hooks for its own', () => {
    const text = JSON.stringify({ hooks: { UserPromptSubmit: [{ type: 'command', command: 'other-tool hook vscode' }] } });
    const r = toHookSettingsText(text, 'vscode', 'prompt-hygiene hook vscode');
    assert.ok(r.ok);
    const s = parse(r.ok ? r.text : '') as Record<string, unknown>;
    assert.deepEqual(commandsOf(s, 'UserPromptSubmit'), ['other-tool hook vscode', 'prompt-hygiene hook vscode']);
  });
});
