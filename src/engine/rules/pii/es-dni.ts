import { defineRule, fake } from '../defineRule';
import { dniChecksum, dniLetter } from './_checksums';
import { hasContext, isTrivialNumber, lineStartNear } from './_context';

const DNI_CONTEXT = /(?<![a-z])(?:dni|nif|d\.n\.i|documento nacional|n[uú]mero de identidad)/u;

function sample(seed: number): string {
  const n = fake('{d7}', seed);
  return `4${n}${dniLetter(Number('4' + n))}`;
}

function wrongLetter(v: string): string {
  const last = v.charCodeAt(v.length - 1);
  return v.slice(0, -1) + String.fromCharCode(last === 90 ? 65 : last + 1);
}

// Eight digits + the control letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23], optionally joined by a dash.
// A space before the letter only counts next to a DNI/NIF label.
export default defineRule({
  id: 'es-dni',
  category: 'pii',
  description: 'Spanish DNI/NIF (8 digits + control letter)',
  // DNIs appear as bare tokens; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w-])\d{8}([ -]?)[A-Z](?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const v = s.replace(/[ -]/gu, '');
    if (!dniChecksum(v) || isTrivialNumber(v.slice(0, 8))) return false;
    // A C macro's long constant (`#define KADM5_OLD_SERVER_API_VERSION (43787557L)`).
    if (/^#[ \t]*define[ \t]/u.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 200), ctx.start))) return false;
    // A number's digits after its point with an exponent (`1.38435736E+12`), or a DOI's or a path's last part (`10.1137/10081232X`).
    const { text, start, end } = ctx;
    if ((text.charCodeAt(start - 1) === 46 /* . */ && /\d/u.test(text.charAt(start - 2))) || /^[+-]\d/u.test(text.slice(end, end + 2)) || text.charCodeAt(start - 1) === 47 /* / */) return false;
    return ctx.match[1] !== ' ' || hasContext(ctx, DNI_CONTEXT);
  },
  redactAs: 'dni',
  references: ['https://www.interior.gob.es/opencms/es/servicios-al-ciudadano/tramites-y-gestiones/dni/calculo-del-digito-de-control-del-nif-nie/'],
  examples: {
    positive: [
      `DNI: ${sample(111)}`,
      `Titular con NIF ${sample(112).slice(0, 8)}-${sample(112).slice(8)}`,
      // after a labelled address on the same line (the address ends at the dash)
      `Dirección: Calle de Alcalá 48, 28014 Madrid — DNI ${sample(114)}`,
    ],
    negative: [
      // a decimal test's result in scientific notation, and a DOI
      'fma0201  fma     888565290   1557.96930  -86087.7578  -> 1.38435736E+12  Inexact Rounded',
      '           :doi:`10.1137/10081232X`',
      '#define KADM5_OLD_SERVER_API_VERSION             (43787557L)',
      `DNI: ${wrongLetter(sample(111))}`, 'DNI: 12345678Z', `ref ${sample(113).slice(0, 8)} ${sample(113).slice(8)}`, `DNI: 00000000T`],
  },
});
