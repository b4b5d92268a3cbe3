import { defineRule, fake } from '../defineRule';
import { calcCbuCheck, cbuChecksum } from './_checksums';
import { hasContext, inLongerNumber } from './_context';

/** A CBU's label, or an account's (`cuenta_desembolso`, `cuenta bancaria`): the two check digits make a 22-digit account number a CBU. */
const CBU_CONTEXT = /(?<![a-z])(?:cbu|cvu|clave bancaria uniforme|clave virtual uniforme|cuenta(?:[ _-][a-z]{3,12})?)(?![a-z])/u;

/** A CBU with both check digits. */
function sample(seed: number): string {
  const bank = `0170${fake('{d3}', seed)}`;
  const account = fake('{d13}', seed + 1);
  return `${bank}${calcCbuCheck(bank)}${account}${calcCbuCheck(account)}`;
}

// An Argentine bank account's CBU (or a wallet's CVU): 22 digits in two blocks, each closed by a
// check digit. Twenty-two digits pass both checks one time in a hundred, so a CBU or CVU label (a
// field, a column header, "CBU 0170…") must be near.
export default defineRule({
  id: 'ar-cbu',
  category: 'pii',
  description: 'Argentine CBU/CVU bank account number (22 digits, two check digits, near a CBU label)',
  keywords: ['cbu', 'cvu', 'clave bancaria', 'clave virtual', 'cuenta'],
  pattern: /(?<![\w.-])\d{8}[ -]?\d{14}(?![\w-])(?!\.\d)/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (!cbuChecksum(d) || new Set(d).size === 1 || inLongerNumber(ctx, '/')) return false;
    return hasContext(ctx, CBU_CONTEXT, { before: 64, after: 12 });
  },
  redactAs: 'cbu',
  references: ['https://www.bcra.gob.ar/'],
  examples: {
    positive: [`CBU ${sample(501)} (Banco Galicia)`, `titular,email,cbu\nCamila,c@mail.test,${sample(502)}`, `"cvu": "${sample(503)}"`, `pais;nombre;cuenta_desembolso\nAR;Ana Example;${sample(505)}`],
    negative: [`CBU ${sample(501).slice(0, 21)}${(Number(sample(501)[21]) + 1) % 10}`, `pedido ${sample(504)}`, 'CBU 0000000000000000000000'],
  },
});
