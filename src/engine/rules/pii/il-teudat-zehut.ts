import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { luhn, withLuhn } from './_checksums';
import { NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber, isTrivialNumber, matchLine } from './_context';
import { breakLastDigit } from './_format';

/** The number's labels in Hebrew: ת.ז. (also without its dots), תעודת זהות, מספר זהות. */
export const HEBREW_ID_LABEL = 'ת\\.?ז\\.?|תעודת זהות|מספר זהות';

/** The number's own labels, in Hebrew and in transliteration (a pension file's `MISPAR-ZIHUY`). */
const ZEHUT_CONTEXT = new RegExp(`teudat|zehut|zihuy|(?<![a-z])t\\.?z(?![a-z])|${HEBREW_ID_LABEL}|israeli id`, 'u');

/** A generic national-id label counts on a line that says the country: Hebrew letters, `IL`, Israel. */
const NATIONAL_ID_CONTEXT = native(new RegExp(NATIONAL_ID_LABEL, 'u'));
const ISRAELI_LINE = /[\u05d0-\u05ea]|(?<![A-Za-z])IL(?![A-Za-z])|Israel/u;

// Israeli identity number (mispar teudat zehut): nine digits, the last a Luhn check digit over the
// nine (a number whose leading zeros a spreadsheet dropped, eight digits, checks the same). Its
// labels are mostly written in Hebrew letters, which the prefilter's ASCII keywords cannot name,
// so the rule runs on every text; one number in ten passes the check, so a label must be near.
export default defineRule({
  id: 'il-teudat-zehut',
  category: 'pii',
  description: 'Israeli identity number (teudat zehut), near a label',
  keywords: [],
  // Every match is a run of at least eight digits: scanned only near such runs.
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)\d{7,8}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    if (!luhn(s.padStart(9, '0')) || isTrivialNumber(s) || inLongerNumber(ctx)) return false;
    if (hasContext(ctx, ZEHUT_CONTEXT, { before: 48, after: 16 })) return true;
    const line = matchLine(ctx, 400);
    return native(ISRAELI_LINE).test(line) && hasContext(ctx, NATIONAL_ID_CONTEXT, { before: 48, after: 16 });
  },
  redactAs: 'teudat-zehut',
  references: ['https://www.gov.il/he/departments/population_and_immigration_authority'],
  examples: {
    positive: [
      `ת.ז. ${withLuhn('02944959')}`,
      `שם,ת.ז.,IBAN\nEitan Goldberg,${withLuhn('20623717')},IL350042820000000493999\n`,
      `id\tfull_name\tnational_id\tnational_id_country\n4\tNoa Friedman\t${withLuhn('2172' + fake('{d4}', 2091))}\tIL\n`,
      // a pension fund's record, its keys transliterated
      `{"mispar_zihuy": "${withLuhn(fake('{d8}', 101777))}", "kod_kupa": "A1"}`,
    ],
    negative: [
      `ת.ז. ${breakLastDigit(withLuhn('02944959'))}`,
      `national_id,country\n${withLuhn('2172' + fake('{d4}', 2091))},DE\n`,
      `Order ${withLuhn('02944959')} shipped`,
    ],
  },
});
