import { defineRule, fake } from '../defineRule';
import { lkNicChecksum, withLkNic } from './_checksums';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Its labels: NIC, the card's name in English, Sinhala and Tamil; a column `nic`, `nic_no`. */
const NIC_CONTEXT = /(?<![\p{L}])(?:nic|n\.i\.c\.?|nic no\.?|national identity card|ජාතික හැඳුනුම්පත|தேசிய அடையாள அட்டை)(?![\p{L}])/iu;

/** Days of the year, women's with 500 added. */
function isDayOfYear(ddd: number): boolean {
  return (ddd >= 1 && ddd <= 366) || (ddd >= 501 && ddd <= 866);
}

function sample(seed: number, yy: string, ddd: string): string {
  return `${withLkNic(`${yy}${ddd}${fake('{d3}', seed)}`)}V`;
}

/** The same person's number in the 12-digit form of 2016: the year in full, a 0 before the serial. */
function asNew(old: string): string {
  return `19${old.slice(0, 5)}0${old.slice(5, 9)}`;
}

// A Sri Lankan national identity card number. Until 2016: the year of birth's last two digits, the
// day of the year (women's plus 500), a three-digit serial, a check digit (see lkNicChecksum) and V
// or X: `YYDDDSSSCV`. That form needs no label: nothing else ends nine such digits with V or X. Since
// 2016: twelve digits, `YYYYDDDSSSSC`, which a label must name (its check digit's rule is not
// published: a number converted from the old form, a 0 before its serial, is checked as the old one).
export default defineRule({
  id: 'lk-nic',
  category: 'pii',
  description: 'National identity card number of Sri Lanka (old form with its check digit and V/X; the 12-digit form near a label)',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`\d(?<![\w.-]\d)(?:\d{8}[VvXx]|\d{11})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    if (inLongerNumber(ctx)) return false;
    if (s.length === 10) return isDayOfYear(Number(s.slice(2, 5))) && lkNicChecksum(s.slice(0, 9));
    const year = Number(s.slice(0, 4));
    // (A form's hint writes a year and a run: 2000 12345678.)
    if (year < 1900 || year > 2025 || !isDayOfYear(Number(s.slice(4, 7))) || isTrivialNumber(s.slice(4))) return false;
    if (s[7] === '0' && year < 2000 && !lkNicChecksum(s.slice(2, 7) + s.slice(8))) return false;
    return hasContext(ctx, NIC_CONTEXT, { before: 48 });
  },
  redactAs: 'national-id',
  references: ['https://drp.gov.lk/'],
  examples: {
    positive: [
      `Beneficiary: A. Example, NIC ${sample(7301, '87', '143')}, Commercial Bank`,
      `customer_id,name,dob,id_type,id_number\nC-1,A. Example,1972-11-14,NIC,${sample(7302, '72', '818').toLowerCase()}`,
      `NIC (new): ${asNew(sample(7303, '91', '104'))}`,
    ],
    negative: [
      `NIC ${breakLastDigit(sample(7301, '87', '143').slice(0, 9))}V`,
      // day 400 is no day of the year; twelve digits without a label
      `ref ${withLkNic(`85400${fake('{d3}', 7304)}`)}V`,
      `order ${asNew(sample(7305, '88', '211'))} shipped`,
      'NIC hint: 123456789V or 200012345678',
    ],
  },
});
