import { defineRule, fake } from '../defineRule';
import { centuryOfSexDigit, hasDateAt } from './_dates';
import { NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';

/** Its labels: JSHSHIR (Uzbek, Latin), ЖШШИР (Cyrillic), PINFL / ПИНФЛ (Russian). */
const PINFL_CONTEXT = /jshshir|жшшир|pinfl|пинфл|shaxsiy identifikatsiya/u;

/** A digit for century and sex (3-4 the 1900s, 5-6 from 2000), then DD MM YY. */
function hasBirthDate(pinfl: string): boolean {
  // (1-2, the 1800s, give no living person's code.)
  return pinfl[0] !== '1' && pinfl[0] !== '2' && hasDateAt(pinfl, 1, 'DDMMYY', centuryOfSexDigit(pinfl[0]));
}

// Uzbek personal identification number (PINFL, JSHSHIR): fourteen digits, a digit for century and
// sex, the birth date as DD MM YY, a district code, a serial and a check digit whose algorithm is
// not published, so the rule checks the date and wants a label near or heading the column. Labels
// in Cyrillic letters count too: the rule runs on every text near runs of digits.
export default defineRule({
  id: 'uz-pinfl',
  category: 'pii',
  description: 'Uzbek personal identification number (PINFL / JSHSHIR), near a label',
  keywords: [],
  // Every match is a run of fourteen digits: scanned only near such runs.
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`[3-6](?<![\w.-][3-6])\d{13}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => hasBirthDate(s) && !inLongerNumber(ctx) && hasContext(ctx, PINFL_CONTEXT, { before: 48, after: 16 }),
  redactAs: 'pinfl',
  references: ['https://lex.uz/docs/4286316'],
  examples: {
    positive: [
      `Identifikatsiya o'tmayapti. JSHSHIR 4081297${fake('{d7}', 2111)}, pasport seriyasi AC4815966.`,
      `id,telefon,fish,jshshir,hujjat\nUZ-17-3311,+998949713399,"A. Example",3120790${fake('{d7}', 2112)},AA6944518\n`,
    ],
    negative: [`JSHSHIR 4331297${fake('{d7}', 2111)}`, `tranzaksiya 4081297${fake('{d7}', 2113)} bajarildi`],
  },
});
