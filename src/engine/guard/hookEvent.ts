// Agent hook events (Claude Code, VS Code agent hooks) reduced to what the guard checks.
// Pure: the CLI reads stdin and the files a plan names; this module only looks at data.
//
// Input shapes, as documented by the two hosts:
// - Claude Code (https://code.claude.com/docs/en/hooks): snake_case common fields
//   `session_id`, `transcript_path`, `cwd`, `hook_event_name`; `prompt` for UserPromptSubmit;
//   `tool_name` + `tool_input` (snake_case keys such as `file_path`, `command`) for PreToolUse.
// - VS Code agent hooks (https://code.visualstudio.com/docs/agents/reference/hooks-reference):
//   `timestamp`, `cwd`, `sessionId`, `hookEventName`, `transcript_path`; the same `prompt`,
//   `tool_name` and `tool_input`, but VS Code's own tool names and camelCase input keys
//   (`read_file` with `filePath`). VS Code also runs hooks from `.claude/settings.json`, ignoring
//   matchers, so a `hook claude-code` command can receive VS Code-shaped input: the shape of the
//   input, not the subcommand, decides which dialect the answer uses.

/** The hosts whose hook protocol the guard speaks. */
export type HookAgent = 'claude-code' | 'vscode';

/** A hook event, reduced to what the guard needs. */
export interface HookEvent {
  /** The host that sent it, detected from the input's shape (the requested agent when unclear). */
  readonly agent: HookAgent;
  /** `UserPromptSubmit`, `PreToolUse`, or any other event name (those are allowed untouched). */
  readonly eventName: string;
  readonly sessionId?: string;
  readonly cwd?: string;
  readonly prompt?: string;
  readonly toolName?: string;
  readonly toolInput?: unknown;
}

/** What the guard does with a tool call. */
export type ToolKind = 'read' | 'local-write' | 'send';

/** A text the guard scans, with a label for messages (`prompt`, `tool_input.command`). */
export interface HookText {
  readonly label: string;
  readonly text: string;
}

/** A file the guard reads and scans, as named in the event (absolute or relative to `cwd`). */
export interface HookFile {
  readonly label: string;
  readonly path: string;
}

/** What to check for one event. */
export interface HookPlan {
  readonly texts: readonly HookText[];
  readonly files: readonly HookFile[];
}

const MAX_DEPTH = 12;
const MAX_STRINGS = 10_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * Parses a hook event from its JSON text. `agent` is the host the command was installed for; a
 * payload with the other host's field names is answered in that host's dialect. Returns a
 * reason (never containing input text) when the input is not a usable event.
 */
export function parseHookEvent(text: string, agent: HookAgent): { ok: true; event: HookEvent } | { ok: false; reason: string } {
  if (text.trim().length === 0) return { ok: false, reason: 'the hook input is empty (expected a JSON event on standard input)' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the hook input is not valid JSON' };
  }
  if (!isRecord(raw)) return { ok: false, reason: 'the hook input is not a JSON object' };
  const claudeName = str(raw.hook_event_name);
  const vscodeName = str(raw.hookEventName);
  const detected: HookAgent = claudeName !== undefined ? 'claude-code' : vscodeName !== undefined ? 'vscode' : agent;
  let toolInput: unknown = raw.tool_input ?? raw.toolInput;
  // Copilot CLI sends `toolArgs` as a JSON string.
  if (toolInput === undefined && typeof raw.toolArgs === 'string') {
    try {
      toolInput = JSON.parse(raw.toolArgs);
    } catch {
      toolInput = raw.toolArgs;
    }
  }
  const toolName = str(raw.tool_name) ?? str(raw.toolName);
  const prompt = typeof raw.prompt === 'string' ? raw.prompt : undefined;
  let eventName = claudeName ?? vscodeName;
  if (eventName === undefined) {
    if (toolName !== undefined) eventName = 'PreToolUse';
    else if (prompt !== undefined) eventName = 'UserPromptSubmit';
    else return { ok: false, reason: 'the hook input has no event name (hook_event_name)' };
  }
  eventName = toPascalEvent(eventName);
  if (eventName === 'UserPromptSubmit' && prompt === undefined) return { ok: false, reason: 'the hook input is a UserPromptSubmit event without a prompt' };
  if (eventName === 'PreToolUse' && toolName === undefined) return { ok: false, reason: 'the hook input is a PreToolUse event without a tool_name' };
  const sessionId = str(raw.session_id) ?? str(raw.sessionId);
  const cwd = str(raw.cwd);
  return {
    ok: true,
    event: {
      agent: detected,
      eventName,
      ...(sessionId !== undefined ? { sessionId } : {}),
      ...(cwd !== undefined ? { cwd } : {}),
      ...(prompt !== undefined ? { prompt } : {}),
      ...(toolName !== undefined ? { toolName } : {}),
      ...(toolInput !== undefined ? { toolInput } : {}),
    },
  };
}

/** Copilot CLI spells events in lowerCamelCase (`preToolUse`, `userPromptSubmitted`). */
function toPascalEvent(name: string): string {
  if (name === 'userPromptSubmitted' || name === 'userPromptSubmit') return 'UserPromptSubmit';
  if (name === 'preToolUse') return 'PreToolUse';
  return name;
}

