import { defineRule, fake } from '../defineRule';
import { isPlausibleBirthDate } from './_checksums';

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
  validate: (s) => isPlausibleBirthDate([Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))]),
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
