import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../../../src/cli/io';
import { run } from '../../../src/cli/main';
import { fake } from '../../../src/engine/rules/defineRule';

/** What one in-process CLI run produced. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for a captured run. */
export interface RunSetup {
  readonly stdin?: string | Buffer;
  readonly stdinIsPiped?: boolean;
  readonly isTTY?: boolean;
  readonly env?: Record<string, string | undefined>;
}

/** Runs the CLI in-process in `cwd` with captured output. Worker threads are off unless `env` asks. */
export async function runCli(cwd: string, argv: string[], setup: RunSetup = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readStdin: () => Promise.resolve(Buffer.isBuffer(setup.stdin) ? setup.stdin : Buffer.from(setup.stdin ?? '', 'utf8')),
    isTTY: setup.isTTY ?? false,
    env: { PROMPT_HYGIENE_WORKERS: '0', ...setup.env },
    stdinIsPiped: setup.stdinIsPiped ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const created: string[] = [];

/** A fresh temporary folder (under os.tmpdir()), removed after the test file's run. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ph-cli-'));
  created.push(dir);
  return dir;
}

/** Removes every folder `tempDir` created. Call from a root-level `after`. */
export function removeTempDirs(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Writes a file (creating folders) and returns its absolute path. */
export function put(root: string, rel: string, content: string | Uint8Array): string {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** A Slack bot token the `slack-bot-token` rule reports, built at run time. Different seeds give different tokens. */
export function slackToken(seed = 1): string {
  return fake('xoxb-{d11}-{d12}-{a24}', 0x5eed + seed);
}

/** Parses JSON Lines output. */
export function parseJsonl(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
