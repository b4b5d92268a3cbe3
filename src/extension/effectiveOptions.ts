// Pure: combines the settings and the team policy into what one scan needs. No `vscode` import.
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import type { Finding, Rule, ScanOptions, Severity } from '../engine/index';
import type { PromptHygieneSettings } from './settingsModel';

/** The policy part the editor uses (same shape as `ResolvedPolicyLike`, without `vscode` types). */
export interface PolicyOptions {
  readonly scanOptions: ScanOptions & { readonly rules?: readonly Rule[] };
  readonly pathAllowlist: readonly string[];
}

/** Everything a scan of one resource depends on. */
export interface EffectiveOptions {
  readonly enabled: boolean;
  /** Options for the engine's `scan()`. */
  readonly scan: ScanOptions & { readonly rules?: readonly Rule[] };
  /** Files above this many UTF-16 units (about bytes for ASCII) are skipped. */
  readonly maxBytes: number;
  /** The diagnostic level for a finding: per-rule setting, then policy override, then category setting. */
  levelFor(finding: Pick<Finding, 'ruleId' | 'category'>): Severity;
  /**
   * True when a workspace-relative path (posix separators) is excluded by the
   * `promptHygiene.exclude` setting or the policy's path allowlist.
   */
  isExcludedPath(relativePath: string | undefined): boolean;
}

const matcherCache = new Map<string, Ignore>();

/** A compiled .gitignore-style matcher for a pattern list, memoized (settings rarely change). */
function toMatcher(patterns: readonly string[]): Ignore | undefined {
  if (patterns.length === 0) return undefined;
  const key = patterns.join('\n');
  let m = matcherCache.get(key);
  if (!m) {
    if (matcherCache.size > 32) matcherCache.clear();
    m = ignore({ allowRelativePaths: true }).add([...patterns]);
    matcherCache.set(key, m);
  }
  return m;
}

/** True when `relativePath` is matched by one of the .gitignore-style `patterns`. */
export function isPathMatched(patterns: readonly string[], relativePath: string | undefined): boolean {
  if (!relativePath || relativePath.startsWith('..')) return false;
  const m = toMatcher(patterns);
  if (!m) return false;
  try {
    return m.ignores(relativePath.replace(/^\/+/u, ''));
  } catch {
    return false;
  }
}

/**
 * Merges settings and policy. Both can only narrow what is reported: a category or rule that
 * either switches off stays off. A per-rule severity in settings beats the policy's.
 */
export function toEffectiveOptions(settings: PromptHygieneSettings, policy: PolicyOptions): EffectiveOptions {
  const p = policy.scanOptions;
  const disabled = new Set<string>(p.disabledRules ?? []);
  const severity: Record<string, Severity> = { ...(p.severity ?? {}) };
  const settingLevels: Record<string, Severity> = {};
  for (const [id, level] of Object.entries(settings.rules)) {
    if (level === 'off') disabled.add(id);
    else settingLevels[id] = level;
  }
  Object.assign(severity, settingLevels);
  const policySeverity = p.severity ?? {};
  const scan: ScanOptions & { readonly rules?: readonly Rule[] } = {
    ...p,
    categories: {
      secret: settings.categories.secret && p.categories?.secret !== false,
      pii: settings.categories.pii && p.categories?.pii !== false,
    },
    disabledRules: disabled,
    severity,
    // (Either the setting or the policy leaves attributions out; true is the default and left unsaid.)
    ...(settings.attributions && p.attributions !== false ? {} : { attributions: false }),
  };
  const patterns = [...settings.exclude, ...policy.pathAllowlist];
  return {
    enabled: settings.enabled,
    scan,
    maxBytes: settings.maxFileSizeKb * 1024,
    levelFor: (f) => settingLevels[f.ruleId] ?? policySeverity[f.ruleId] ?? settings.severity[f.category],
    isExcludedPath: (rel) => isPathMatched(patterns, rel),
  };
}
