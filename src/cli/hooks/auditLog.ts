// The local audit log on disk: where it lives, and appending one entry (with retention).
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parsePolicy, toAuditLine, toPrunedAuditLog } from '../../engine/index';
import type { AuditEntry } from '../../engine/index';
import { findGitRoot } from '../gitRoot';
import type { CliIo } from '../io';
import type { LoadedPolicy } from '../policy';

/** The folder (at the project root) that holds the workspace audit log. */
export const AUDIT_DIR = '.prompt-hygiene';
/** The log's file name, in the workspace folder or the user's home folder. */
export const AUDIT_FILE = 'audit.jsonl';

/** Where the audit log goes, or why it is off. */
export type AuditTarget = { readonly file: string; readonly retainDays: number } | { readonly file: undefined; readonly why: string };

/** The user's home folder, from the environment first (so tests can point it elsewhere). */
export function homeDir(io: CliIo): string {
  return io.env.HOME || io.env.USERPROFILE || homedir();
}

/** The project folder: the policy file's folder, else the git root, else `dir`. */
export function projectRoot(dir: string, policy?: LoadedPolicy): string {
  if (policy?.file) return dirname(policy.file);
  return findGitRoot(dir) ?? dir;
}

/**
 * Resolves the audit log. Order: `--no-audit` (off), `--audit-log FILE`, the team policy's
 * explicit `audit.enabled: false` (off), then the policy's `audit.location` (default
 * `workspace`: `<project>/.prompt-hygiene/audit.jsonl`; `global`: `~/.prompt-hygiene/audit.jsonl`).
 * The log is on unless switched off: it holds rule ids and fingerprints only.
 */
export function resolveAuditTarget(io: CliIo, dir: string, policy: LoadedPolicy | undefined, flags: { readonly file?: string; readonly off?: boolean }): AuditTarget {
  const effective = policy?.policy.resolved.policy;
  const retainDays = effective?.audit.retainDays ?? 30;
  if (flags.off) return { file: undefined, why: '--no-audit' };
  if (flags.file) return { file: resolve(io.cwd, flags.file), retainDays };
  if (policy?.text !== undefined) {
    const parsed = parsePolicy(policy.text);
    if (parsed.ok && parsed.policy.audit?.enabled === false) return { file: undefined, why: 'the team policy sets audit.enabled to false' };
  }
  if (effective?.audit.location === 'global') return { file: join(homeDir(io), AUDIT_DIR, AUDIT_FILE), retainDays };
  return { file: join(projectRoot(dir, policy), AUDIT_DIR, AUDIT_FILE), retainDays };
}

/** Reads the first line of a file (at most 4 KB), to see whether the oldest entry expired. */
function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8');
    const nl = text.indexOf('\n');
    return nl >= 0 ? text.slice(0, nl + 1) : text;
  } finally {
    closeSync(fd);
  }
}

/**
 * Appends one entry. Creates the folder (a new `.prompt-hygiene` folder gets a `.gitignore`
 * that keeps the log out of commits) and drops expired entries first when the oldest one is past
 * `retainDays`. Appends are single `write` calls in append mode, so concurrent hooks and the
 * editor do not interleave lines.
 */
export function appendAuditEntry(file: string, entry: AuditEntry, retainDays: number, now: Date): void {
  const dir = dirname(file);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    if (basename(dir) === AUDIT_DIR) writeFileSync(join(dir, '.gitignore'), '# Local Prompt Hygiene audit log: not for commits.\n*\n');
  } else if (existsSync(file)) {
    const pruned = toPrunedAuditLog(firstLine(file), now, retainDays) ? toPrunedAuditLog(readFileSync(file, 'utf8'), now, retainDays) : undefined;
    if (pruned) {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, pruned.text);
      renameSync(tmp, file);
    }
  }
  appendFileSync(file, toAuditLine(entry), { encoding: 'utf8' });
}
