import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { cnpChecksum, withCnp } from './_checksums';
import { hasDateAt } from './_dates';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

// (A UBL invoice's buyer who is a person carries the CNP as `<cbc:CompanyID>`: RO e-Factura's B2C invoices;
// a contractor's PFA is taxed under the CNP, which a payroll export's `tax_id` column holds.)
const CNP_CONTEXT = native(new RegExp(`(?<![a-z])cnp(?![a-z])|cod[ _]?numeric[ _]?personal|cbc:company ?id>$|${NATIONAL_ID_LABEL}|(?<![a-z])tax[ _]?id(?![a-z])|(?<![a-z])stcd1(?![a-z0-9])`, 'u'));

/** S YYMMDD JJ: S 1-2 for the 1900s, 3-4 for the 1800s, 5-6 for the 2000s, 7-9 residents (either century); JJ a county code. */
function hasBirthDateAndCounty(code: string): boolean {
  const s = Number(code[0]);
  const county = Number(code.slice(7, 9));
  if (county < 1 || (county > 52 && county !== 70)) return false;
  const centuries = s <= 2 ? [1900] : s <= 4 ? [1800] : s <= 6 ? [2000] : [1900, 2000];
  return hasDateAt(code, 1, 'YYMMDD', centuries);
}

// Romanian personal numeric code (CNP): S YYMMDD JJ NNN C, the check a weighted sum mod 11 (see
// cnpChecksum). Thirteen-digit numbers are everywhere (millisecond timestamps, barcodes), and a
// timestamp of 2024 reads as a man born in 1971, so a label must be near.
export default defineRule({
  id: 'ro-cnp',
  category: 'pii',
  description: 'Romanian personal numeric code (CNP), near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, 'cnp', 'cod numeric personal', 'cod_numeric', 'cbc:companyid>', 'tax_id', 'tax id', 'taxid', 'stcd1'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])[1-9]\d{12}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    cnpChecksum(s) && hasBirthDateAndCounty(s) && !inLongerNumber(ctx) && hasContext(ctx, CNP_CONTEXT, { before: 64, after: 16 }),
  redactAs: 'cnp',
  references: ['https://ro.wikipedia.org/wiki/Cod_numeric_personal'],
  examples: {
    positive: [
      `        <cbc:CompanyID>${withCnp('6020214' + '44' + fake('{d3}', 845))}</cbc:CompanyID>`,
      `CNP:                      ${withCnp('2880915' + '40' + fake('{d3}', 841))}`,
      `"cnp": "${withCnp('1790301' + '12' + fake('{d3}', 842))}"`,
      `employee_no,full_name,country,national_id\nE1002,Ioana Dumitrescu,RO,${withCnp('2900712' + '35' + fake('{d3}', 844))}`,
      `contractor_id,full_name,country,legal_form,tax_id\nCTR-9,Ana Marin,RO,PFA,${withCnp('2910203' + '12' + fake('{d3}', 846))}`,
      // an SAP business partners' export: a person's CNP in the partner's tax number 1 (STCD1)
      `PARTNER;STCD1;ORT01\n1000908940;${withCnp('2591211' + '08' + fake('{d3}', 847))};Brasov`,
    ],
    negative: [
      `CNP: ${breakLastDigit(withCnp('2880915' + '40' + fake('{d3}', 841)))}`,
      `CNP: ${withCnp('2880915' + '60' + fake('{d3}', 841))}`,
      `"created_ms": ${withCnp('1710120' + '04' + fake('{d3}', 843))}`,
    ],
  },
});
