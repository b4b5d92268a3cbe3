// The built-in policy: what applies without a policy file, with an invalid one, or in an
// untrusted workspace, and the values filled in for fields a policy file leaves out.
// Every default errs towards more detection and more caution, never less.

import type { Policy, PolicyCustomRule, PolicyProvider, ProviderTier, RuleLevel, TrainingConsent } from './schema';

/** Review interval when the policy does not set one. */
export const DEFAULT_REVIEW_EVERY_DAYS = 90;

/** Display names for the known provider ids, used when a provider entry has no `displayName`. */
export const PROVIDER_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  anthropic: 'Claude',
  openai: 'ChatGPT',
  'github-copilot': 'GitHub Copilot',
  google: 'Gemini',
  microsoft: 'Microsoft Copilot',
  mistral: 'Mistral',
  local: 'Local model',
  other: 'Other assistant',
};

/** A provider entry with every optional field filled in. */
export interface EffectiveProvider {
  readonly id: string;
  readonly displayName: string;
  readonly tier: ProviderTier;
  readonly trainingConsent: TrainingConsent;
  /** Days prompts are kept; null when unknown. */
  readonly retentionDays: number | null;
  readonly settingLocation?: string;
  readonly verifiedOn?: string;
  readonly allowed: boolean;
  readonly notes?: string;
}

/** Guard modes, filled in. */
export interface EffectiveGuard {
  readonly copy: 'off' | 'warn' | 'redact';
  readonly paste: 'off' | 'warn' | 'redact';
  readonly hooks: 'block' | 'warn' | 'off';
  readonly failOpen: boolean;
}

/** Audit settings, filled in. */
export interface EffectiveAudit {
  readonly enabled: boolean;
  readonly location: 'workspace' | 'global';
  readonly retainDays: number;
}

/** Detection settings, filled in. */
export interface EffectiveDetection {
  readonly categories: { readonly secret: boolean; readonly pii: boolean };
  readonly rules: Readonly<Record<string, RuleLevel>>;
  readonly customRules: readonly PolicyCustomRule[];
  readonly allowlist: { readonly paths: readonly string[]; readonly regexes: readonly string[]; readonly fingerprints: readonly string[] };
  /** Whether personal data in attributions (`@author`, copyright notices, git trailers) is reported. */
  readonly attributions: boolean;
  readonly fingerprintSalt?: string;
}

/** A policy with defaults merged in. `team` and `reviewedOn` are absent for the built-in policy. */
export interface EffectivePolicy {
  readonly version: 1;
  readonly team?: { readonly name: string; readonly owner: string; readonly contact?: string };
  readonly reviewedOn?: string;
  readonly reviewEveryDays: number;
  readonly providers: readonly EffectiveProvider[];
  readonly detection: EffectiveDetection;
  readonly guard: EffectiveGuard;
  readonly audit: EffectiveAudit;
}

/** Guard defaults: warn before text with findings is copied or pasted; hooks block; fail closed. */
export const DEFAULT_GUARD: EffectiveGuard = { copy: 'warn', paste: 'warn', hooks: 'block', failOpen: false };

/** Audit defaults: off; kept in the workspace for 30 days when switched on. */
export const DEFAULT_AUDIT: EffectiveAudit = { enabled: false, location: 'workspace', retainDays: 30 };

/** The built-in policy: every category and rule on, nothing allowlisted, no providers assessed. */
export const DEFAULT_POLICY: EffectivePolicy = {
  version: 1,
  reviewEveryDays: DEFAULT_REVIEW_EVERY_DAYS,
  providers: [],
  detection: {
    categories: { secret: true, pii: true },
    rules: {},
    customRules: [],
    allowlist: { paths: [], regexes: [], fingerprints: [] },
    attributions: true,
  },
  guard: DEFAULT_GUARD,
  audit: DEFAULT_AUDIT,
};

/** A provider's display name: its own, the known name for its id, or the id itself. */
export function toProviderDisplayName(p: Pick<PolicyProvider, 'id' | 'displayName'>): string {
  return p.displayName ?? PROVIDER_DISPLAY_NAMES[p.id] ?? p.id;
}

/** Fills every optional field of a provider entry. */
export function toEffectiveProvider(p: PolicyProvider): EffectiveProvider {
  return {
    ...p,
    displayName: toProviderDisplayName(p),
    retentionDays: p.retentionDays ?? null,
    allowed: p.allowed ?? true,
  };
}

/** Merges a (valid) policy over the defaults; `undefined` gives the built-in policy. */
export function toEffectivePolicy(policy: Policy | undefined): EffectivePolicy {
  if (!policy) return DEFAULT_POLICY;
  const d = policy.detection ?? {};
  const base = DEFAULT_POLICY.detection;
  return {
    version: 1,
    team: policy.team,
    reviewedOn: policy.reviewedOn,
    reviewEveryDays: policy.reviewEveryDays ?? DEFAULT_REVIEW_EVERY_DAYS,
    providers: (policy.providers ?? []).map(toEffectiveProvider),
    detection: {
      categories: { secret: d.categories?.secret ?? base.categories.secret, pii: d.categories?.pii ?? base.categories.pii },
      rules: { ...(d.rules ?? {}) },
      customRules: d.customRules ?? [],
      allowlist: {
        paths: d.allowlist?.paths ?? [],
        regexes: d.allowlist?.regexes ?? [],
        fingerprints: d.allowlist?.fingerprints ?? [],
      },
      attributions: d.attributions ?? base.attributions,
      ...(d.fingerprintSalt !== undefined ? { fingerprintSalt: d.fingerprintSalt } : {}),
    },
    guard: { ...DEFAULT_GUARD, ...definedOnly(policy.guard ?? {}) },
    audit: { ...DEFAULT_AUDIT, ...definedOnly(policy.audit ?? {}) },
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
