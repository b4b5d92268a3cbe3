import { defineRule, fake } from '../defineRule';
import { calcEsNssControl, esNssChecksum } from './_checksums';
import { hasContext, inLongerNumber, isOnTestRecordLine, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Labels of a Spanish social-security number: NSS, NAF, número de afiliación, Seguridad Social (Catalan: Seguretat Social). */
const NSS_CONTEXT = /(?<![a-z])(?:nss|naf|n[uú]m(?:ero)?[ _.]?(?:de[ _])?(?:afiliaci[oó]n|seguridad[ _]?social)|afiliaci[oó]n|seguridad[ _]?social|seguretat[ _]?social|gizarte[ _]segurantza)(?![a-z])/iu;

/** A valid number for an example: a province, a serial, the control digits. */
function sample(seed: number, sep = ''): string {
  const province = String(1 + (seed % 50)).padStart(2, '0');
  const serial = fake('{d8}', seed);
  return `${province}${sep}${serial}${sep}${calcEsNssControl(province, serial)}`;
}

// Spain's social-security number (número de afiliación a la Seguridad Social, NAF): twelve digits,
// the province of registration (01-53, 66), an eight-digit serial and two control digits (mod 97),
// written whole or as `28/12345678/90` or `28 12345678 90`. One random number in 97 passes the
// control, so a label or an `nss` column must be near.
/** A serial below 10,000,000 whose control digits read province and serial as one number (see esNssChecksum). */
function plainSample(seed: number): string {
  const body = `280${fake('{d7}', seed)}`;
  return `${body.slice(0, 2)}/${body.slice(2)}/${String(Number(body) % 97).padStart(2, '0')}`;
}

export default defineRule({
  id: 'es-nss',
  category: 'pii',
  description: 'Spanish social-security number (NSS/NAF: province, serial, mod-97 control digits), near a label',
  keywords: ['nss', 'naf', 'afiliaci', 'seguridad social', 'seguridad_social', 'seguretat social', 'segurantza'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w./-])\d{2}([ /-]?)\d{8}\1\d{2}(?![\w/-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    return esNssChecksum(digits) && !isTrivialNumber(digits.slice(2, 10)) && !inLongerNumber(ctx) && hasContext(ctx, NSS_CONTEXT, { before: 64 }) && !isOnTestRecordLine(ctx);
  },
  redactAs: 'social-security-number',
  references: ['https://www.seg-social.es/wps/portal/wss/internet/Trabajadores/Afiliacion/10548/32'],
  examples: {
    positive: [
      `nombre;nif;nss;fecha_nacimiento\nA. Persona;00000000T;${sample(971)};03/11/1990`,
      `    "nss": "${sample(972, '/')}",`,
      `Número de afiliación a la Seguridad Social: ${sample(973, ' ')}`,
      `NAF ${sample(974)} (alta 2024-03-01)`,
      // a serial below 10,000,000 with the control digits of the plain reading (province and serial as one number)
      `num_afiliacion_ss: ${plainSample(975)}`,
    ],
    negative: [
      `NSS: ${breakLastDigit(sample(971))}`,
      `pedido ${sample(975)} enviado`,
      // a province code that does not exist
      `NSS: 99${fake('{d8}', 976)}${calcEsNssControl('99', fake('{d8}', 976))}`,
    ],
  },
});
