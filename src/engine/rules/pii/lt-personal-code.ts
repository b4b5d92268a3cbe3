import { defineRule, fake } from '../defineRule';
import { balticPersonalCodeChecksum, withBalticPersonalCode } from './_checksums';
import { centuryOfSexDigit, hasDateAt } from './_dates';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const PERSONAL_CODE_CONTEXT = new RegExp(String.raw`asmens[ _]?kod|(?<![a-z])a\. ?k\.(?![a-z])|isikukood|personal[ _]?code|${NATIONAL_ID_LABEL}`, 'u');

/** The birth date of a code: G YYMMDD, G 1-2 for the 1800s, 3-4 for the 1900s, 5-6 for the 2000s. */
function hasBirthDate(code: string): boolean {
  return hasDateAt(code, 1, 'YYMMDD', centuryOfSexDigit(code[0]));
}

// Lithuanian personal code (asmens kodas) and Estonian personal identification code (isikukood),
// which share their form: G YYMMDD NNN K, G giving century and sex, K a weighted sum mod 11 (see
// balticPersonalCodeChecksum). Eleven-digit numbers are common, so a label must be near.
export default defineRule({
  id: 'lt-personal-code',
  category: 'pii',
  description: 'Lithuanian or Estonian personal code (asmens kodas, isikukood), near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, 'asmens kod', 'asmens_kod', 'a.k.', 'a. k.', 'isikukood', 'personal code', 'personal_code', 'personalcode'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])[1-6]\d{10}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    balticPersonalCodeChecksum(s) && hasBirthDate(s) && !inLongerNumber(ctx) && hasContext(ctx, PERSONAL_CODE_CONTEXT, { before: 64, after: 16 }),
  redactAs: 'personal-code',
  references: ['https://www.e-tar.lt/portal/lt/legalAct/TAR.6C7A8A3BF25F', 'https://www.riigiteataja.ee/akt/114122010018'],
  examples: {
    positive: [
      `Mano asmens kodas sutarčiai: ${withBalticPersonalCode('3870412' + fake('{d3}', 831))}`,
      `Isikukood: ${withBalticPersonalCode('4920229' + fake('{d3}', 832))}`,
      `| Vardas Pavardė | Asmens kodas |\n|---|---|\n| Rūta Kazlauskienė | ${withBalticPersonalCode('4881130' + fake('{d3}', 833))} |`,
    ],
    negative: [
      `Asmens kodas: ${breakLastDigit(withBalticPersonalCode('3870412' + fake('{d3}', 831)))}`,
      `Asmens kodas: ${withBalticPersonalCode('3871332' + fake('{d3}', 831))}`,
      `Užsakymo nr. ${withBalticPersonalCode('3870412' + fake('{d3}', 831))}`,
    ],
  },
});
