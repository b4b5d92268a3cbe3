import { defineRule, fake } from '../defineRule';
import { calcHetuCheck, hetuChecksum, isValidDate } from './_checksums';
import { hasContext } from './_context';

/** A henkilötunnus's label: `hetu`, `henkilötunnus`, `sotu`, `personal identity code`. */
const HETU_LABEL = /(?<![a-z])(?:hetu|henkil[öo]tunnus|sotu|personal[ _-]?id(?:entity)?[ _-]?(?:code|number)?|personbeteckning)(?![a-z])/u;

/** Codes printed in documentation (DVV, Wikipedia). */
const SPECIMENS = new Set(['131052-308T', '010101-123N', '010594Y9021', '020594X903P', '020594X902N', '311299-999T']);

const CENTURY: Readonly<Record<string, number>> = { '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

// DDMMYY + century sign (+ 1800s; - Y X W V U 1900s; A B C D E F 2000s) + individual number (3)
// + check character (DDMMYYNNN mod 31 in 0-9 A-Y without G I O Q Z). Strong enough without a label.
export default defineRule({
  id: 'fi-hetu',
  category: 'pii',
  description: 'Finnish personal identity code (henkilötunnus)',
  // The shape plus the check character are specific; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w-])\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-FHJ-NPR-Y](?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    if (!hetuChecksum(s) || SPECIMENS.has(s)) return false;
    const year = (CENTURY[s[6] as string] ?? 0) + Number(s.slice(4, 6));
    if (!isValidDate(year, Number(s.slice(2, 4)), Number(s.slice(0, 2)))) return false;
    // 900-999 are temporary numbers (a person's too, so under a hetu label), 000-001 unused.
    const n = Number(s.slice(7, 10));
    // (Not on a form's placeholder date, 1 January 2001: a fixture's `010101-900R`.)
    return n >= 2 && (n <= 899 || (!s.startsWith('010101') && hasContext(ctx, HETU_LABEL, { before: 40 })));
  },
  redactAs: 'hetu',
  references: ['https://dvv.fi/en/personal-identity-code'],
  examples: {
    positive: [
      `Henkilötunnus: 1507${fake('{d2}', 341)}-${fake('{d2}', 342).replace(/^0/u, '3')}4${calcHetuCheck('1507' + fake('{d2}', 341), fake('{d2}', 342).replace(/^0/u, '3') + '4')}`,
      `hetu 0203${fake('{d2}', 343)}A${fake('{d2}', 344).replace(/^0/u, '2')}7${calcHetuCheck('0203' + fake('{d2}', 343), fake('{d2}', 344).replace(/^0/u, '2') + '7')}`,
      // a temporary number (900-999) under its label
      `"hetu": "1104${fake('{d2}', 101289)}A931${calcHetuCheck('1104' + fake('{d2}', 101289), '931')}"`,
    ],
    negative: ['"hetu": "010101-900R",', `ref 1104${fake('{d2}', 101289)}A931${calcHetuCheck('1104' + fake('{d2}', 101289), '931')}`, '131052-308T', `1507${fake('{d2}', 341)}-${fake('{d2}', 342).replace(/^0/u, '3')}4G`, `3102${fake('{d2}', 341)}-1234A`],
  },
});
