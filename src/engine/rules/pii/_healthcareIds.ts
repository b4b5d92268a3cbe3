import { fake, luhn } from '../defineRule';
import type { MatchContext } from '../../types';
import { inLongerNumber } from './_context';

// Australia's healthcare identifiers (the HI Service's): sixteen digits, 80 (health), 036
// (Australia), then the kind (0 a person's IHI, 1 a provider's HPI-I, 2 an organisation's HPI-O),
// nine digits, and a Luhn check digit. Written whole or in groups of four.

/** Whether `s` (as matched, with its spaces or dashes) is a valid identifier of the kind `prefix` (`800360`, `800361`), not a run of one digit. */
export function isAustralianHealthcareId(s: string, prefix: string, ctx: MatchContext): boolean {
  const d = s.replace(/\D/gu, '');
  return d.length === 16 && d.startsWith(prefix) && luhn(d) && !/^(\d)\1{8}$/u.test(d.slice(6, 15)) && !inLongerNumber(ctx);
}

/** A sample identifier of the kind `prefix` for a rule's examples: the prefix, nine fake digits, the Luhn digit. */
export function sampleAustralianHealthcareId(prefix: string, seed: number): string {
  const body = `${prefix}${fake('{d9}', seed)}`;
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
  return body;
}
