// Shared fixtures for the hook, install-hooks and audit tests: planted values (built at run
// time by the rules' own examples and fake()), realistic hook events, and a log search.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, scan } from '../../../src/engine/index';
import { slackToken } from './helpers';

/** A line that a rule reports, and the value it reports in it. */
export interface Planted {
  readonly ruleId: string;
  readonly line: string;
  readonly value: string;
}

/** The first positive example of `ruleId` with the value the scanner finds in it. */
export function planted(ruleId: string): Planted {
  const rule = ALL_RULES.find((r) => r.id === ruleId);
  assert.ok(rule, `rule ${ruleId} exists`);
  for (const line of rule.examples.positive) {
    const f = scan(line).find((x) => x.ruleId === ruleId);
    if (f) return { ruleId, line, value: line.slice(f.range.start, f.range.end) };
  }
  throw new Error(`no example of ${ruleId} is found by the scanner`);
}

/** A Slack bot token line (seeded), as `planted` returns it. */
export function plantedSlack(seed: number): Planted {
  const value = slackToken(seed);
  return { ruleId: 'slack-bot-token', line: `SLACK_BOT_TOKEN=${value}`, value };
}

/** A Claude Code UserPromptSubmit event, as documented. */
export function claudePrompt(prompt: string, cwd: string, sessionId = 'sess-claude-1'): string {
  return JSON.stringify({
    session_id: sessionId,
    transcript_path: join(cwd, '.claude', 'transcript.jsonl'),
    cwd,
    permission_mode: 'default',
    hook_event_name: 'UserPromptSubmit',
    prompt,
  });
}

/** A Claude Code PreToolUse event. */
export function claudeTool(toolName: string, toolInput: Record<string, unknown>, cwd: string, sessionId = 'sess-claude-1'): string {
  return JSON.stringify({
    session_id: sessionId,
    transcript_path: join(cwd, '.claude', 'transcript.jsonl'),
    cwd,
    permission_mode: 'default',
    hook_event_name: 'PreToolUse',
    tool_name: toolName,
    tool_input: toolInput,
    tool_use_id: 'toolu_01ABC',
  });
}

/** A VS Code agent hook UserPromptSubmit event (common fields in VS Code's spelling). */
export function vscodePrompt(prompt: string, cwd: string, sessionId = 'sess-vscode-1'): string {
  return JSON.stringify({ timestamp: '2026-02-09T10:30:00.000Z', cwd, sessionId, hookEventName: 'UserPromptSubmit', transcript_path: join(cwd, 't.json'), prompt });
}

/** A VS Code agent hook PreToolUse event. */
export function vscodeTool(toolName: string, toolInput: Record<string, unknown>, cwd: string, sessionId = 'sess-vscode-1'): string {
  return JSON.stringify({
    timestamp: '2026-02-09T10:30:00.000Z',
    cwd,
    sessionId,
    hookEventName: 'PreToolUse',
    transcript_path: join(cwd, 't.json'),
    tool_name: toolName,
    tool_input: toolInput,
    tool_use_id: 'tool-123',
  });
}

/** Every file under `dir` (recursively) with its text. */
export function allFiles(dir: string): { path: string; text: string }[] {
  if (!existsSync(dir)) return [];
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...allFiles(p));
    else out.push({ path: p, text: readFileSync(p, 'utf8') });
  }
  return out;
}

/** Fails when any planted value (or a long piece of it) appears in `text`. */
export function assertNoValues(where: string, text: string, values: readonly string[]): void {
  for (const v of values) {
    assert.ok(!text.includes(v), `a planted ${v.length}-character value appears in ${where}`);
    // A leak of most of the value (say, with a prefix stripped) counts too.
    const core = v.slice(Math.floor(v.length / 4), Math.floor(v.length / 4) + Math.max(8, Math.floor(v.length / 2)));
    if (core.length >= 8) assert.ok(!text.includes(core), `a long part of a planted value appears in ${where}`);
  }
}
