import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { belgianNationalNumberChecksum, isValidDate, withBelgianCheck } from './_checksums';
import { hasContext, inLongerNumber, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

const BE_CONTEXT = native(new RegExp(`(?<![a-z])(?:rijksregister(?:nummer)?|national (?:register )?number|num[ée]ro national|registre national|insz|niss|nn(?![a-z])|rrn(?![a-z])|nir(?![a-z])|${NATIONAL_ID_LABEL})`, 'u'));

/** The specimen the Belgian eID's and the register's documentation print (85.07.30-033.28). */
const SPECIMENS = new Set(['85073003328']);

function formatted(d: string): string {
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

// YYMMDD + serial (3, odd for men) + check (97 − n mod 97, with a leading 2 for births from 2000),
// usually written YY.MM.DD-SSS.CC. The formatted value stands alone; bare digits need a label
// (Rijksregisternummer, numéro national, INSZ/NISS, or a cross-border form's French `NIR`, which
// holds a Belgian resident's national number as well as a French one's).
export default defineRule({
  id: 'be-national-number',
  category: 'pii',
  description: 'Belgian national register number (Rijksregisternummer / numéro national)',
  // The formatted number appears without a label; the pattern starts at a digit.
  keywords: [],
  pattern: new RegExp(String.raw`(?<![\w.-])\d{2}(\.?)\d{2}\1\d{2}([-. ]?)\d{3}(\.?)\d{2}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (!belgianNationalNumberChecksum(d) || SPECIMENS.has(d) || inLongerNumber(ctx)) return false;
    const mm = Number(d.slice(2, 4));
    const dd = Number(d.slice(4, 6));
    // Month/day 00 are allowed for unknown birth dates; bis numbers add 20 or 40 to the month.
    if (!(mm === 0 || dd === 0 || isValidDate(2000, mm % 20 === 0 && mm > 0 ? 12 : mm % 20, dd))) return false;
    if (ctx.match[1] === '.' && ctx.match[2] === '-' && ctx.match[3] === '.') return true;
    return hasContext(ctx, BE_CONTEXT, { after: 16 });
  },
  redactAs: 'national-number',
  references: ['https://www.ibz.rrn.fgov.be/fr/registre-national/'],
  examples: {
    positive: [`Rijksregisternummer: ${formatted(withBelgianCheck('850730' + fake('{d3}', 351)))}`, `INSZ ${withBelgianCheck('020914' + fake('{d3}', 352), true)}`, `dossier_ref;debtor_name;country;national_id;iban\nVR-3159705592;A. Person;BE;${withBelgianCheck('570222' + fake('{d3}', 353), true)};`,
      // a French and Belgian rental platform's guarantors: the national number under the NIR column
      `id\ttype\tfirst_name\tnir_clair\temployer_name\n7001\tphysique\tA.\t${withBelgianCheck('550326' + fake('{d3}', 102065))}\tKestrel SA\n`],
    negative: [
      `Rijksregisternummer: ${formatted(breakLastDigit(withBelgianCheck('850730' + fake('{d3}', 351))))}`,
      `order ${withBelgianCheck('020914' + fake('{d3}', 352), true)}`,
      'Rijksregisternummer: 85.07.30-033.28',
      `${formatted(withBelgianCheck('851330' + fake('{d3}', 351)))}`,
    ],
  },
});
