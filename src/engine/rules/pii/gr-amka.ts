import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { luhn, withLuhn } from './_checksums';
import { hasDateAt } from './_dates';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

/** Its labels, and a `national_id` key or column (a multi-country clinic's record says the type beside it). */
const AMKA_CONTEXT = native(new RegExp(`amka|αμκα|α\\.μ\\.κ\\.α|${NATIONAL_ID_LABEL}`, 'u'));

/** DD MM YY: a valid day and month (the century is not written). */
function hasBirthDate(amka: string): boolean {
  return hasDateAt(amka, 0, 'DDMMYY', [2000, 1900]);
}

// Greek social security number (AMKA): eleven digits, the birth date as DD MM YY, four digits and a
// Luhn check digit. Eleven-digit numbers are common and one in ten passes Luhn, so its label must
// be near or head the column (`AMKA`, or ΑΜΚΑ, which the prefilter reads as amka).
export default defineRule({
  id: 'gr-amka',
  category: 'pii',
  description: 'Greek social security number (AMKA), near a label',
  keywords: ['amka', 'a.m.k.a', ...NATIONAL_ID_KEYWORDS],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])[0-3]\d[01]\d{8}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => luhn(s) && hasBirthDate(s) && !inLongerNumber(ctx) && hasContext(ctx, AMKA_CONTEXT, { before: 48, after: 16 }),
  redactAs: 'amka',
  references: ['https://www.amka.gr/'],
  examples: {
    positive: [`{"national_id": "${withLuhn('1207845' + fake('{d3}', 101545))}", "id_kind": "GR"}`, `AMKA: ${withLuhn('0411886' + fake('{d3}', 2131))}`, `- ΑΜΚΑ: ${withLuhn('1503927' + fake('{d3}', 2134))}`, `crew_code,full_name,amka,afm\nGR-0102,A. Example,${withLuhn('2308717' + fake('{d3}', 2132))},613154335\n`],
    negative: [`AMKA: ${breakLastDigit(withLuhn('0411886' + fake('{d3}', 2131)))}`, `AMKA: ${withLuhn('3213886' + fake('{d3}', 2133))}`, `Invoice ${withLuhn('0411886' + fake('{d3}', 2131))}`],
  },
});
