import { defineRule, fake } from '../defineRule';
import { isTrivialNumber } from './_context';

/** Prefix pairs HMRC never allocates. */
const BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

// Two prefix letters (first not D F I Q U V, second not D F I O Q U V), six digits (optionally in
// pairs), suffix A-D. Q is never a first letter, which rules out the specimen QQ 12 34 56 C.
export default defineRule({
  id: 'uk-ni-number',
  category: 'pii',
  description: 'UK National Insurance number (AB 12 34 56 C)',
  // A strongly shaped token that appears without a label; the pattern starts at an upper-case letter.
  keywords: [],
  pattern: /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/gu,
  nearDigits: true,
  validate: (s) => {
    const compact = s.replace(/ /gu, '');
    if (BAD_PREFIXES.has(compact.slice(0, 2))) return false;
    // Spacing is all or nothing (AB123456C, AB 12 34 56 C) or one block (AB 123456 C).
    const spaces = s.length - compact.length;
    if (spaces !== 0 && spaces !== 4 && !/^[A-Z]{2} \d{6} [A-D]$/u.test(s)) return false;
    return !isTrivialNumber(compact.slice(2, 8));
  },
  redactAs: 'ni-number',
  references: ['https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110'],
  examples: {
    positive: [`NI number: JH ${fake('{d2} {d2} {d2}', 31)} C`, `"nino": "PL${fake('{d6}', 32)}B"`],
    negative: ['QQ 12 34 56 C', `NK${fake('{d6}', 32)}A`, `JH${fake('{d6}', 32)}E`, 'AB123456C', `JH${fake('{d2} {d4}', 33)}C`],
  },
});
