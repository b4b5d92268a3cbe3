// `prompt-hygiene install-hooks claude-code|vscode`: merges the guard's hook entries into the
// agent's settings file, keeping every other setting, with a backup and an atomic write.
import { resolve } from 'node:path';
import { toHookSettingsText } from '../engine/index';
import type { HookAgent } from '../engine/index';
import { flag, parseCommandArgs, stringOption, UsageError } from './args';
import { findGitRoot } from './gitRoot';
import { homeDir } from './hooks/auditLog';
import { readSettingsText, toHookSettingsPath, writeSettingsAtomically } from './hooks/settingsFile';
import type { HookScope } from './hooks/settingsFile';
import type { CliIo } from './io';
import { displayPath } from './policy';
import { toHookAgent } from './hookCommand';

/** Usage of `prompt-hygiene install-hooks`. */
export const INSTALL_HOOKS_HELP = `Usage: prompt-hygiene install-hooks claude-code|vscode [--project | --user] [options]

Adds the Prompt Hygiene guard ('prompt-hygiene hook …') to an agent's hook settings, for
UserPromptSubmit and PreToolUse. Every other setting, hook and comment in the file is kept;
running it again changes nothing. The old file is kept as <file>.bak, and the new one is
written to a temporary file first and renamed into place.

  claude-code --project   .claude/settings.json in the project folder (default)
  claude-code --user      ~/.claude/settings.json
  vscode --project        .github/hooks/prompt-hygiene.json in the project folder (default)
  vscode --user           ~/.copilot/hooks/prompt-hygiene.json

Options:
      --project            Install for this project (shared with the team through git)
      --user               Install for your user account (every project)
      --dir DIR            Project folder (default: the git root of the current folder,
                           else the current folder)
      --command CMD        How the hook runs this CLI (default: prompt-hygiene, which must be
                           on PATH; e.g. "npx --no-install prompt-hygiene" for a project
                           dependency)
      --uninstall          Remove the guard's entries instead
      --dry-run            Print the resulting file instead of writing it
  -h, --help               Show this help

Exit codes: 0 done (or nothing to change), 2 usage error or a settings file that cannot be
merged safely (not valid JSON, unexpected "hooks" shape); the file is then left untouched.
`;

const OPTIONS = {
  project: { type: 'boolean' },
  user: { type: 'boolean' },
  dir: { type: 'string' },
  command: { type: 'string' },
  uninstall: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const AGENT_NAMES: Readonly<Record<HookAgent, string>> = { 'claude-code': 'Claude Code', vscode: 'VS Code agent' };

/** Runs `prompt-hygiene install-hooks`. */
export async function runInstallHooksCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('install-hooks', args, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout(INSTALL_HOOKS_HELP);
    return 0;
  }
  const agent = toHookAgent('install-hooks', positionals);
  if (flag(values, 'project') && flag(values, 'user')) throw new UsageError('install-hooks: choose one of --project and --user');
  const scope: HookScope = flag(values, 'user') ? 'user' : 'project';
  const dirOption = stringOption(values, 'dir');
  const projectDir = dirOption !== undefined ? resolve(io.cwd, dirOption) : (findGitRoot(io.cwd) ?? io.cwd);
  const cli = (stringOption(values, 'command') ?? 'prompt-hygiene').trim();
  if (cli.length === 0) throw new UsageError('install-hooks: --command must not be empty');
  const file = toHookSettingsPath(agent, scope, projectDir, homeDir(io));
  const shown = scope === 'user' ? file : displayPath(io.cwd, file);
  const remove = flag(values, 'uninstall');

  let existing: string | undefined;
  try {
    existing = readSettingsText(file);
  } catch (e) {
    io.stderr(`prompt-hygiene: cannot read ${shown}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const merged = toHookSettingsText(existing, agent, `${cli} hook ${agent}`, { remove });
  if (!merged.ok) {
    io.stderr(`prompt-hygiene: ${shown} was left unchanged: ${merged.reason}. Fix it by hand, then run this again.\n`);
    return 2;
  }
  if (flag(values, 'dry-run')) {
    io.stdout(merged.changed ? merged.text : (existing ?? ''));
    io.stderr(`prompt-hygiene: dry run: ${merged.changed ? 'this is what would be written to' : 'nothing would change in'} ${shown}\n`);
    return 0;
  }
  if (!merged.changed) {
    io.stdout(remove ? `No Prompt Hygiene hooks in ${shown}; nothing to remove.\n` : `The ${AGENT_NAMES[agent]} hooks are already installed in ${shown}; nothing changed.\n`);
    return 0;
  }
  const written = writeSettingsAtomically(file, merged.text);
  const backup = written.backup ? ` (previous version: ${scope === 'user' ? written.backup : displayPath(io.cwd, written.backup)})` : '';
  io.stdout(
    remove
      ? `Removed the Prompt Hygiene hooks from ${shown}${backup}.\n`
      : `Installed the ${AGENT_NAMES[agent]} hooks (UserPromptSubmit, PreToolUse) in ${shown}${backup}.\n` +
          `They run '${cli} hook ${agent}'${cli === 'prompt-hygiene' ? ', so prompt-hygiene must be on PATH (npm install -g prompt-hygiene)' : ''}.\n`,
  );
  return 0;
}
