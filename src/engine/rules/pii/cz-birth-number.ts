import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { birthNumberChecksum, isValidDate, withBirthNumber } from './_checksums';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const BIRTH_NUMBER_CONTEXT = native(new RegExp(String.raw`rodn[eé][ _]?[cč][ií]slo|(?<![a-z])r\.? ?[cč]\.(?![a-z])|(?<![a-z])rč(?![a-z])|birth[ _]?number|rodne_?cislo|${NATIONAL_ID_LABEL}`, 'u'));

/** True when YYMMDD, the month +50 for women and +20 for numbers issued from 2004, is a real date. */
function hasBirthDate(d: string): boolean {
  const yy = Number(d.slice(0, 2));
  let mm = Number(d.slice(2, 4));
  if (mm > 50) mm -= 50;
  if (mm > 20) mm -= 20;
  // Ten-digit numbers exist for births from 1954 on.
  const year = yy >= 54 ? 1900 + yy : 2000 + yy;
  return isValidDate(year, mm, Number(d.slice(4, 6)));
}

// Czech and Slovak birth number (rodné číslo): YYMMDD/NNNC, ten digits divisible by 11 (see
// birthNumberChecksum), the month +50 for women. Six digits, a slash and four are common in
// invoice and order numbers, so a label must be near (or name the column).
export default defineRule({
  id: 'cz-birth-number',
  category: 'pii',
  description: 'Czech or Slovak birth number (rodné číslo), near a label',
  // (As the keyword pass reads them: rodné číslo as rodne cislo.)
  keywords: [...NATIONAL_ID_KEYWORDS, 'rodne c', 'rodne_c', 'rodnec', 'r.c.', 'r. c.', 'birth number', 'birth_number', 'birthnumber'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w./-])\d{6}\/?\d{4}(?![\w/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace('/', '');
    return birthNumberChecksum(digits) && hasBirthDate(digits) && !inLongerNumber(ctx) && hasContext(ctx, BIRTH_NUMBER_CONTEXT, { before: 64, after: 16 });
  },
  redactAs: 'birth-number',
  references: ['https://www.mvcr.cz/clanek/rodne-cislo.aspx'],
  examples: {
    positive: [
      `Rodné číslo:     ${withBirthNumber('905612' + fake('{d3}', 821)).replace(/^(\d{6})/u, '$1/')}`,
      `"rodne_cislo": "${withBirthNumber('785304' + fake('{d3}', 822))}"`,
    ],
    negative: [
      `Rodné číslo: ${breakLastDigit(withBirthNumber('905612' + fake('{d3}', 821)))}`,
      `Faktura ${withBirthNumber('905612' + fake('{d3}', 821)).replace(/^(\d{6})/u, '$1/')}`,
      `Rodné číslo: ${withBirthNumber('901332' + fake('{d3}', 821))}`,
    ],
  },
});
