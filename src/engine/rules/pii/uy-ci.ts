import { defineRule } from '../defineRule';
import { uyCiChecksum } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a Uruguayan identity card number. */
const CI_CONTEXT = /(?<![a-z])(?:c\.?\s?i\.?|c[ée]dula(?: de identidad)?|documento|uruguay|uy)(?![a-z])/iu;

// Uruguay's cédula de identidad: up to seven digits and a check digit (weights 2,9,8,7,6,3,4, mod
// 10), written 3.904.115-6. Written with its dots and dash it says what it is (one random number in
// ten passes the check); bare, it needs a label near it (C.I., cédula).
export default defineRule({
  id: 'uy-ci',
  category: 'pii',
  description: 'Uruguayan cédula de identidad (1.234.567-8, check digit)',
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w./-])(?:\d\.\d{3}\.\d{3}-\d|\d{7}-?\d)(?![\w/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/[.-]/gu, '');
    if (!uyCiChecksum(digits) || isTrivialNumber(digits.slice(0, -1))) return false;
    return s.includes('.') || hasContext(ctx, CI_CONTEXT, { before: 48 });
  },
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/Uruguayan_identity_card'],
  examples: {
    positive: [
      '"1","3.904.115-6","Silva Cabrera, Nancy Beatriz","Pando"',
      'la beneficiaria (C.I. 5.126.487-7) el sistema',
      'cedula: 18873425',
      // an unquoted CSV cell
      'usuario_id,documento_ci,nombre_completo\nu-a1f,3.904.115-6,A. Ejemplo\nb1e7a520-e871-43a6-950e-f46d54f4ffb1,3.904.115-6,B. Ejemplo',
    ],
    negative: ['C.I. 3.904.115-7', 'ref 39041156 total', 'version 1.234.567-0'],
  },
});
