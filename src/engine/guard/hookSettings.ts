// Merges the guard's hook entries into an agent's settings file without losing anything else.
// Pure: takes the file's text and returns the new text; the CLI and the extension do the I/O
// (atomic write, backup).
//
// Claude Code settings (`.claude/settings.json`, `~/.claude/settings.json`) group hooks by
// matcher: `{"hooks":{"PreToolUse":[{"matcher":"Bash","hooks":[{"type":"command","command":…}]}]}}`.
// VS Code agent hook files (`.github/hooks/*.json`, `~/.copilot/hooks/*.json`) list the commands
// directly: `{"hooks":{"PreToolUse":[{"type":"command","command":…}]}}`.

import { applyEdits, getNodeValue, modify, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { FormattingOptions, Node, ParseError } from 'jsonc-parser';
import { lineOf, toLineStarts } from '../scan/lines';
import type { HookAgent } from './hookEvent';

/** The events the guard hooks into. */
export const GUARDED_HOOK_EVENTS = ['UserPromptSubmit', 'PreToolUse'] as const;

/**
 * Claude Code tools whose calls the guard checks: Read (the file), Bash (the command and files
 * it prints), web fetch and search (what is sent), MCP tools (their inputs).
 */
export const CLAUDE_PRE_TOOL_MATCHER = 'Read|Bash|WebFetch|WebSearch|mcp__.*';

/** Seconds a hook may run before the host gives up on it. */
export const HOOK_TIMEOUT_SECONDS = 30;

/** The result of a merge: the new text, or why the file was left alone. */
export type HookSettingsResult =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: string };

/** True for a hook command that runs this guard (any install path, any extra flags). */
export function isGuardHookCommand(command: unknown, agent?: HookAgent): boolean {
  if (typeof command !== 'string') return false;
  const hook = agent ? new RegExp(`\\bhook\\s+${agent}\\b`, 'u') : /\bhook\s+(?:claude-code|vscode)\b/u;
  return hook.test(command) && /prompt-hygiene|cli\.js/u.test(command);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function commandEntry(command: string): Record<string, unknown> {
  return { type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS };
}

/** The entry this guard wants under `event` (a matcher group for Claude Code, a bare command for VS Code). */
export function toGuardHookEntry(agent: HookAgent, event: (typeof GUARDED_HOOK_EVENTS)[number], command: string): Record<string, unknown> {
  if (agent === 'vscode') return commandEntry(command);
  return event === 'PreToolUse' ? { matcher: CLAUDE_PRE_TOOL_MATCHER, hooks: [commandEntry(command)] } : { hooks: [commandEntry(command)] };
}

/** The event's list with our entry placed (or removed): first occurrence replaced in place, duplicates dropped. */
function mergeList(list: readonly unknown[], agent: HookAgent, entry: Record<string, unknown> | undefined): unknown[] {
  const ours = (h: unknown): boolean => isRecord(h) && isGuardHookCommand(h.command, agent);
  const out: unknown[] = [];
  let placed = entry === undefined;
  for (const item of list) {
    const group = isRecord(item) && Array.isArray(item.hooks) ? (item.hooks as unknown[]) : undefined;
    const hit = agent === 'claude-code' ? group?.some(ours) === true : ours(item);
    if (!hit) {
      out.push(item);
      continue;
    }
    if (agent === 'claude-code' && group) {
      // Another tool's hooks may share the group: keep them, in a group of their own.
      const others = group.filter((h) => !ours(h));
      if (others.length > 0) out.push({ ...(item as Record<string, unknown>), hooks: others });
    }
    if (!placed && entry) {
      out.push(entry);
      placed = true;
    }
  }
  if (!placed && entry) out.push(entry);
  return out;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Indentation of the existing file (tabs, or the smallest space indent), default two spaces. */
function toFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (/^\t+\S/mu.test(text)) return { insertSpaces: false, tabSize: 1, eol };
  let size = 0;
  for (const m of text.matchAll(/^( +)\S/gmu)) {
    const n = (m[1] as string).length;
    if (size === 0 || n < size) size = n;
  }
  return { insertSpaces: true, tabSize: size || 2, eol };
}

/**
 * Adds (or with `remove`, takes out) the guard's hook entries in a settings file's text. Keeps
 * every other setting, comment and hook; running it twice changes nothing the second time.
 * `existing` undefined or blank means the file does not exist yet. A file that is not valid
 * JSONC, or whose `hooks` have an unexpected shape, is left alone with a reason.
 */
export function toHookSettingsText(existing: string | undefined, agent: HookAgent, command: string, options: { readonly remove?: boolean } = {}): HookSettingsResult {
  const base = existing === undefined || existing.trim().length === 0 ? '{}' : existing;
  const errors: ParseError[] = [];
  const root: Node | undefined = parseTree(base, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const where = e ? ` at line ${lineOf(toLineStarts(base), e.offset) + 1}` : '';
    return { ok: false, reason: `the file is not valid JSON${where}${e ? ` (${printParseErrorCode(e.error)})` : ''}` };
  }
  if (root.type !== 'object') return { ok: false, reason: 'the file does not hold a JSON object' };
  const value = getNodeValue(root) as Record<string, unknown>;
  const hooks = value.hooks;
  if (hooks !== undefined && !isRecord(hooks)) return { ok: false, reason: '"hooks" is not an object' };
  const formattingOptions = toFormatting(base);
  let text = base;
  let changed = false;
  for (const event of GUARDED_HOOK_EVENTS) {
    const current = isRecord(hooks) ? hooks[event] : undefined;
    if (current !== undefined && !Array.isArray(current)) return { ok: false, reason: `"hooks.${event}" is not a list` };
    const list = (current as unknown[] | undefined) ?? [];
    const next = mergeList(list, agent, options.remove ? undefined : toGuardHookEntry(agent, event, command));
    if (sameJson(list, next)) continue;
    const remaining = current === undefined && next.length === 0;
    if (remaining) continue;
    text = applyEdits(text, modify(text, ['hooks', event], next.length === 0 && options.remove ? undefined : next, { formattingOptions }));
    changed = true;
  }
  if (!changed) return { ok: true, text: existing ?? '', changed: false };
  if (!text.endsWith('\n')) text += formattingOptions.eol ?? '\n';
  return { ok: true, text, changed: true };
}
