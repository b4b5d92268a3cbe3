import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber } from './_context';
import { weightedSum } from './_checksums';

/** Its labels and columns: CNS, Cartão SUS, Cartão Nacional de Saúde, a pharmacy export's `cartao_saude`. */
const CNS_CONTEXT = /(?<![a-z])(?:cns|cart[aã]o[ _-]?(?:do[ _-])?sus|cart[aã]o[ _-]?(?:nacional[ _-]?)?(?:de[ _-]?)?sa[uú]de)(?![a-z])/u;

const CNS_WEIGHTS = [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
/** A CNS is valid when its digits weighted 15 down to 1 sum to a multiple of 11. */
function cnsChecksum(d: string): boolean {
  return weightedSum(d, CNS_WEIGHTS) % 11 === 0;
}

/** A sample CNS: a definitive number (1 or 2 first) whose weighted sum is a multiple of 11. */
function sample(seed: number): string {
  for (let s = seed; ; s++) {
    const d = `2${fake('{d14}', s)}`;
    if (cnsChecksum(d)) return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7, 11)} ${d.slice(11)}`;
  }
}

// Brazil's Cartão Nacional de Saúde (CNS, the SUS card): fifteen digits, definitive ones starting 1
// or 2 and provisional ones 7, 8 or 9, written 3 4 4 4 or run together, their digits weighted 15
// down to 1 summing to a multiple of 11. It names a patient in every SUS record, a pharmacy's
// controlled-prescription export. Under its label or column only.
export default defineRule({
  id: 'br-cns',
  category: 'pii',
  description: 'Brazilian health card number (CNS / Cartão SUS: 15 digits, modulus 11), under its label or column',
  keywords: ['cns', 'cartao sus', 'cartao_sus', 'cartao do sus', 'cartao saude', 'cartao_saude', 'cartao de saude', 'cartao nacional de saude'],
  window: { before: 80, after: 4000 },
  columns: true,
  pattern: /(?<![\w.-])[12789]\d{2}( ?)\d{4}\1\d{4}\1\d{4}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const d = s.replace(/ /gu, '');
    return cnsChecksum(d) && new Set(d).size > 2 && !inLongerNumber(ctx) && hasContext(ctx, CNS_CONTEXT, { before: 40 });
  },
  redactAs: 'health-card',
  references: ['https://www.gov.br/saude/pt-br/acesso-a-informacao/acoes-e-programas/cartao-nacional-de-saude'],
  examples: {
    positive: [
      `paciente;cns;unidade\nA. Exemplo;${sample(101630)};UBS Centro\n`,
      `Paciente A. Exemplo, CNS ${sample(101631).replace(/ /gu, '')}, retorno em 30 dias`,
    ],
    negative: [
      // a wrong check (the last digit moved on), and the same shape under another column
      `cartao_saude: ${((v) => v.slice(0, -1) + String((Number(v.slice(-1)) + 1) % 10))(sample(101632))}`,
      `pedido|rastreio\nP-1|${sample(101633)}\n`,
    ],
  },
});
