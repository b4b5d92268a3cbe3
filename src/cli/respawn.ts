// Folder scans run in a child process whose V8 young generation is capped. The main thread scans
// alongside its worker (see scanWithWorkers), and V8 grows a main thread's young generation to
// 32 MB of semi-spaces for a busy scan; a worker's is capped by resourceLimits, the main thread's
// only by a flag given at start-up. Measured on the 52 MB bench corpus: peak RSS 203–209 MB
// without, ~190 MB with `--max-semi-space-size=2` (1 since the thirty-ninth session: see CHILD_V8_FLAG), at the same scan time; the child's start costs
// about 0.06 s (the launcher that decides is a few lines, so the parent loads no engine). Single
// files, stdin and one-core machines run in this process as before.
//
// The child also runs with one glibc malloc arena (MALLOC_ARENA_MAX=1, unless the user set it):
// V8 compiles the rules' large patterns in malloc'ed zones on both threads, and glibc keeps each
// thread's arena, freed but not returned. Measured on the 52 MB bench corpus, three alternating
// runs each: peak RSS 185–187 MB against 196–201 MB, at the same scan time (2.28–2.65 s against
// 2.34–2.49 s). Other C libraries ignore the variable.
//
// And with a fixed mmap threshold of 128 KiB (MALLOC_MMAP_THRESHOLD_, unless the user set it). By
// default glibc raises the threshold to the size of each large block freed, so once V8 has freed a
// pattern's compile zone, later zones come from the heap and stay there, freed but not returned. A
// fixed threshold keeps every block above 128 KiB in its own mapping, unmapped when freed. Measured
// on the 52 MB bench corpus, alternating, sixty-ninth session: peak RSS 189.2–194.6 MiB (nine runs)
// against 193.0–200.5 MiB (eleven), at the same scan time (6.53–6.85 s against 6.45–7.23 s).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * The flag the child runs with: semi-spaces of 1 MB (V8's default maximum on 64-bit is 16 MB).
 * 2 MB until the thirty-ninth session, when 630 rules brought the bench corpus's peak to 197-203 MB
 * (KiB/1000, six alternating runs); 1 MB: 190-194 MB, for about 5% more time (median 6.06 s against
 * 5.6 s, the machine noisy) as the main thread scavenges more often.
 */
export const CHILD_V8_FLAG = '--max-semi-space-size=1';

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
 * The child's environment: the parent's, marked as the child's, with one malloc arena and a fixed
 * 128 KiB mmap threshold unless the user chose their own values.
 */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '131072', ...env, PROMPT_HYGIENE_CHILD: '1' };
}

/**
 * Runs the CLI again in a child with CHILD_V8_FLAG, then exits with its status. Returns false when
 * the child can't start (the caller then runs the CLI in this process: same results).
 */
export function respawn(script: string): boolean {
  const child = spawnSync(process.execPath, [...process.execArgv, CHILD_V8_FLAG, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: childEnv(process.env),
  });
  if (child.error !== undefined) return false;
  if (child.signal !== null) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 2);
}
