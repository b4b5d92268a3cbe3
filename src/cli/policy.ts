import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isPathAllowlisted, parsePolicy, POLICY_FILE_NAME, resolvePolicy } from '../engine/index';
import type { Category, PolicyIssue, ResolvedPolicy, Rule, ScanOptions } from '../engine/index';
import { findGitRoot } from './gitRoot';

/** The policy file looked for at the working directory, then at the git root. */
export const DEFAULT_POLICY_FILE = POLICY_FILE_NAME;

/** Scan options as the policy resolves them, custom rules included. */
export type PolicyScanOptions = ScanOptions & {
  readonly rules?: readonly Rule[];
  /** Put each finding's fingerprint in the results (JSON and SARIF need it; a SHA-256 per finding otherwise wasted). */
  readonly withFingerprints?: boolean;
};

/** A policy resolved from its text: what the CLI and its scan workers both build. */
export interface ResolvedCliPolicy {
  readonly scanOptions: PolicyScanOptions;
  readonly resolved: ResolvedPolicy;
  /** Issues that leave the policy in force (an unsafe custom regex, an unknown rule id). */
  readonly warnings: readonly PolicyIssue[];
}

/** Parses and resolves policy text (`undefined` = no policy file: the defaults). Never throws. */
export function resolvePolicyText(
  text: string | undefined,
): { ok: true; policy: ResolvedCliPolicy } | { ok: false; issues: readonly PolicyIssue[] } {
  if (text === undefined) {
    const resolved = resolvePolicy(undefined);
    return { ok: true, policy: { scanOptions: resolved.scanOptions, resolved, warnings: [] } };
  }
  const parsed = parsePolicy(text);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const resolved = resolvePolicy(parsed);
  return { ok: true, policy: { scanOptions: resolved.scanOptions, resolved, warnings: parsed.warnings } };
}

/**
 * The policy's scan options narrowed to the categories asked for on the command line, and without
 * attributions when `--no-attributions` was given (the command line can only narrow the policy).
 */
export function toScanOptions(policy: ResolvedCliPolicy, categories: readonly Category[], attributions = true): PolicyScanOptions {
  const base: PolicyScanOptions = attributions ? policy.scanOptions : { ...policy.scanOptions, attributions: false };
  if (categories.length === 0) return base;
  const cats = base.categories ?? {};
  return {
    ...base,
    categories: {
      secret: cats.secret !== false && categories.includes('secret'),
      pii: cats.pii !== false && categories.includes('pii'),
    },
  };
}

/** The policy in effect for one CLI run. */
export interface LoadedPolicy {
  /** Absolute path of the policy file, when there is one. */
  readonly file?: string;
  /** The file's text, handed to scan workers so they resolve the same policy. */
  readonly text?: string;
  readonly policy: ResolvedCliPolicy;
  /** Notes for stderr: parts of the policy that were skipped (`file:line:col message`). */
  readonly warnings: readonly string[];
  /** True when the policy's path allowlist covers the file (absolute path). */
  isPathAllowlisted(absPath: string): boolean;
}

/**
 * Finds, reads and resolves the policy: `explicitPath` (from `--policy`) if given, else
 * `.prompt-hygiene.json` in `cwd`, else at the git root. An unreadable or invalid file is an
 * error listing `file:line:col message` per issue.
 */
export function loadPolicy(cwd: string, explicitPath: string | undefined): { ok: true; loaded: LoadedPolicy } | { ok: false; message: string } {
  let file: string | undefined;
  if (explicitPath !== undefined) {
    file = resolve(cwd, explicitPath);
    if (!existsSync(file)) return { ok: false, message: `policy file not found: ${explicitPath}` };
  } else {
    const candidates = [join(cwd, DEFAULT_POLICY_FILE)];
    const root = findGitRoot(cwd);
    if (root !== undefined) candidates.push(join(root, DEFAULT_POLICY_FILE));
    file = candidates.find((c) => existsSync(c));
  }
  let text: string | undefined;
  if (file !== undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      return { ok: false, message: `cannot read policy file ${displayPath(cwd, file)}: ${errorCode(e)}` };
    }
  }
  const result = resolvePolicyText(text);
  const shown = file !== undefined ? displayPath(cwd, file) : '';
  const located = (i: PolicyIssue): string => `${shown}:${i.line}:${i.column} ${i.message}${i.path ? ` (at ${i.path})` : ''}`;
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    return { ok: false, message: `invalid policy file ${shown}:\n${(errors.length > 0 ? errors : result.issues).map(located).join('\n')}` };
  }
  const policy = result.policy;
  // The parser's located warnings and the resolver's problems describe the same skipped parts;
  // the resolver's are shown only when the parser had nothing to say.
  const warnings =
    policy.warnings.length > 0 ? policy.warnings.map(located) : policy.resolved.problems.map((p) => `${shown}: ${p}`);
  const baseDir = file !== undefined ? dirname(file) : (findGitRoot(cwd) ?? cwd);
  return {
    ok: true,
    loaded: {
      file,
      text,
      policy,
      warnings,
      isPathAllowlisted(absPath: string): boolean {
        // Paths outside the policy's folder come out as `../…`, which never match.
        return isPathAllowlisted(policy.resolved, relative(baseDir, absPath).split(sep).join('/'));
      },
    },
  };
}

/** A path as shown to the user: relative to `cwd`, with forward slashes. */
export function displayPath(cwd: string, absPath: string): string {
  const rel = relative(cwd, absPath);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : String(e);
}
