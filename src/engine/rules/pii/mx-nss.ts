import { defineRule, fake } from '../defineRule';
import { luhn, withLuhn } from './_checksums';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Labels of an IMSS social-security number: NSS, número de seguridad social, a CFDI nómina's NumSeguridadSocial. */
const NSS_CONTEXT = /(?<![a-z])(?:nss|n[uú]m(?:ero)?[ _.]?(?:de[ _])?seguridad[ _]?social|numseguridadsocial|seguro social|imss)(?![a-z])/iu;

// A Mexican social-security number (Número de Seguridad Social, IMSS): eleven digits, the
// subdelegation, the years of registration and of birth, a serial and a Luhn check digit. One
// random number in ten passes Luhn, so a label must be near (NSS, a CFDI nómina's
// NumSeguridadSocial attribute, an `nss` column).
export default defineRule({
  id: 'mx-nss',
  category: 'pii',
  description: 'Mexican social-security number (NSS, IMSS: 11 digits, Luhn check), near a label',
  keywords: ['nss', 'seguridad social', 'seguridadsocial', 'seguro social', 'imss'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{11}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => luhn(s) && !isTrivialNumber(s) && !inLongerNumber(ctx) && hasContext(ctx, NSS_CONTEXT, { before: 64 }),
  redactAs: 'social-security-number',
  references: ['https://www.imss.gob.mx/tramites/imss02008'],
  examples: {
    positive: [
      `num_empleado,nombre_completo,curp,nss,banco\nEMP-MX-004500,A. Person,X,${withLuhn(fake('{d10}', 921))},Santander`,
      `<nomina12:Receptor Curp="X" NumSeguridadSocial="${withLuhn(fake('{d10}', 922))}" FechaInicioRelLaboral="2019-01-07"/>`,
      `NSS: ${withLuhn(fake('{d10}', 923))}`,
    ],
    negative: [`NSS: ${breakLastDigit(withLuhn(fake('{d10}', 923)))}`, `folio ${withLuhn(fake('{d10}', 924))}`],
  },
});
