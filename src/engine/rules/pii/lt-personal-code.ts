import { defineRule, fake } from '../defineRule';
import { balticPersonalCodeChecksum, withBalticPersonalCode } from './_checksums';
import { centuryOfSexDigit, hasDateAt } from './_dates';
import { NATIONAL_ID_KEYWORDS, NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const PERSONAL_CODE_CONTEXT = new RegExp(
  String.raw`asmens[ _]?kod|(?<![a-z])a\. ?k\.(?![a-z])|isikukood|personal[ _]?code|personas[ _]?kod|(?<![a-z])id[ _]?code|(?<![a-z])pno(?:ee|lt)-|${NATIONAL_ID_LABEL}`,
  'u',
);

/** The birth date of a code: G YYMMDD, G 1-2 for the 1800s, 3-4 for the 1900s, 5-6 for the 2000s. */
function hasBirthDate(code: string): boolean {
  return hasDateAt(code, 1, 'YYMMDD', centuryOfSexDigit(code[0])) && !isTestIdentity(code);
}

/**
 * SK ID Solutions' Smart-ID and ID-card test identities are born on 3 March 1903 (`PNOEE-3030303…`
 * in its documentation and demo environment): no customer's.
 */
export function isTestIdentity(code: string): boolean {
  return /^[34]030303/u.test(code);
}

// Lithuanian personal code (asmens kodas) and Estonian personal identification code (isikukood),
// which share their form: G YYMMDD NNN K, G giving century and sex, K a weighted sum mod 11 (see
// balticPersonalCodeChecksum). Eleven-digit numbers are common, so a label must be near.
export default defineRule({
  id: 'lt-personal-code',
  category: 'pii',
  description: 'Lithuanian or Estonian personal code (asmens kodas, isikukood), near a label',
  keywords: [...NATIONAL_ID_KEYWORDS, 'asmens kod', 'asmens_kod', 'a.k.', 'a. k.', 'isikukood', 'personal code', 'personal_code', 'personalcode', 'personas kod', 'id code', 'pnoee-', 'pnolt-'],
  window: { before: 64, after: 4000 },
  columns: true,
  // (Or as an eIDAS certificate's or a Smart-ID account's semantics identifier: PNOEE-<code>, its
  // document number PNOEE-<code>-XXXX-Q.)
  pattern: new RegExp(String.raw`(?:(?<![\w.-])|(?<=(?<![\w-])PNO(?:EE|LT)-))[1-6]\d{10}(?:(?![\w-])|(?<=PNO(?:EE|LT)-\d{11})(?=-[A-Z0-9]{4}-[A-Z](?![\w-])))` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    balticPersonalCodeChecksum(s) && hasBirthDate(s) && !inLongerNumber(ctx) && hasContext(ctx, PERSONAL_CODE_CONTEXT, { before: 64, after: 16 }),
  redactAs: 'personal-code',
  references: ['https://www.e-tar.lt/portal/lt/legalAct/TAR.6C7A8A3BF25F', 'https://www.riigiteataja.ee/akt/114122010018'],
  examples: {
    positive: [
      `Mano asmens kodas sutarčiai: ${withBalticPersonalCode('3870412' + fake('{d3}', 831))}`,
      `Isikukood: ${withBalticPersonalCode('4920229' + fake('{d3}', 832))}`,
      `| Vardas Pavardė | Asmens kodas |\n|---|---|\n| Rūta Kazlauskienė | ${withBalticPersonalCode('4881130' + fake('{d3}', 833))} |`,
      `smartid action=start semanticsIdentifier=PNOEE-${withBalticPersonalCode('3960722' + fake('{d3}', 834))} vc=2370`,
      `state=COMPLETE endResult=OK documentNumber=PNOLT-${withBalticPersonalCode('4891109' + fake('{d3}', 835))}-Q7ZD-Q`,
    ],
    negative: [
      `Smart-ID demo: PNOEE-${withBalticPersonalCode('3030303' + fake('{d3}', 836))}`,
      `Asmens kodas: ${breakLastDigit(withBalticPersonalCode('3870412' + fake('{d3}', 831)))}`,
      `Asmens kodas: ${withBalticPersonalCode('3871332' + fake('{d3}', 831))}`,
      `Užsakymo nr. ${withBalticPersonalCode('3870412' + fake('{d3}', 831))}`,
    ],
  },
});
