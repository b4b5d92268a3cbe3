import type { EffectivePolicy } from '../policy/defaults';

/** The provider an audit entry names and its training-consent status from the team policy. */
export interface AuditConsent {
  readonly provider: string;
  /**
   * The provider entry's `trainingConsent` (`opted-out`, `opted-in`, `exempt`, `unknown`);
   * `not-allowed` when the policy lists the provider but does not allow it; `unassessed` when the
   * policy does not list it; `no-policy` without a team policy.
   */
  readonly consent: string;
}

/**
 * The consent status of `providerId` under the policy in force at that moment (undefined: no
 * policy file, or an invalid one). With several entries for the provider (one per tier), the
 * first allowed one counts.
 */
export function toAuditConsent(policy: EffectivePolicy | undefined, providerId: string, hasPolicyFile: boolean): AuditConsent {
  if (!policy || !hasPolicyFile) return { provider: providerId, consent: 'no-policy' };
  const entries = policy.providers.filter((p) => p.id === providerId);
  if (entries.length === 0) return { provider: providerId, consent: 'unassessed' };
  const allowed = entries.find((p) => p.allowed);
  if (!allowed) return { provider: providerId, consent: 'not-allowed' };
  return { provider: providerId, consent: allowed.trainingConsent };
}

/** The provider id of an agent host: Claude Code talks to Anthropic, VS Code agents to GitHub Copilot. */
export function toHookProvider(agent: 'claude-code' | 'vscode'): string {
  return agent === 'claude-code' ? 'anthropic' : 'github-copilot';
}
