import { defineRule, fake } from '../defineRule';
import { cnpjChecksum, withCnpj } from './_checksums';
import { hasContext, inLongerNumber } from './_context';
import { breakLastDigit } from './_format';

const CNPJ_CONTEXT = /(?<![a-z])(?:cnpj|cadastro nacional da pessoa jur[ií]dica)/u;

/** The CNPJ that validators' documentation and generators' pages use as their example. */
const DOCUMENTED_SAMPLES = new Set(['11222333000181']);

function formatted(v: string): string {
  return `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`;
}

// Twelve characters (digits; from July 2026 also upper-case letters) + two modulus-11 check digits,
// written ##.###.###/####-##. The formatted value stands alone; a bare one needs a CNPJ label.
// NOTE: the first two characters must be digits (true of every CNPJ issued so far); letting an
// alphanumeric root start with a letter would make the pattern start at every upper-case letter.
export default defineRule({
  id: 'br-cnpj',
  category: 'pii',
  description: 'Brazilian CNPJ (##.###.###/####-##, two check digits)',
  // The formatted CNPJ appears without a label; the pattern starts at a digit.
  keywords: [],
  pattern: /(?<![\w./-])\d{2}(\.?)[0-9A-Z]{3}\1[0-9A-Z]{3}(\/?)[0-9A-Z]{4}(-?)\d{2}(?![\w/-])(?!\.\d)/gu,
  nearDigits: true,
  validate: (s, ctx) => {
    const v = s.replace(/[./-]/gu, '');
    if (!cnpjChecksum(v) || new Set(v).size === 1 || DOCUMENTED_SAMPLES.has(v) || inLongerNumber(ctx, '/-')) return false;
    if (ctx.match[1] === '.' && ctx.match[2] === '/' && ctx.match[3] === '-') return true;
    return /^\d{14}$/u.test(v) && hasContext(ctx, CNPJ_CONTEXT, { after: 16 });
  },
  redactAs: 'cnpj',
  references: ['https://www.gov.br/receitafederal/pt-br/assuntos/orientacao-tributaria/cadastros/cnpj'],
  examples: {
    positive: [
      `CNPJ: ${formatted(withCnpj(fake('{d8}', 91) + '0001'))}`,
      `"cnpj": "${withCnpj(fake('{d8}', 92) + '0001')}"`,
      `Fornecedor ${formatted(withCnpj('4' + fake('{d1}{u6}', 93) + '0001'))}`,
    ],
    negative: [
      `CNPJ: ${formatted(breakLastDigit(withCnpj(fake('{d8}', 91) + '0001')))}`,
      'CNPJ: 00.000.000/0000-00',
      'CNPJ: 11.222.333/0001-81',
      `nota ${withCnpj(fake('{d8}', 92) + '0001')}`,
      `key ${withCnpj('4' + fake('{d1}{u6}', 93) + '0001')}`,
    ],
  },
});
