// Pure settings logic: no `vscode` import, so unit tests load it in plain Node.
import type { RedactionStrategy, Severity } from '../engine/index';

/** A per-rule setting: a severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** The effective `promptHygiene.*` settings for one resource. */
export interface PromptHygieneSettings {
  /** Master switch for diagnostics. */
  readonly enabled: boolean;
  /** Trailing delay after a keystroke before the document is rescanned. */
  readonly debounceMs: number;
  /** Diagnostic level for each category (a per-rule setting or policy override wins). */
  readonly severity: { readonly secret: Severity; readonly pii: Severity };
  /** Per-rule severity or `off`, by rule id. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Which categories are reported at all. */
  readonly categories: { readonly secret: boolean; readonly pii: boolean };
  /** Whether personal data in attributions (`@author`, copyright notices, git trailers) is reported. */
  readonly attributions: boolean;
  /** Glob patterns (workspace-relative) of files that are never scanned. */
  readonly exclude: readonly string[];
  /** Files larger than this are skipped. */
  readonly maxFileSizeKb: number;
  /** Path of the team policy file, relative to the workspace folder; empty = `.prompt-hygiene.json`. */
  readonly policyFile: string;
  readonly redaction: { readonly defaultStrategy: RedactionStrategy };
  readonly workspaceScan: { readonly maxFiles: number };
}

/** Built-in defaults; they match the defaults declared in package.json (a unit test checks that). */
export const DEFAULT_SETTINGS: PromptHygieneSettings = {
  enabled: true,
  debounceMs: 300,
  severity: { secret: 'error', pii: 'warning' },
  rules: {},
  categories: { secret: true, pii: true },
  attributions: true,
  exclude: [],
  maxFileSizeKb: 1024,
  policyFile: '',
  redaction: { defaultStrategy: 'placeholder' },
  workspaceScan: { maxFiles: 20000 },
};

/**
 * Settings that can weaken detection. In an untrusted workspace only their user (global) and
 * default values count; workspace and folder values are ignored. Listed in package.json under
 * `capabilities.untrustedWorkspaces.restrictedConfigurations` too.
 */
export const RESTRICTED_SETTINGS: readonly string[] = [
  'enabled',
  'rules',
  'categories',
  'attributions',
  'exclude',
  'maxFileSizeKb',
  'policyFile',
  'severity.secret',
  'severity.pii',
];

/** What `WorkspaceConfiguration.inspect` returns, reduced to the fields we read. */
export interface SettingInspection<T> {
  readonly defaultValue?: T;
  readonly globalValue?: T;
  readonly workspaceValue?: T;
  readonly workspaceFolderValue?: T;
}

/** A `getConfiguration('promptHygiene', uri)` as the resolver needs it. */
export interface ConfigurationReader {
  get<T>(key: string): T | undefined;
  inspect<T>(key: string): SettingInspection<T> | undefined;
}

const LEVELS: Readonly<Record<string, Severity>> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  info: 'info',
  hint: 'hint',
};

/** Maps a setting value (`Error`, `Information`, `info`…) to an engine severity. */
export function toSeverity(value: unknown): Severity | undefined {
  return typeof value === 'string' ? LEVELS[value.toLowerCase()] : undefined;
}

function toRuleSetting(value: unknown): RuleSetting | undefined {
  if (typeof value === 'string' && value.toLowerCase() === 'off') return 'off';
  if (value === false) return 'off';
  return toSeverity(value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toNumber(v: unknown, fallback: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

const STRATEGIES: readonly RedactionStrategy[] = ['placeholder', 'mask', 'pseudonym', 'env'];

/**
 * Resolves the effective settings. In a trusted workspace the normal precedence applies
 * (folder > workspace > user > default). In an untrusted one, restricted settings take only
 * their user or default value, so a cloned repository cannot switch detection off.
 */
export function resolveSettings(config: ConfigurationReader, trusted: boolean): PromptHygieneSettings {
  const read = (key: string): unknown => {
    if (trusted || !RESTRICTED_SETTINGS.includes(key)) return config.get<unknown>(key);
    const i = config.inspect<unknown>(key);
    return i?.globalValue ?? i?.defaultValue;
  };
  const rules: Record<string, RuleSetting> = {};
  const rawRules = read('rules');
  if (isRecord(rawRules)) {
    for (const [id, v] of Object.entries(rawRules)) {
      const s = toRuleSetting(v);
      if (s !== undefined) rules[id] = s;
    }
  }
  const rawCats = read('categories');
  const cats = isRecord(rawCats) ? rawCats : {};
  const rawExclude = read('exclude');
  const strategy = read('redaction.defaultStrategy');
  const policyFile = read('policyFile');
  return {
    enabled: read('enabled') !== false,
    debounceMs: toNumber(read('debounceMs'), DEFAULT_SETTINGS.debounceMs, 0, 10_000),
    severity: {
      secret: toSeverity(read('severity.secret')) ?? DEFAULT_SETTINGS.severity.secret,
      pii: toSeverity(read('severity.pii')) ?? DEFAULT_SETTINGS.severity.pii,
    },
    rules,
    categories: { secret: cats.secret !== false, pii: cats.pii !== false },
    attributions: read('attributions') !== false,
    exclude: Array.isArray(rawExclude) ? rawExclude.filter((g): g is string => typeof g === 'string' && g.length > 0) : [],
    maxFileSizeKb: toNumber(read('maxFileSizeKb'), DEFAULT_SETTINGS.maxFileSizeKb, 1, 1024 * 1024),
    policyFile: typeof policyFile === 'string' ? policyFile.trim() : '',
    redaction: {
      defaultStrategy: STRATEGIES.includes(strategy as RedactionStrategy)
        ? (strategy as RedactionStrategy)
        : DEFAULT_SETTINGS.redaction.defaultStrategy,
    },
    workspaceScan: {
      maxFiles: toNumber(read('workspaceScan.maxFiles'), DEFAULT_SETTINGS.workspaceScan.maxFiles, 1, 1_000_000),
    },
  };
}
