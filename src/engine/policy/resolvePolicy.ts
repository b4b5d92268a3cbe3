// Turns a policy (or its absence) into what the scanners need. The only place where policy
// settings become scan options, so the editor, the CLI and the guards cannot drift apart.

import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { ALL_RULES } from '../rules/index';
import { defineRule } from '../rules/defineRule';
import type { ScanOptions } from '../scan/scanner';
import type { Rule, Severity } from '../types';
import { toEffectivePolicy } from './defaults';
import type { EffectivePolicy } from './defaults';
import type { ParsedPolicy } from './parsePolicy';
import { checkCustomRegex } from './regexSafety';
import type { Policy, PolicyCustomRule } from './schema';

/** Where the effective policy came from. */
export type PolicyOrigin = 'file' | 'default' | 'invalid-fallback' | 'untrusted-fallback';

/** A policy ready to use: the merged settings, the scan options they imply, and what was skipped. */
export interface ResolvedPolicy {
  /** The effective policy (defaults merged in). For a fallback this is the built-in policy. */
  readonly policy: EffectivePolicy;
  readonly source: PolicyOrigin;
  /** Options for `scan()`, including `rules`: the built-in rules plus the policy's valid custom rules. */
  readonly scanOptions: ScanOptions & { readonly rules: readonly Rule[] };
  /** `.gitignore`-style globs of files that are not scanned (see {@link isPathAllowlisted}). */
  readonly pathAllowlist: readonly string[];
  /** Parts of the policy that were skipped, as sentences (unsafe regexes, unknown rule ids). */
  readonly problems: readonly string[];
}

/** Options for {@link resolvePolicy}. */
export interface ResolveOptions {
  /** False in an untrusted workspace: the workspace policy is ignored and the defaults apply. Default true. */
  readonly trusted?: boolean;
}

const SEVERITY_LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint']);

/**
 * Resolves a policy. Accepts a validated policy, the result of `parsePolicy` (an invalid one
 * resolves to the built-in defaults with source `invalid-fallback`), or undefined (no policy
 * file: the defaults). An untrusted workspace always gets the defaults: a repository must not be
 * able to relax detection, or smuggle in a slow regex, before the user trusts it.
 */
export function resolvePolicy(input: Policy | ParsedPolicy | undefined, options: ResolveOptions = {}): ResolvedPolicy {
  if (options.trusted === false) return fallback('untrusted-fallback', input !== undefined ? ['The workspace is not trusted, so its policy is ignored and the built-in defaults apply.'] : []);
  if (input === undefined) return fallback('default', []);
  let policy: Policy;
  if (isParsed(input)) {
    if (!input.ok) return fallback('invalid-fallback', ['The policy file is invalid, so the built-in defaults apply.']);
    policy = input.policy;
  } else policy = input;
  return fromPolicy(policy);
}

function isParsed(input: Policy | ParsedPolicy): input is ParsedPolicy {
  return Object.prototype.hasOwnProperty.call(input, 'ok');
}

function fallback(source: PolicyOrigin, problems: string[]): ResolvedPolicy {
  return {
    policy: toEffectivePolicy(undefined),
    source,
    scanOptions: { rules: ALL_RULES },
    pathAllowlist: [],
    problems,
  };
}

function fromPolicy(policy: Policy): ResolvedPolicy {
  const effective = toEffectivePolicy(policy);
  const d = effective.detection;
  const problems: string[] = [];

  const builtInIds = new Set(ALL_RULES.map((r) => r.id));
  const custom: Rule[] = [];
  for (const spec of d.customRules) {
    if (builtInIds.has(spec.id) || custom.some((r) => r.id === spec.id)) {
      problems.push(`Custom rule "${spec.id}" is skipped: its id is already in use.`);
      continue;
    }
    const rule = toCustomRule(spec);
    if (typeof rule === 'string') problems.push(`Custom rule "${spec.id}" is skipped: ${rule}`);
    else custom.push(rule);
  }
  const knownIds = new Set([...builtInIds, ...custom.map((r) => r.id), ...d.customRules.map((r) => r.id)]);

  const disabledRules: string[] = [];
  const severity: Record<string, Severity> = {};
  for (const [id, level] of Object.entries(d.rules)) {
    if (!knownIds.has(id)) problems.push(`Rule "${id}" is unknown; its setting has no effect.`);
    if (level === 'off') disabledRules.push(id);
    else if (SEVERITY_LEVELS.has(level)) severity[id] = level as Severity;
  }

  const allowRegexes: RegExp[] = [];
  d.allowlist.regexes.forEach((source, i) => {
    const checked = checkCustomRegex(source, '', { rejectEmptyMatch: false });
    if (checked.ok) allowRegexes.push(checked.regex);
    else problems.push(`Allowlist regex ${i + 1} is skipped: ${checked.reason}`);
  });

  const scanOptions: ScanOptions & { rules: readonly Rule[] } = {
    // Reuse the shared array when nothing is added, so the cached default scanner is used.
    rules: custom.length === 0 ? ALL_RULES : [...ALL_RULES, ...custom],
    categories: { ...d.categories },
    disabledRules,
    severity,
    allowRegexes,
    allowFingerprints: [...d.allowlist.fingerprints],
    // (Left out when true, the default: the scanner's cached default options stay the same.)
    ...(d.attributions ? {} : { attributions: false }),
    ...(d.fingerprintSalt !== undefined ? { fingerprintSalt: d.fingerprintSalt } : {}),
  };
  return { policy: effective, source: 'file', scanOptions, pathAllowlist: [...d.allowlist.paths], problems };
}

/** A policy custom rule as an engine rule, or the reason it cannot be used. */
export function toCustomRule(spec: PolicyCustomRule): Rule | string {
  const checked = checkCustomRegex(spec.regex, spec.flags ?? '');
  if (!checked.ok) return checked.reason;
  return defineRule({
    id: spec.id,
    category: spec.category,
    description: spec.description,
    keywords: [...new Set(spec.keywords.map((k) => k.toLowerCase()))],
    pattern: checked.regex,
    ...(spec.severity ? { severity: spec.severity } : {}),
    examples: { positive: [], negative: [] },
  });
}

const matchers = new WeakMap<ResolvedPolicy, Ignore>();

/**
 * True when a file (path relative to the workspace folder or policy directory, `/` or `\`
 * separated) matches the policy's path allowlist. Paths outside the folder never match.
 */
export function isPathAllowlisted(resolved: ResolvedPolicy, relPath: string): boolean {
  if (resolved.pathAllowlist.length === 0) return false;
  const path = relPath.replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, '');
  if (path === '' || path.startsWith('/') || path.startsWith('../') || path === '..' || /^[A-Za-z]:/u.test(path)) return false;
  let m = matchers.get(resolved);
  if (!m) {
    m = ignore({ allowRelativePaths: false }).add([...resolved.pathAllowlist]);
    matchers.set(resolved, m);
  }
  try {
    return m.ignores(path);
  } catch {
    return false;
  }
}
