import { defineRule, fake } from '../defineRule';
import { tfnChecksum } from './_checksums';
import { hasContext, inLongerNumber, isTaxNumberOfCountry, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit, group } from './_format';

/** An Australian record's country cell. */
const AUSTRALIA = /^(?:AU|AUS|Australia)$/u;
const TFN_CONTEXT = /(?<![a-z])(?:tfn|tax[ _-]?file)/u;

function sample(seed: number): string {
  for (let s = seed; ; s++) {
    const v = fake('{d9}', s);
    if (v[0] !== '0' && tfnChecksum(v)) return v;
  }
}

// Nine digits (older ones eight) whose weighted sum (1 4 3 7 5 8 6 9 10) is a multiple of 11,
// often written 3 3 3 (or 3-3-3). One random number in eleven passes, so a TFN label must be near.
export default defineRule({
  id: 'au-tfn',
  category: 'pii',
  description: 'Australian tax file number (TFN), near a label',
  // (Or a tax number's column on an Australian record: see the validator.)
  keywords: ['tfn', 'tax file', 'tax_file', 'taxfile', 'tax_number', 'tax number', 'tax_no', 'tax_id', 'tax id'],
  // The value stands near its label (or a few table rows under a header that names it).
  // A column header (`BSN;`, `Passport No,`) is followed by rows: 4,000 characters reach about 40 of them.
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{3}([ -]?)\d{3}\1\d{2,3}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const d = s.replace(/[ -]/gu, '');
    if (!tfnChecksum(d) || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    return hasContext(ctx, TFN_CONTEXT, { after: 16 }) || isTaxNumberOfCountry(ctx, AUSTRALIA);
  },
  redactAs: 'tfn',
  references: ['https://www.ato.gov.au/individuals-and-families/tax-file-number'],
  examples: {
    positive: [`TFN: ${group(sample(161), [3, 3, 3])}`, `Tax file number ${sample(162)}`, `employee_id,tax_file_number,mobile\nBAH-1054,${group(sample(163), [3, 3, 3]).replace(/ /gu, '-')},0403 882 417`,
      `contractor;country;tax_number;rate\nK-17;AU;${group(sample(100917), [3, 3, 3])};95.00\n`],
    negative: [`TFN: ${breakLastDigit(sample(161))}`, 'TFN: 123 456 782', `account ${sample(161)}`, `contractor;country;tax_number;rate\nK-18;NZ;${group(sample(100917), [3, 3, 3])};95.00\n`],
  },
});
