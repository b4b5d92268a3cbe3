import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { hasContext, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of an Emirates ID: EID, Emirates ID, the Arabic "identity number" (رقم الهوية). */
const EID_CONTEXT = /(?<![a-z])(?:eid|emirates[ _-]?id|emirates identity|uae[ _-]?id|id card|identity card|national id)(?![a-z])|رقم الهوية|الهوية الإماراتية|بطاقة الهوية/iu;

function sample(seed: number, sep = '-'): string {
  const digits = withLuhn(`784${1960 + (seed % 45)}${fake('{d7}', seed)}`);
  return sep === '' ? digits : [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7, 14), digits.slice(14)].join(sep);
}

// The UAE's Emirates ID number: 784 (the country's ISO code), the holder's year of birth, seven
// digits and a Luhn check digit, written 784-YYYY-NNNNNNN-C or in one run. The dashed form says
// what it is; fifteen digits in one run (an IMEI's length) need a label near them.
export default defineRule({
  id: 'ae-emirates-id',
  category: 'pii',
  description: 'UAE Emirates ID number (784-YYYY-NNNNNNN-C, Luhn check digit)',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`784(?<![\w-]784)(-?)(?:19|20)\d{2}\1\d{7}\1\d(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/-/gu, '');
    if (!luhn(digits) || isTrivialNumber(digits.slice(7))) return false;
    return s.includes('-') || hasContext(ctx, EID_CONTEXT, { after: 24 });
  },
  redactAs: 'national-id',
  references: ['https://u.ae/en/information-and-services/visa-and-emirates-id/emirates-id'],
  examples: {
    positive: [`Emirates ID: ${sample(611)}`, `guest_id_type=EID guest_id=${sample(612, '')}`, `<IdNumber>${sample(613)}</IdNumber>`],
    negative: [`Emirates ID: ${sample(611).slice(0, -1)}${(Number(sample(611).slice(-1)) + 1) % 10}`, `imei ${sample(614, '')}`, 'EID: 784-1990-1234567-0'],
  },
});
