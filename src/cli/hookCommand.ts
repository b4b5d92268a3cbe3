// `prompt-hygiene hook claude-code|vscode`: the agent-hook guard. Reads one hook event (JSON on
// standard input), checks what it would send to the AI provider, answers in the host's
// documented format and records the decision in the audit log.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { parseHookEvent, toAuditConsent, toAuditEntry, toHookAnswer, toHookFailure, toHookProvider } from '../engine/index';
import type { HookAgent, HookAnswer, HookEvent } from '../engine/index';
import { choiceOption, flag, formatSize, parseCommandArgs, parseSize, stringOption, UsageError } from './args';
import { appendAuditEntry, projectRoot, resolveAuditTarget } from './hooks/auditLog';
import { checkHookEvent } from './hooks/checkEvent';
import type { CliIo } from './io';
import { loadPolicy, resolvePolicyText } from './policy';
import type { LoadedPolicy, ResolvedCliPolicy } from './policy';

/** Usage of `prompt-hygiene hook`. */
export const HOOK_HELP = `Usage: prompt-hygiene hook claude-code|vscode [options]

Agent hook: reads one hook event as JSON on standard input and checks what it would send to
the AI provider. Install it with 'prompt-hygiene install-hooks'.

  UserPromptSubmit  a prompt with secrets or personal data is blocked; the reason lists what
                    was found (previews, never values) and repeats the prompt redacted
  PreToolUse        Read of a file with findings, shell commands (and files they print with
                    cat/head/tail), web fetches and MCP tool inputs with findings are denied;
                    tools that only write files are not checked
  other events      allowed untouched

No findings: exit 0 and no output. The answer uses the documented format of the host that
sent the event (Claude Code: decision/reason and hookSpecificOutput; VS Code: continue/
stopReason and hookSpecificOutput). Malformed input, input over --max-input and internal
errors block (exit 2, reason on stderr) unless --fail-open or the policy's guard.failOpen.

Options:
  -p, --policy FILE        Policy file (default: .prompt-hygiene.json in the project folder,
                           else at the git root); an invalid policy falls back to the defaults
      --mode MODE          block (default: the policy's guard.hooks), warn or off
      --fail-open          Let events through when they cannot be checked
      --max-input SIZE     Largest event accepted (default 8m)
      --max-file-size SIZE Largest file a Read may open (default 5m; larger ones are blocked)
      --audit-log FILE     Append the decision to FILE instead of the default audit log
      --no-audit           Do not write the audit log
  -h, --help               Show this help

Audit log: one JSON line per decision (rule ids and fingerprints, never values) in
.prompt-hygiene/audit.jsonl at the project root, or ~/.prompt-hygiene/audit.jsonl when the
policy sets audit.location to global. Export it with 'prompt-hygiene audit'.
`;

/** Default for `--max-input`: 8 MB. */
export const DEFAULT_MAX_INPUT = 8 * 1024 * 1024;
/** Default for `--max-file-size`: 5 MB (as `scan`). */
export const DEFAULT_HOOK_MAX_FILE_SIZE = 5 * 1024 * 1024;

