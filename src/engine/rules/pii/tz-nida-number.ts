import { defineRule, fake } from '../defineRule';
import { isValidDate } from './_checksums';

/** The holder's birth date that opens the number: a real date, born 1900 or later and not in the future. */
function hasBirthDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  return y >= 1900 && y <= new Date().getFullYear() && isValidDate(y, Number(s.slice(4, 6)), Number(s.slice(6, 8)));
}

// Tanzania's national identification number (NIDA, the Kitambulisho cha Taifa): twenty digits
// printed in four groups, YYYYMMDD-XXXXX-XXXXX-XX, the first eight its holder's birth date. The
// dashed form with a real birth date stands alone: no other common number has that shape.
export default defineRule({
  id: 'tz-nida-number',
  category: 'pii',
  description: 'Tanzanian national identification number (NIDA: YYYYMMDD-XXXXX-XXXXX-XX, a birth date first)',
  // The pattern starts at a digit; the written groups are its mark.
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w-])(?:19|20)\d{6}-\d{5}-\d{5}-\d{2}(?![\w-])/gu,
  validate: (s) => hasBirthDate(s),
  redactAs: 'national-id',
  references: ['https://www.nida.go.tz/'],
  examples: {
    positive: [
      `id,jina,nida,simu\n1,A. Mfano,19880412-${fake('{d5}-{d5}-{d2}', 9201)},+255 7xx\n`,
      `Namba ya NIDA: 20010917-${fake('{d5}-{d5}-{d2}', 9202)}`,
    ],
    negative: [`batch 19881342-${fake('{d5}-{d5}-{d2}', 9203)}`, `ref 18990101-${fake('{d5}-{d5}-{d2}', 9204)}`, `19880412-${fake('{d5}-{d5}', 9205)}`],
  },
});
