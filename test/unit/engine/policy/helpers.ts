import type { Policy, PolicyCustomRule } from '../../../../src/engine/index';

/** The smallest valid policy, as an object. */
export const MINIMAL: Policy = { version: 1, team: { name: 'Core', owner: 'Ana' }, reviewedOn: '2025-01-15' };

/** A policy's JSON text with `patch` merged over the minimal policy (undefined values delete keys). */
export function policyText(patch: Record<string, unknown> = {}): string {
  const merged: Record<string, unknown> = { ...MINIMAL, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete merged[k];
  return JSON.stringify(merged, null, 2);
}

/** A valid provider entry with `patch` merged in. */
export function provider(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'anthropic', tier: 'team', trainingConsent: 'exempt', retentionDays: 30, ...patch };
}

/** A valid custom rule with `patch` merged in. */
export function customRule(patch: Record<string, unknown> = {}): PolicyCustomRule {
  return { id: 'acme-token', description: 'ACME token', category: 'secret', keywords: ['acme_'], regex: 'acme_[a-z0-9]{32}', ...patch } as PolicyCustomRule;
}

/** The repository root, from out/test/unit/engine/policy. */
export const REPO_ROOT = `${__dirname}/../../../../..`;