const OPTIONS = {
  policy: { type: 'string', short: 'p' },
  mode: { type: 'string' },
  'fail-open': { type: 'boolean' },
  'max-input': { type: 'string' },
  'max-file-size': { type: 'string' },
  'audit-log': { type: 'string' },
  'no-audit': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const AGENTS: readonly HookAgent[] = ['claude-code', 'vscode'];

/** The agent named by the only positional argument of `hook` and `install-hooks`. */
export function toHookAgent(command: string, positionals: readonly string[]): HookAgent {
  const agent = positionals[0];
  if (agent === undefined || !AGENTS.includes(agent as HookAgent) || positionals.length > 1) {
    throw new UsageError(`${command}: expected 'claude-code' or 'vscode'${agent !== undefined ? `, got '${positionals.join(' ')}'` : ''}`);
  }
  return agent as HookAgent;
}

/** The built-in policy, for when there is no usable policy file. */
const DEFAULT_POLICY: ResolvedCliPolicy = (() => {
  const r = resolvePolicyText(undefined);
  if (!r.ok) throw new Error('the built-in policy does not resolve');
  return r.policy;
})();

function sizeOption(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = parseSize(text);
  if (n === undefined) throw new UsageError(`invalid value for --${name}: '${text}' (expected a size such as 500k or 8m)`);
  return n;
}

function isDir(p: string | undefined): p is string {
  try {
    return p !== undefined && isAbsolute(p) && existsSync(p) && statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Runs `prompt-hygiene hook`. Returns 0 (allowed, or answered on stdout) or 2 (blocked via stderr). */
export async function runHookCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('hook', args, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout(HOOK_HELP);
    return 0;
  }
  const agent = toHookAgent('hook', positionals);
  const modeFlag = stringOption(values, 'mode') === undefined ? undefined : choiceOption(values, 'mode', ['block', 'warn', 'off'] as const, 'block');
  const maxInput = sizeOption(stringOption(values, 'max-input'), 'max-input', DEFAULT_MAX_INPUT);
  const maxFileSize = sizeOption(stringOption(values, 'max-file-size'), 'max-file-size', DEFAULT_HOOK_MAX_FILE_SIZE);
  const audit = { file: stringOption(values, 'audit-log'), off: flag(values, 'no-audit') };
  const failOpenFlag = flag(values, 'fail-open');
  const now = new Date();

  let event: HookEvent | undefined;
  let projectDir = isDir(io.env.CLAUDE_PROJECT_DIR) ? io.env.CLAUDE_PROJECT_DIR : io.cwd;
  let policy: LoadedPolicy | undefined;
  let resolved = DEFAULT_POLICY;
  let failOpen = failOpenFlag;
  let notes: string[] = [];
  const usePolicy = (dir: string): void => {
    const loaded = loadPolicy(dir, stringOption(values, 'policy'));
    if (loaded.ok) {
      policy = loaded.loaded;
      resolved = policy.policy;
      notes = policy.warnings.map((w) => `prompt-hygiene: ${w}\n`);
    } else {
      // Never less detection: an unusable policy means the built-in defaults.
      policy = undefined;
      resolved = DEFAULT_POLICY;
      notes = [`prompt-hygiene: ${loaded.message}\nprompt-hygiene: using the built-in defaults.\n`];
    }
    failOpen = failOpenFlag || resolved.resolved.policy.guard.failOpen;
  };
  let answer: HookAnswer;
  try {
    usePolicy(projectDir);
    const bytes = await io.readStdin();
    if (bytes.length > maxInput) {
      answer = toHookFailure(`the hook event is ${formatSize(bytes.length)}, more than the ${formatSize(maxInput)} it checks (--max-input)`, failOpen, 'too-large');
    } else {
      const parsed = parseHookEvent(bytes.toString('utf8'), agent);
      if (!parsed.ok) {
        answer = toHookFailure(parsed.reason, failOpen, 'malformed-input');
      } else {
        event = parsed.event;
        if (!isDir(io.env.CLAUDE_PROJECT_DIR) && isDir(event.cwd) && event.cwd !== projectDir) {
          projectDir = event.cwd;
          usePolicy(projectDir);
        }
        for (const n of notes) io.stderr(n);
        const mode = modeFlag ?? resolved.resolved.policy.guard.hooks;
        if (mode === 'off') return 0;
        const checked = checkHookEvent(event, {
          scanOptions: resolved.scanOptions,
          policy,
          baseDir: isDir(event.cwd) ? event.cwd : projectDir,
          showDir: projectRoot(projectDir, policy),
          maxFileSize,
        });
        answer = toHookAnswer({ event, mode, results: checked.results, problems: checked.problems, failOpen });
      }
    }
  } catch (e) {
    // Engine and file errors carry no scanned text, so the message is safe to show.
    answer = toHookFailure(`the guard failed (${e instanceof Error ? e.message : String(e)})`, failOpen, 'internal-error');
  }

  writeAudit(io, projectDir, policy, audit, answer, event, agent, now);
  if (answer.stdout) io.stdout(answer.stdout);
  if (answer.stderr) io.stderr(answer.stderr);
  return answer.exitCode;
}

/** Appends the decision to the audit log; a failure to write is reported, never fatal. */
function writeAudit(
  io: CliIo,
  projectDir: string,
  policy: LoadedPolicy | undefined,
  flags: { readonly file?: string; readonly off: boolean },
  answer: HookAnswer,
  event: HookEvent | undefined,
  agent: HookAgent,
  now: Date,
): void {
  try {
    const target = resolveAuditTarget(io, projectDir, policy, flags);
    if (target.file === undefined) return;
    const consent = toAuditConsent(policy?.policy.resolved.policy, toHookProvider(event?.agent ?? agent), policy?.file !== undefined);
    const entry = toAuditEntry({
      surface: 'hook',
      decision: answer.decision,
      findings: answer.findings,
      now,
      ...(event?.sessionId ? { sessionId: event.sessionId } : {}),
      event: event ? (event.toolName ? `${event.eventName}:${event.toolName}` : event.eventName) : `${agent}:unparsed`,
      provider: consent.provider,
      consent: consent.consent,
      ...(answer.reason ? { reason: answer.reason } : {}),
    });
    appendAuditEntry(target.file, entry, target.retainDays, now);
  } catch (e) {
    io.stderr(`prompt-hygiene: could not write the audit log (${e instanceof Error ? e.message : String(e)})\n`);
  }
}
