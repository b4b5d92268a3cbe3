import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isValidDate, weightedSum } from './_checksums';
import { hasContext, inLongerNumber, NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of a kennitala: the word and its inflections (kennitölu, kennitölur), the usual `kt.`. */
const KENNITALA_CONTEXT = native(new RegExp(`(?<![a-z])(?:kennit(?:ala|öl|ol)|kt\\.?(?![a-z])|${NATIONAL_ID_LABEL})`, 'u'));

/** Weights of the check digit over the first eight digits. */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * True for a person's kennitala: DDMMYY, two digits, a check digit (mod 11 over the first eight),
 * then the century (9 for the 1900s, 0 for the 2000s, 8 for the 1800s). A company's adds 40 to the
 * day: it names no person, so it is left out.
 */
function isKennitala(digits: string): boolean {
  if (!/^\d{10}$/u.test(digits)) return false;
  const century = digits.charCodeAt(9) - 48;
  const base = century === 9 ? 1900 : century === 0 ? 2000 : century === 8 ? 1800 : -1;
  if (base < 0) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (!isValidDate(base + Number(digits.slice(4, 6)), month, day)) return false;
  const check = (11 - (weightedSum(digits, WEIGHTS) % 11)) % 11;
  return check !== 10 && check === digits.charCodeAt(8) - 48;
}

// Iceland's national identity number (kennitala), on every form, payslip, bank account and school
// record: DDMMYY-RRCD. Its check digit and century digit leave about one random ten-digit run in
// a hundred and twenty; the same shape is a Danish CPR or a Swedish personnummer, so it is read
// only near its label (`kt.`, `kennitala`) or under a column that names it.
export default defineRule({
  id: 'is-kennitala',
  category: 'pii',
  description: 'Icelandic national identity number (kennitala) with a valid check digit, near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, 'kennitala', 'kennitol', 'kt.', 'kt:'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{6}-?\d{4}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const d = s.replace(/-/gu, '');
    if (!isKennitala(d) || inLongerNumber(ctx)) return false;
    return hasContext(ctx, KENNITALA_CONTEXT, { after: 16 });
  },
  redactAs: 'kennitala',
  references: ['https://www.skra.is/english/people/my-registration/id-numbers/'],
  examples: {
    positive: [
      'Umsækjandi: Sigrún Þorvaldsdóttir, kt. 120583-2129, hringdi vegna greiðslu.',
      `skraning,kennitala,flokkur\nS-${fake('{d4}', 101470)},040796-3129,A`,
      '{"kennitala": "2902043480", "hverfi": "Vesturbær"}',
    ],
    negative: [
      // a company's (day plus 40), a wrong check digit, no label
      'Seljandi: Fiskbúðin ehf., kt. 520583-2119',
      'kt. 120583-2139',
      'order 120583-2129 shipped',
    ],
  },
});
