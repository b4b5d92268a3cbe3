// The training-consent picture of a policy as plain data: one overall state plus per-provider
// facts. The status bar presenter, the details view and `prompt-hygiene policy show` all read
// this, so they always agree.

import { toEffectivePolicy } from './defaults';
import type { EffectivePolicy, EffectiveProvider } from './defaults';
import type { PolicyIssue } from './parsePolicy';
import type { Policy, ProviderTier, TrainingConsent } from './schema';

/**
 * The overall state, in order of precedence:
 * - `untrusted`: the workspace is not trusted, its policy is not loaded;
 * - `invalid`: the policy file has errors (the built-in defaults apply);
 * - `no-policy`: there is no policy file;
 * - `training-on`: an allowed provider may train on prompts (`opted-in`);
 * - `unknown`: an allowed provider's training status is not verified;
 * - `review-overdue`: every allowed provider is fine but the policy is past its review date;
 * - `training-off`: every allowed provider is opted out or exempt.
 */
export type ConsentState = 'training-off' | 'training-on' | 'unknown' | 'no-policy' | 'invalid' | 'review-overdue' | 'untrusted';

/** What is known about the policy file, as adapters see it. */
export type PolicyLoad =
  | { readonly kind: 'none' }
  | { readonly kind: 'valid'; readonly policy: Policy; readonly warnings?: readonly PolicyIssue[] }
  | { readonly kind: 'invalid'; readonly issues: readonly PolicyIssue[] }
  | { readonly kind: 'untrusted' };

/** One provider's line in the summary. */
export interface ProviderConsent extends EffectiveProvider {
  /** "Claude consumer", "ChatGPT Team": the display name plus the tier. */
  readonly label: string;
  /** True when prompts may be used for training (`opted-in`). */
  readonly trainingOn: boolean;
  /** True when `verifiedOn` is missing or older than the review interval. */
  readonly verificationStale: boolean;
}

/** The consent picture of one policy (or its absence). */
export interface ConsentSummary {
  readonly state: ConsentState;
  /** Team name, owner and contact, when the policy is valid. */
  readonly team?: EffectivePolicy['team'];
  readonly reviewedOn?: string;
  /** The date the next review is due (YYYY-MM-DD). */
  readonly reviewDueOn?: string;
  readonly reviewOverdue: boolean;
  /** Every provider the policy lists (allowed or not). */
  readonly providers: readonly ProviderConsent[];
  /** Allowed providers with training on. */
  readonly trainingOn: readonly ProviderConsent[];
  /** Allowed providers whose training status is unknown. */
  readonly unknown: readonly ProviderConsent[];
  /** Number of allowed providers. */
  readonly allowedCount: number;
  /** Shortest known retention among allowed providers, in days. */
  readonly shortestRetentionDays?: number;
  /** Longest retention among allowed providers, in days; undefined when any is unknown. */
  readonly longestRetentionDays?: number;
  /** Errors and warnings from the policy file. */
  readonly issues: readonly PolicyIssue[];
}

const TIER_LABELS: Readonly<Record<ProviderTier, string>> = {
  consumer: 'consumer',
  team: 'Team',
  enterprise: 'Enterprise',
  api: 'API',
  government: 'Gov',
  education: 'Edu',
};

/** "Claude consumer", "ChatGPT Team", "Local model": the name and tier people recognise. */
export function toProviderLabel(p: Pick<EffectiveProvider, 'id' | 'displayName' | 'tier'>): string {
  if (p.id === 'local') return p.displayName;
  const tier = TIER_LABELS[p.tier];
  return p.displayName.toLowerCase().includes(tier.toLowerCase()) ? p.displayName : `${p.displayName} ${tier}`;
}

/** True when a consent value means prompts are not used for training. */
export function isTrainingOff(consent: TrainingConsent): boolean {
  return consent === 'opted-out' || consent === 'exempt';
}

/** A date as YYYY-MM-DD: local calendar date for a `Date`, unchanged for a string. */
export function toIsoDay(today: Date | string): string {
  if (typeof today === 'string') return today.slice(0, 10);
  const y = today.getFullYear();
  const m = String(today.getMonth() + 1).padStart(2, '0');
  const d = String(today.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

/** `day` plus `days`, both as YYYY-MM-DD (calendar arithmetic in UTC, so no DST surprises). */
export function addDays(day: string, days: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Summarises training consent. Accepts a load state, a validated policy, or undefined (no
 * policy). `today` decides whether the review is overdue.
 */
export function toConsentSummary(input: PolicyLoad | Policy | undefined, today: Date | string): ConsentSummary {
  const load: PolicyLoad = input === undefined ? { kind: 'none' } : 'kind' in input ? input : { kind: 'valid', policy: input };
  const empty = { reviewOverdue: false, providers: [], trainingOn: [], unknown: [], allowedCount: 0 };
  if (load.kind === 'untrusted') return { state: 'untrusted', ...empty, issues: [] };
  if (load.kind === 'invalid') return { state: 'invalid', ...empty, issues: load.issues };
  if (load.kind === 'none') return { state: 'no-policy', ...empty, issues: [] };

  const policy = toEffectivePolicy(load.policy);
  const day = toIsoDay(today);
  const staleBefore = addDays(day, -policy.reviewEveryDays);
  const providers: ProviderConsent[] = policy.providers.map((p) => ({
    ...p,
    label: toProviderLabel(p),
    trainingOn: p.trainingConsent === 'opted-in',
    verificationStale: p.verifiedOn === undefined || p.verifiedOn < staleBefore,
  }));
  const allowed = providers.filter((p) => p.allowed);
  const trainingOn = allowed.filter((p) => p.trainingOn);
  const unknown = allowed.filter((p) => p.trainingConsent === 'unknown');
  const reviewDueOn = policy.reviewedOn ? addDays(policy.reviewedOn, policy.reviewEveryDays) : undefined;
  const reviewOverdue = reviewDueOn !== undefined && reviewDueOn < day;
  const retentions = allowed.map((p) => p.retentionDays);
  const known = retentions.filter((r): r is number => r !== null);
  const state: ConsentState =
    trainingOn.length > 0 ? 'training-on' : unknown.length > 0 ? 'unknown' : reviewOverdue ? 'review-overdue' : 'training-off';
  return {
    state,
    team: policy.team,
    reviewedOn: policy.reviewedOn,
    reviewDueOn,
    reviewOverdue,
    providers,
    trainingOn,
    unknown,
    allowedCount: allowed.length,
    ...(known.length > 0 ? { shortestRetentionDays: Math.min(...known) } : {}),
    ...(known.length > 0 && known.length === retentions.length ? { longestRetentionDays: Math.max(...known) } : {}),
    issues: load.warnings ?? [],
  };
}
