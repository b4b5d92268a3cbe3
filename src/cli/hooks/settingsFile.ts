// Writing an agent's settings file safely: a backup of the old file, then an atomic replace.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HookAgent } from '../../engine/index';

/** Where the hooks go. */
export type HookScope = 'project' | 'user';

/**
 * The settings file for an agent and scope: Claude Code reads `.claude/settings.json` (project)
 * and `~/.claude/settings.json` (user); VS Code loads every `*.json` in `.github/hooks/`
 * (project) and `~/.copilot/hooks/` (user), so the guard gets a file of its own there.
 */
export function toHookSettingsPath(agent: HookAgent, scope: HookScope, projectDir: string, home: string = homedir()): string {
  const base = scope === 'user' ? home : projectDir;
  if (agent === 'claude-code') return join(base, '.claude', 'settings.json');
  return scope === 'user' ? join(base, '.copilot', 'hooks', 'prompt-hygiene.json') : join(base, '.github', 'hooks', 'prompt-hygiene.json');
}

/** The file's text, or undefined when it does not exist. */
export function readSettingsText(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  if (statSync(file).isDirectory()) throw new Error(`${file} is a folder`);
  return readFileSync(file, 'utf8');
}

/**
 * Replaces `file` with `text`: the old file (if any) is copied to `<file>.bak` first, the new
 * text goes to a temporary file in the same folder, and a rename puts it in place, so a reader
 * never sees half a file. Returns the backup's path.
 */
export function writeSettingsAtomically(file: string, text: string): { backup?: string } {
  mkdirSync(dirname(file), { recursive: true });
  let backup: string | undefined;
  if (existsSync(file)) {
    backup = `${file}.bak`;
    copyFileSync(file, backup);
  }
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return backup ? { backup } : {};
}
