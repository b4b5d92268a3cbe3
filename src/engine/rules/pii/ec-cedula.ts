import { defineRule, fake } from '../defineRule';
import { ecCedulaChecksum, withEcCedula } from './_checksums';
import { NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber, isOnCompanyRow } from './_context';
import { breakLastDigit } from './_format';

/** A cédula's label, or a document-type cell or field right before it (`CED,`, `"tipo": "CED", "numero": "`). */
const CEDULA_CONTEXT = new RegExp(`c[eé]dula|(?<![a-z])ced(?![a-z])|(?<![a-z])c\\.i\\.|identificaci[oó]n|(?<![a-z])ruc(?![a-z])`, 'u');

// Ecuadorian identity card number (cédula de ciudadanía): ten digits, a province code (01-24, 30
// abroad), a third digit below 6 for a person, and a check digit (see ecCedulaChecksum). A
// person's RUC is the cédula and 001: the rule reads its first ten digits. Ten-digit numbers are
// common (phone numbers, Unix times), and other countries' ids pass the check one time in ten, so
// a cédula's own label must be near or head the column (not a bare `national_id`).
export default defineRule({
  id: 'ec-cedula',
  category: 'pii',
  description: 'Ecuadorian cédula (identity card number, or the person RUC built on it), near a label',
  // (Not `ruc` or `ced,` alone: struct, construct, replaced, reduced.)
  keywords: ['cedula', ',ced,', ';ced;', '|ced|', 'ced:', '"ced"', "'ced'", 'identificacion', 'c.i.', 'ruc:', 'ruc ', '"ruc"', 'ruc_', ',ruc,', ';ruc;', 'ruc;'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])(\d{10})(?:001)?(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  secretGroup: 1,
  // (A RUC's 001 follows its cédula: the digits after it are its own.)
  validate: (s, ctx) =>
    ecCedulaChecksum(s) && (ctx.match[0].length > 10 || !inLongerNumber(ctx)) && hasContext(ctx, CEDULA_CONTEXT, { before: 64, after: 16 }) && !isOnCompanyRow(ctx),
  redactAs: 'cedula',
  references: ['https://www.registrocivil.gob.ec/'],
  examples: {
    positive: [
      `Cédula: ${withEcCedula('17293435' + fake('{d1}', 2031))}`,
      `{"tipo": "CED", "numero": "${withEcCedula('09270756' + fake('{d1}', 2032))}"}`,
      `seq;destinatario;cedula;celular\n1;Jessenia Cevallos;${withEcCedula('09271989' + fake('{d1}', 2033))};0999523197\n`,
      `RUC: ${withEcCedula('17145623' + fake('{d1}', 2034))}001`,
    ],
    negative: [
      `Cédula: ${breakLastDigit(withEcCedula('17293435' + fake('{d1}', 2031)))}`,
      `Cédula: ${withEcCedula('47293435' + fake('{d1}', 2035))}`,
      `Teléfono ${withEcCedula('09912345' + fake('{d1}', 2036))}`,
    ],
  },
});