// Tool names by what they do with content. Claude Code's names first, then VS Code's (both
// spellings it has used), then Copilot CLI's. Unknown tools count as `send`: their string inputs
// are scanned, which errs towards caution.
const READ_TOOLS: ReadonlySet<string> = new Set(['Read', 'NotebookRead', 'read_file', 'readFile', 'copilot_readFile', 'view']);
const LOCAL_WRITE_TOOLS: ReadonlySet<string> = new Set([
  'Write',
  'Edit',
  'MultiEdit',
  'NotebookEdit',
  'TodoWrite',
  'create_file',
  'createFile',
  'replace_string_in_file',
  'multi_replace_string_in_file',
  'insert_edit_into_file',
  'edit_notebook_file',
  'editFiles',
  'apply_patch',
  'create_directory',
  'manage_todo_list',
  'edit',
  'create',
]);
const SHELL_TOOLS: ReadonlySet<string> = new Set(['Bash', 'run_in_terminal', 'runInTerminal', 'runTerminalCommand', 'bash', 'shell', 'powershell']);

/**
 * What a tool does with content: `read` tools send a file to the model (the file is scanned),
 * `local-write` tools write what the model produced to disk (nothing leaves the machine, so
 * nothing is scanned), everything else (`send`: shell commands, web fetches, MCP tools) has its
 * string inputs scanned.
 */
export function toToolKind(toolName: string): ToolKind {
  if (READ_TOOLS.has(toolName)) return 'read';
  if (LOCAL_WRITE_TOOLS.has(toolName)) return 'local-write';
  return 'send';
}

/** True for tools that run a shell command. */
export function isShellTool(toolName: string): boolean {
  return SHELL_TOOLS.has(toolName);
}

const PATH_KEYS = ['file_path', 'filePath', 'notebook_path', 'notebookPath', 'path', 'uri'];

/** Every string inside a tool input, with its JSON path as label (bounded depth and count). */
export function toToolInputTexts(input: unknown): HookText[] {
  const out: HookText[] = [];
  const walk = (v: unknown, label: string, depth: number): void => {
    if (out.length >= MAX_STRINGS || depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      if (v.length > 0) out.push({ label, text: v });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${label}[${i}]`, depth + 1));
    } else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v)) walk(x, `${label}.${k}`, depth + 1);
    }
  };
  walk(input, 'tool_input', 0);
  return out;
}

/** The plan for one event: which texts and files to scan. Events other than prompts and tool calls need nothing. */
export function toHookPlan(event: HookEvent): HookPlan {
  if (event.eventName === 'UserPromptSubmit') return { texts: event.prompt ? [{ label: 'prompt', text: event.prompt }] : [], files: [] };
  if (event.eventName !== 'PreToolUse' || event.toolName === undefined) return { texts: [], files: [] };
  const kind = toToolKind(event.toolName);
  const input = event.toolInput;
  if (kind === 'local-write') return { texts: [], files: [] };
  if (kind === 'read') {
    const rec = isRecord(input) ? input : {};
    const key = PATH_KEYS.find((k) => typeof rec[k] === 'string' && (rec[k] as string).length > 0);
    return { texts: [], files: key ? [{ label: `tool_input.${key}`, path: rec[key] as string }] : [] };
  }
  const texts = toToolInputTexts(input);
  const files: HookFile[] = [];
  if (isShellTool(event.toolName)) {
    for (const t of texts) {
      if (!/\.(?:command|cmd|script)$/u.test(t.label)) continue;
      for (const path of toShellReadPaths(t.text)) files.push({ label: `file read by ${t.label}`, path });
    }
  }
  return { texts, files };
}

/** Commands that print a file's contents (so the file ends up in the tool's output, and in the model's context). */
const PRINTERS: ReadonlySet<string> = new Set(['cat', 'head', 'tail', 'less', 'more', 'bat', 'batcat', 'nl', 'tac', 'strings', 'xxd', 'od', 'type', 'get-content', 'gc']);
/** Options that take a separate value (`head -n 5 file`), by command. */
const VALUE_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  head: new Set(['-n', '-c', '--lines', '--bytes']),
  tail: new Set(['-n', '-c', '--lines', '--bytes', '-s', '--sleep-interval', '--pid']),
  'get-content': new Set(['-totalcount', '-tail', '-head', '-first', '-encoding']),
  gc: new Set(['-totalcount', '-tail', '-head', '-first', '-encoding']),
};

/**
 * Files a shell command prints with `cat`, `head`, `tail` and friends, so a `cat .env` is
 * checked like a Read of `.env`. Best effort: simple commands split on `|`, `;`, `&&`, `||` and
 * new lines, with quotes honoured; variables, globs and subshells are not expanded.
 */
export function toShellReadPaths(command: string): string[] {
  const paths: string[] = [];
  for (const words of toSimpleCommands(command.slice(0, 100_000))) {
    let i = 0;
    while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/u.test(words[i] as string) || ['sudo', 'command', 'exec', 'time', 'nohup'].includes(words[i] as string))) i++;
    const name = (words[i] ?? '').split('/').pop()?.toLowerCase() ?? '';
    if (!PRINTERS.has(name)) continue;
    for (let j = i + 1; j < words.length; j++) {
      const w = words[j] as string;
      if (w === '--') continue;
      if (w.startsWith('-') && w.length > 1) {
        if (VALUE_OPTIONS[name]?.has(w.toLowerCase())) j++;
        continue;
      }
      // A redirection: `> out` (skip the target too) or `>out`, `2>&1`.
      if (/^\d*(?:>>?|<|&>)$/u.test(w)) {
        j++;
        continue;
      }
      if (/^\d*[<>&]/u.test(w) || w === '-') continue;
      if (/[$`*?[\]{}]/u.test(w)) continue;
      paths.push(w);
      if (paths.length >= 50) return paths;
    }
  }
  return paths;
}

/** Splits a command line into simple commands (lists of words), honouring single and double quotes. */
function toSimpleCommands(line: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (c === '|' || c === ';' || c === '&' || c === '\n' || c === '(' || c === ')') {
      endCommand();
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}
