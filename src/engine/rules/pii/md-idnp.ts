import { defineRule, fake } from '../defineRule';
import { calcIdnpCheck, idnpChecksum } from './_checksums';
import { hasContext, inLongerNumber, isOnTestRecordLine, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Labels of a Moldovan personal number: IDNP, cod personal, numărul de identificare de stat. */
const IDNP_CONTEXT = /(?<![a-z])(?:idnp|cod(?:ul)?[ _]personal|num[aă]rul de identificare(?: de stat)?|tax[ _]?id)(?![a-z])/iu;

function sample(seed: number, first = '2'): string {
  const body = first + fake('{d11}', seed);
  return `${body}${calcIdnpCheck(body)}`;
}

// Moldova's personal identification number (IDNP): thirteen digits, 0 or 2 first (a company's
// IDNO starts with 1), and a check digit (weights 7, 3, 1 over the first twelve, mod 10). One
// random number in ten passes the check, so a label or an `IDNP` column must be near.
export default defineRule({
  id: 'md-idnp',
  category: 'pii',
  description: 'Moldovan personal identification number (IDNP, 13 digits, check digit), near a label',
  keywords: ['idnp', 'cod personal', 'codul personal', 'de identificare', 'tax_id', 'tax id', 'taxid'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])[02]\d{12}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => idnpChecksum(s) && !isTrivialNumber(s) && !inLongerNumber(ctx) && hasContext(ctx, IDNP_CONTEXT, { before: 64 }) && !isOnTestRecordLine(ctx),
  redactAs: 'national-id',
  references: ['https://ro.wikipedia.org/wiki/Num%C4%83r_de_identificare_de_stat'],
  examples: {
    positive: [
      `clientul din Chișinău vrea să-și mute abonamentul pe firmă. are IDNP ${sample(1001)}, firma e în curs de înregistrare`,
      `Nr,Nume Prenume,IDNP,Data nasterii\n1,A. Persoana,${sample(1002, '0')},1991-08-14`,
      `  IDNP: ${sample(1003)}`,
      `contractor_id,full_name,country,tax_id\nCTR-4,A. Persoana,MD,${sample(1004)}`,
    ],
    negative: [`IDNP: ${breakLastDigit(sample(1001))}`, `IDNO: 1${fake('{d11}', 1004)}${calcIdnpCheck('1' + fake('{d11}', 1004))}`, `comanda ${sample(1005)}`],
  },
});
