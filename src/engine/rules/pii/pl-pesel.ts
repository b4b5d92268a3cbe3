import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isValidDate, peselChecksum, withPesel } from './_checksums';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, TIN_COLUMN_KEYWORDS, hasContext, inLongerNumber, isTaxNumberOfCountry } from './_context';
import { breakLastDigit } from './_format';

const PESEL_CONTEXT = native(new RegExp(`(?<![a-z])pesel|${NATIONAL_ID_LABEL}`, 'u'));

/** True when YYMMDD (month + 20/40/60/80 for 2000/2100/2200/1800) is a real date. */
function hasPeselDate(d: string): boolean {
  const yy = Number(d.slice(0, 2));
  const mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)] ?? 0;
  return isValidDate(century + yy, mm % 20, dd);
}

// YYMMDD (century in the month) + serial (4, the last odd for men) + weighted check digit
// (1 3 7 9 ...). Eleven-digit numbers are common, so a PESEL label must be near.
export default defineRule({
  id: 'pl-pesel',
  category: 'pii',
  description: 'Polish national identification number (PESEL), near a label',
  // (And a DAC7 or CRS report's TIN column, on a Polish record.)
  keywords: ['pesel', ...NATIONAL_ID_KEYWORDS, ...TIN_COLUMN_KEYWORDS],
  // The value stands near its label (or a few table rows under a header that names it).
  // A column header (`BSN;`, `Passport No,`) is followed by rows: 4,000 characters reach about 40 of them.
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{11}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  // (44051401359 is the specimen that guides and validators' docs print.)
  validate: (s, ctx) => s !== '44051401359' && peselChecksum(s) && hasPeselDate(s) && !inLongerNumber(ctx) && (hasContext(ctx, PESEL_CONTEXT, { after: 16 }) || isTaxNumberOfCountry(ctx, /^PL$/u)),
  redactAs: 'pesel',
  references: ['https://www.gov.pl/web/gov/czym-jest-numer-pesel'],
  examples: {
    positive: [
      `PESEL: ${withPesel('850312' + fake('{d4}', 311))}`,
      `"pesel": "${withPesel('022411' + fake('{d4}', 312))}"`,
      // a marketplace's DAC7 report: the seller's TIN, its country PL
      `seller_id,seller_type,legal_name,tin,tin_country\nS-1,individual,"J. Przykład",${withPesel('880312' + fake('{d4}', 101974))},PL`,
      // a fixed-width payroll report: the header names the column above the number, rows and a rule between
      `Nr    Pracownik               PESEL            Brutto\n=====================================================\nP1001 A. Kowalski             ${withPesel('770514' + fake('{d4}', 101807))}      4666.00\nP1002 B. Nowak                ${withPesel('881120' + fake('{d4}', 101808))}      7400.00\n`,
    ],
    negative: [
      // a fixed-width report's number under another column
      `Nr    Pracownik               Konto            Brutto\nP1001 A. Kowalski             ${withPesel('770514' + fake('{d4}', 101807))}      4666.00\n`,
      'PESEL: 44051401359', `PESEL: ${breakLastDigit(withPesel('850312' + fake('{d4}', 311)))}`, `PESEL: ${withPesel('851332' + fake('{d4}', 311))}`, `nr ${withPesel('850312' + fake('{d4}', 311))}`],
  },
});
