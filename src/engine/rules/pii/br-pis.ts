import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber } from './_context';
import { calcPisCheck, pisChecksum } from './_checksums';
import { native } from '../../scan/nativeRegex';

/** Its labels and columns: PIS, PASEP, PIS/PASEP, NIT (the INSS's worker number), NIS (the social programmes' number). */
const PIS_CONTEXT = native(/(?<![a-z])(?:pis|pasep|pis[ _/-]?pasep|nit|nis|n[uú]mero[ _-]de[ _-]identifica[cç][aã]o[ _-]do[ _-]trabalhador)(?![a-z])/u);

/** A sample PIS written 123.45678.90-1. */
function sample(seed: number): string {
  const d = `1${fake('{d9}', seed)}`;
  const n = d + String(calcPisCheck(d));
  return `${n.slice(0, 3)}.${n.slice(3, 8)}.${n.slice(8, 10)}-${n.slice(10)}`;
}

// Brazil's worker number: the PIS (private sector), PASEP (public servants), NIT (the INSS) and
// NIS (social programmes) share one series of eleven digits, written 123.45678.90-1, the last a
// check digit (weights 3, 2, 9 … 2, modulus 11). A payroll's, an eSocial event's and a benefit
// record's column names a worker by it. The written form is the number's own (a CPF groups its
// digits 3.3.3-2); run together it needs its label or column, as a CPF has the same length.
export default defineRule({
  id: 'br-pis',
  category: 'pii',
  description: 'Brazilian worker number (PIS/PASEP/NIT/NIS: 11 digits, modulus 11), written 123.45678.90-1 or under its label',
  keywords: [],
  nearDigits: true,
  columns: true,
  pattern: /(?<![\w.-])\d{3}\.\d{5}\.\d{2}-\d(?![\w-])(?!\.\d)|(?<![\w.-])\d{11}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (!pisChecksum(d) || isTrivialNumber(d) || new Set(d).size < 3) return false;
    if (s.includes('.')) return !inLongerNumber(ctx);
    return !inLongerNumber(ctx) && hasContext(ctx, PIS_CONTEXT, { before: 40 });
  },
  redactAs: 'national-id',
  references: ['https://www.gov.br/trabalho-e-emprego/pt-br/servicos/trabalhador/carteira-de-trabalho/pis-pasep'],
  examples: {
    positive: [
      `matricula;nome;cpf;pis;admissao\nJ-7;A. Exemplo;***;${sample(102122)};02/03/2021\n`,
      `eSocial S-2200: trabalhador nisTrab=${sample(102123).replace(/\D/gu, '')} categoria 101`,
    ],
    negative: [
      // a wrong check digit (the last digit moved on)
      `PIS: ${((v) => v.slice(0, -1) + String((Number(v.slice(-1)) + 1) % 10))(sample(102124))}`,
      // eleven digits with no label (a CPF's length)
      `pedido ${sample(102125).replace(/\D/gu, '')} enviado`,
      'versão 100.00000.00-0',
    ],
  },
});
