import { defineRule } from '../defineRule';
import { sgNricLetter } from './_checksums';
import { isTrivialNumber } from './_context';

// Singapore's NRIC (citizens and permanent residents: S, T for those born from 2000) and FIN
// (foreigners: F, G): a letter, seven digits and a check letter (weights 2,7,6,5,4,3,2, +4 for the
// T and G series, one letter table per series). The check letter takes one random string in eleven,
// and the shape (letter, seven digits, letter) is rare in code: no label needed. (The M series of
// 2022 uses another table, not checked here.)
export default defineRule({
  id: 'sg-nric',
  category: 'pii',
  description: 'Singapore NRIC/FIN number (S/T/F/G + 7 digits + check letter)',
  keywords: [],
  nearDigits: 'dense',
  pattern: /[STFG](?<![\w-][STFG])\d{7}[A-Z](?![\w-])/gu,
  validate: (s) => sgNricLetter(s[0] as string, s.slice(1, 8)) === s[8] && !isTrivialNumber(s.slice(1, 8)),
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/National_Registration_Identity_Card'],
  examples: {
    positive: ['uinfin=S3941424D name=redacted', 'NRIC: T7130690E', '"fin": "F1925700L"', 'G9403994R (FIN, work pass)'],
    negative: ['NRIC: S3941424E', 'build S1234567X', 'S0000000J is a test value'],
  },
});
