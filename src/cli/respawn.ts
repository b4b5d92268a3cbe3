// Folder scans run in a child process whose V8 young generation is capped. The main thread scans
// alongside its worker (see scanWithWorkers), and V8 grows a main thread's young generation to
// 32 MB of semi-spaces for a busy scan; a worker's is capped by resourceLimits, the main thread's
// only by a flag given at start-up. Measured on the 52 MB bench corpus: peak RSS 203–209 MB
// without, ~190 MB with `--max-semi-space-size=2`, at the same scan time; the child's start costs
// about 0.06 s (the launcher that decides is a few lines, so the parent loads no engine). Single
// files, stdin and one-core machines run in this process as before.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** The flag the child runs with: semi-spaces of 2 MB (V8's default maximum on 64-bit is 16 MB). */
export const CHILD_V8_FLAG = '--max-semi-space-size=2';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether to re-run the CLI in a child with CHILD_V8_FLAG: a `scan` of a folder on a multi-core
 * machine, not already in such a child, not turned off (PROMPT_HYGIENE_NO_RESPAWN=1), and not
 * started with a young-generation flag of the user's own.
 */
export function shouldRespawn(args: readonly string[], env: NodeJS.ProcessEnv, execArgv: readonly string[], cores = availableParallelism()): boolean {
  if (env.PROMPT_HYGIENE_CHILD === '1' || env.PROMPT_HYGIENE_NO_RESPAWN === '1') return false;
  if (execArgv.some((a) => a.startsWith('--max-semi-space-size') || a.startsWith('--max-old-space-size'))) return false;
  if (args[0] !== 'scan' || cores < 2) return false;
  return args.slice(1).some((a) => !a.startsWith('-') && isDirectory(a));
}

/**
 * Runs the CLI again in a child with CHILD_V8_FLAG, then exits with its status. Returns false when
 * the child can't start (the caller then runs the CLI in this process: same results).
 */
export function respawn(script: string): boolean {
  const child = spawnSync(process.execPath, [...process.execArgv, CHILD_V8_FLAG, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PROMPT_HYGIENE_CHILD: '1' },
  });
  if (child.error !== undefined) return false;
  if (child.signal !== null) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 2);
}
