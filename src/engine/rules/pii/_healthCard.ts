import { luhn } from '../defineRule';

// A European health card's number as ISO/IEC 7812 numbers cards: 20 digits, 80 (health) and the
// country's numeric code first (380 Italy, 756 Switzerland), the issuer's and the card's numbers,
// and a Luhn check digit last. The rules for each country share these parts.

/** The card's digits after its five-digit prefix (`80380`, `80756`), as a pattern: fifteen more, nothing glued on. */
export function healthCardPattern(prefix: string): RegExp {
  return new RegExp(`(?<![\\d.-])${prefix}\\d{15}(?![\\d.-])`, 'gu');
}

/** A real card's number: its Luhn digit right, and not the prefix then one digit repeated (a form's sample). */
export function isHealthCardNumber(s: string, prefix: string): boolean {
  return luhn(s) && !(s.startsWith(prefix) && /^(\d)\1{13}/u.test(s.slice(prefix.length)));
}

/** A sample card number: the prefix, fourteen digits of `body`, and the Luhn digit that makes it valid. */
export function healthCardSample(prefix: string, body: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(`${prefix}${body}${d}`)) return `${prefix}${body}${d}`;
  return '';
}
