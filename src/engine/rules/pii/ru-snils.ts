import { defineRule, fake } from '../defineRule';
import { SNILS_WRITTEN, snilsChecksum, withSnils } from './_checksums';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Its labels: СНИЛС, SNILS, страховой номер; a column `snils`. */
const SNILS_CONTEXT = /(?<![\p{L}])(?:снилс|snils|страховой номер|страхового свидетельства)(?![\p{L}])/iu;


function sample(seed: number, written = true): string {
  const s = withSnils(`1${fake('{d8}', seed)}`);
  return written ? `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${s.slice(9)}` : s;
}

// A Russian SNILS (individual insurance account number): nine digits and a two-digit check number
// (see snilsChecksum), printed 123-456-789 01. Written so it needs no label (nothing else groups its
// digits 3-3-3-2 with a check); as eleven digits in a row, one random number in a hundred passes, so
// a label must be near or head the column.
export default defineRule({
  id: 'ru-snils',
  category: 'pii',
  description: 'Russian SNILS (insurance account number with its check number), in its printed form or near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)(?:\d{2}-\d{3}-\d{3}[ -]\d{2}|\d{10})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (!snilsChecksum(digits) || isTrivialNumber(digits) || inLongerNumber(ctx)) return false;
    return SNILS_WRITTEN.test(s) || hasContext(ctx, SNILS_CONTEXT, { before: 48 });
  },
  redactAs: 'national-id',
  references: ['https://sfr.gov.ru/'],
  examples: {
    positive: [
      `СНИЛС: ${sample(7201)}`,
      `employee_id,full_name,snils\nE-7,A. Example,${sample(7202, false)}`,
      `Застрахованное лицо A. Example, ${sample(7203)}, дата рождения 01.02.1990`,
    ],
    negative: [
      `СНИЛС: ${breakLastDigit(sample(7201))}`,
      // eleven digits in a row without a label
      `ticket ${sample(7204, false)} closed`,
    ],
  },
});
