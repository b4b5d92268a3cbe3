import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader, isTrivialNumber } from './_context';

/** DIAN's weights for a NIT's check digit, from the last digit of the number leftwards. */
const WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** The check digit (dígito de verificación) of a NIT's number: the weighted sum modulo 11, subtracted from 11 when above 1. */
export function nitCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (WEIGHTS[i] as number);
  const r = sum % 11;
  return r > 1 ? 11 - r : r;
}

/** A column of NITs, its header normalised: `nit`, `num_nit`, `nit_cliente`, a lender's `nit_persona_natural`. */
const NIT_HEADER = native(/^["']?(?:(?:n[uú]mero|num|nro|no)[ _]?)?nit(?:[ _](?:cliente|deudor|titular|proveedor|persona[ _]natural))?["']?$/u);

function sample(lead: string, seed: number, rest = 6): string {
  const d = lead + fake(`{d${rest}}`, seed);
  return `${d}-${nitCheckDigit(d)}`;
}

/** `sample`'s number grouped with dots, as printed on an invoice: `1.023.456.789-3`. */
function dotted(nit: string): string {
  return nit.replace(/\B(?=(\d{3})+-)/gu, '.');
}

/** `nit` with its check digit off by one. */
function broken(nit: string): string {
  return nit.slice(0, -1) + String((Number(nit.slice(-1)) + 1) % 10);
}

// A Colombian tax number (NIT) with its check digit: `NIT 1.098.765.432-1`, a cell after a document
// type of NIT (`7001-1;NIT;…-5;…`, a collections export), or a whole cell under a NIT column. A
// person's NIT is their cédula with DIAN's check digit, so it is personal data; a company's NIT is
// nine digits from 800 million up (`900.123.456-7`) and is left alone, like other companies'
// registration numbers. The check digit must hold: one random number in eleven passes it.
export default defineRule({
  id: 'co-nit',
  category: 'pii',
  description: 'Colombian NIT of a person (cédula number and DIAN check digit, after a NIT label)',
  // (A label or a header's cell; not `nit` alone, which every `init` holds.)
  keywords: ['nit ', 'nit:', 'nit\t', 'nit;', 'nit,', 'nit"', 'nit_'],
  window: { before: 8, after: 64 },
  pattern:
    /(?<![\w.])(?:NIT|Nit|nit)(?:[ \t]{0,2}(?:N[°º]|No\.?|n[uú]mero))?(?:["']?[ \t]{0,2}[:=]?[ \t]{0,3}["'(]?|(?<=(?:^|[\n;,\t|])NIT)[;,\t|])(\d{1,3}(?:\.\d{3}){1,3}[ \t]?-[ \t]?\d|\d{6,10}[ \t]?-[ \t]?\d)(?![\w-]|\.\d)|(?:^|[\n;,\t|])["']?(\d{1,3}(?:\.\d{3}){1,3}-\d|\d{6,10}-\d)(?=["']?(?:[;,\t|]|\r?\n|$))/gu,
  secretGroup: [1, 2],
  columns: true,
  validate: (s, ctx) => {
    const [num = '', dv = ''] = s.replace(/[.\s]/gu, '').split('-');
    if (num.length < 6 || num.length > 10 || isTrivialNumber(num) || nitCheckDigit(num) !== Number(dv)) return false;
    // A company's NIT: nine digits from 800 million up.
    if (num.length === 9 && /^[89]/u.test(num)) return false;
    if (ctx.match[2] === undefined) return true;
    const header = columnHeader(ctx);
    return header !== undefined && NIT_HEADER.test(header.trim());
  },
  redactAs: 'nit',
  references: ['https://www.dian.gov.co/atencionciudadano/formulariosinstructivos/Formularios/2019/Instructivo_Formulario_RUT.pdf'],
  examples: {
    positive: [
      `cuenta\ttipo_doc\tnum_doc\tnombre\n7001-1\tNIT\t${sample('73', 101852)}\tA. Ejemplo\n`,
      `Facturar a: Persona Ejemplo, NIT ${dotted(sample('10', 101853, 8))}`,
      `proveedor;nit;valor\nP-1;${sample('52', 101854)};450000\n`,
      // a lender's borrower export: the person's NIT, their cédula and DIAN's check digit
      `id_cliente;nombres;tipo_doc;numero_documento;nit_persona_natural;celular\nCL-1;Ana Ejemplo;CC;1017000001;${sample('10', 101982, 8)};3000000000\n`,
    ],
    negative: [
      // a company's NIT, and a NIT whose check digit is wrong
      `NIT 900.123.456-${nitCheckDigit('900123456')}`,
      `NIT ${broken(sample('73', 101855))}`,
      // an invoice number in a column of another name
      `factura;valor\n${sample('73', 101856)};120000\n`,
    ],
  },
});
