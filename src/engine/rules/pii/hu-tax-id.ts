import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber } from './_context';

/** The check digit of a Hungarian tax id's first nine digits: the sum of each digit times its position, mod 11 (10 is never issued). */
function taxIdCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (body.charCodeAt(i) - 48) * (i + 1);
  return sum % 11;
}

function sample(seed: number): string {
  for (let k = 0; ; k++) {
    const body = `8${fake('{d8}', seed + k * 101)}`;
    const c = taxIdCheck(body);
    if (c < 10) return body + String(c);
  }
}

const TAX_ID_CONTEXT = /adóazonosító|adoazonosito|adó ?szám|(?<![a-z])(?:hu[ _]?)?tax[ _]?(?:id|number|no)(?![a-z])|(?<![a-z])tin(?![a-z])|adóazonosító jel/u;

// A Hungarian personal tax id (adóazonosító jel): ten digits, an 8 first, then the birth date as
// days since 1 January 1867, a serial and a check digit (each of the first nine digits times its
// position, mod 11). Near a tax-id label or column.
export default defineRule({
  id: 'hu-tax-id',
  category: 'pii',
  description: 'Hungarian personal tax id (adóazonosító jel, check digit), near a label',
  keywords: ['adoazonosito', 'azonosito jel', 'tax_id', 'tax id', 'taxid', 'tax number', 'ado szam', ',tin,'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.-])8\d{9}(?![\w-])/gu,
  validate: (s, ctx) => {
    const c = taxIdCheck(s);
    if (c === 10 || c !== s.charCodeAt(9) - 48 || inLongerNumber(ctx)) return false;
    return hasContext(ctx, TAX_ID_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'tax-id',
  references: ['https://nav.gov.hu/', 'https://hu.wikipedia.org/wiki/Ad%C3%B3azonos%C3%ADt%C3%B3_jel'],
  examples: {
    positive: [`adóazonosító jelét (${sample(1)}) kérte rögzíteni`, `hu_tax_id: ${sample(2)}`, `first_name,last_name,hu_tax_id\nPéter,Horváth,${sample(3)}`],
    negative: [`adóazonosító: ${sample(4).slice(0, 9)}${(Number(sample(4)[9]) + 1) % 10}`, `invoice ${sample(5)}`],
  },
});
