import { defineRule, fake } from '../defineRule';
import { esCccControl, esCccChecksum } from './_checksums';
import { hasContext, isOnCompanyLine, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Labels of a Spanish account number: CCC, cuenta, the Catalan compte and the Basque kontu. */
const CCC_CONTEXT = /(?<![a-z])(?:ccc|c\.c\.c\.|cuenta|n[uú]m(?:ero)?[ _.]?(?:de[ _])?cuenta|compte|kontu(?:a|an|ra)?|domiciliaci[oó]n|account)(?![a-z])/iu;

/** A valid account for an example: bank, branch, the two control digits, account. */
function sample(seed: number, sep = ''): string {
  const bank = fake('{d4}', seed);
  const branch = fake('{d4}', seed + 1);
  const account = fake('{d10}', seed + 2);
  const dc = `${esCccControl(`00${bank}${branch}`)}${esCccControl(account)}`;
  return [bank, branch, dc, account].join(sep);
}

// A Spanish account number as banks wrote it before IBAN (Código Cuenta Cliente, CCC): twenty
// digits, bank (4), branch (4), two control digits (each mod 11) and the account (10), grouped
// `2100-0418-45-0200051332` or `2100 0418 45 0200051332`. Old systems and customers still write
// it. The grouped form is the CCC's own and needs no label; twenty digits in a row need one.
export default defineRule({
  id: 'es-ccc',
  category: 'pii',
  description: 'Spanish bank account number (CCC: bank, branch, two mod-11 control digits, account)',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w./-])\d{4}([ -]?)\d{4}\1\d{2}\1\d{10}(?![\w/-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (!esCccChecksum(digits) || isTrivialNumber(digits.slice(10)) || /^0+$/u.test(digits.slice(10))) return false;
    if (s.length === 20 && !hasContext(ctx, CCC_CONTEXT, { before: 48 })) return false;
    return !isOnCompanyLine(ctx);
  },
  redactAs: 'bank-account',
  references: ['https://es.wikipedia.org/wiki/C%C3%B3digo_cuenta_cliente'],
  examples: {
    positive: [
      `Una CCC antigua sin migrar a IBAN: ${sample(981, '-')} (la he dado de baja).`,
      `kargatu kontu honetan mesedez: ${sample(982, ' ')}`,
      `Cuenta de domiciliación: ${sample(983)}`,
    ],
    negative: [
      `CCC: ${breakLastDigit(sample(981, '-'))}`,
      `referencia ${sample(984)}`,
      `Cuenta 0000-0000-00-0000000000`,
    ],
  },
});
