import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { hasContext, inLongerNumber, isOnCompanyLine, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Labels of an Indonesian taxpayer number: NPWP, Nomor Pokok Wajib Pajak. */
const NPWP_CONTEXT = /(?<![a-z])(?:npwp|nomor[ _]pokok[ _]wajib[ _]pajak|tax[ _-]?id)(?![a-z])/iu;

/** A person's NPWP for an example: a taxpayer type of 04-09, a serial, the check digit, the tax office and the branch. */
function sample(seed: number, type = '08'): string {
  const body = withLuhn(type + fake('{d6}', seed));
  return `${body.slice(0, 2)}.${body.slice(2, 5)}.${body.slice(5, 8)}.${body.slice(8)}-${fake('{d3}', seed + 1)}.000`;
}

// Indonesia's taxpayer number (Nomor Pokok Wajib Pajak, NPWP), as written on the card and in
// forms: `09.254.294.3-407.000`. Two digits of taxpayer type, six of serial, a Luhn check digit
// over those nine, three of the registering tax office and three of the branch. Types 01-03 are
// companies' (public in company registries); 04-09 are people's: employees, sole traders and
// other individuals, whose NPWP is personal data. The dotted form is the number's own; fifteen
// digits in a row need a label.
export default defineRule({
  id: 'id-npwp',
  category: 'pii',
  description: "Indonesian taxpayer number of a person (NPWP, types 04-09, Luhn check digit)",
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])(?:\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}|\d{15})(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    const type = Number(digits.slice(0, 2));
    if (type < 4 || type > 9 || !luhn(digits.slice(0, 9)) || inLongerNumber(ctx)) return false;
    if (s.length === 15 && !hasContext(ctx, NPWP_CONTEXT, { before: 48 })) return false;
    return !isOnCompanyLine(ctx);
  },
  redactAs: 'tax-id',
  references: ['https://www.pajak.go.id/'],
  examples: {
    positive: [`        "npwp": "${sample(991)}",`, `2. NPWP pribadi: ${sample(992, '09')} (usaha masih pakai NPWP pribadi)`, `npwp=${sample(993, '05').replace(/\D/gu, '')}`],
    negative: [
      // a company's (type 01-03), a wrong check digit, fifteen digits with no label
      `NPWP: ${sample(994, '01')}`,
      `NPWP: ${breakLastDigit(sample(991).slice(0, 12))}-${sample(991).slice(13)}`,
      `ref ${sample(995).replace(/\D/gu, '')}`,
    ],
  },
});
