import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { cnpjChecksum, withCnpj } from './_checksums';
import { COMPANY_FORM, hasContext, inLongerNumber, lineEndNear, windowStart } from './_context';
import { breakLastDigit } from './_format';

const CNPJ_CONTEXT = /(?<![a-z])(?:cnpj|cadastro nacional da pessoa jur[ií]dica)/u;

/** The CNPJ that validators' documentation and generators' pages use as their example. */
const DOCUMENTED_SAMPLES = new Set(['11222333000181']);

/**
 * What makes a CNPJ a company's beside it: a legal form written as Brazilian registers write it,
 * at a name's end (`… COMERCIO VAREJISTA SA'`, `TRANSPORTES … LTDA`, `Casa … ME"`), or a word that
 * names a company's role (its head office or a branch, the data controller, the payee of a boleto,
 * a card acquirer's merchant establishment, a buying company, an invoice's issuer).
 */
const COMPANY_NEAR = native(
  /(?<![\p{L}])(?:LTDA|EIRELI|EPP|ME|SA|S\/A)(?=["'\t,;|)]|$)|(?<![\p{L}])(?:[Mm]atriz|[Ff]iliai?s?|[Ee]mpresa|[Cc]ontrolador[a]?|[Ee]stabelecimento|[Bb]enefici[aá]ri[oa]|[Ee]mitente)(?![\p{L}])/mu,
);

/** A sole trader's firm, whose CNPJ is its owner's (MEI, EI). */
const SOLE_TRADER = native(/(?<![\p{L}])(?:MEI|[Ee]mpresa [Ii]ndividual|[Mm]icroempreendedor|[Ee]mpres[áa]rio [Ii]ndividual)(?![\p{L}])/u);

/** A company's CNPJ: a legal form or a company's role on its line, the two lines above it or the line below (a YAML block's `razao_social:` above its `cnpj:`). */
function isCompanys(text: string, start: number, end: number): boolean {
  // (To the end of the next line, 200 characters on at most.)
  const nextLineEnd = lineEndNear(text, Math.min(text.length, lineEndNear(text, end, 200) + 1), 200);
  const around = text.slice(windowStart(text, start, 300, 2), Math.min(nextLineEnd, end + 200));
  // (A sole trader's is its owner's: `MEI`, `empresa individual`, `microempreendedor`.)
  return (COMPANY_FORM.test(around) || COMPANY_NEAR.test(around)) && !SOLE_TRADER.test(around);
}

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
    // A CNPJ names a legal entity, which the public register shows to anyone: a company's is no
    // one's personal data. A sole trader's is (its name is its owner's), so one with no company
    // beside it is still reported.
    if (isCompanys(ctx.text, ctx.start, ctx.end)) return false;
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
      // a sole trader's firm, named after its owner, in a dump's row
      `-- MEI borrower (empresa individual)\nINSERT INTO business_customer (id, cnpj, razao_social) VALUES\n  (7, '${formatted(withCnpj(fake('{d8}', 101338) + '0001'))}', 'A EXEMPLO SERVICOS DE PINTURA');`,
    ],
    negative: [
      `CNPJ: ${formatted(breakLastDigit(withCnpj(fake('{d8}', 91) + '0001')))}`,
      'CNPJ: 00.000.000/0000-00',
      'CNPJ: 11.222.333/0001-81',
      `nota ${withCnpj(fake('{d8}', 92) + '0001')}`,
      `key ${withCnpj('4' + fake('{d1}{u6}', 93) + '0001')}`,
      // a retailer's own CNPJ under its name, its head office's in a connector's settings, a payee's
      `merchant:\n  razao_social: "Exemplo Comércio Varejista S.A."\n  cnpj: "${formatted(withCnpj(fake('{d8}', 101334) + '0001'))}"\n`,
      `cnpj_matriz=${formatted(withCnpj(fake('{d8}', 101335) + '0001'))}`,
      `INSERT INTO contas (psp, cnpj, nome) VALUES ('itau', '${withCnpj(fake('{d8}', 101336) + '0001')}', 'EXEMPLO COMERCIO VAREJISTA SA');`,
      // a seller's company in a marketplace's KYC export
      `{\n  "razao_social": "Casa Exemplo Decor ME",\n  "cnpj": "${formatted(withCnpj(fake('{d8}', 101337) + '0001'))}",\n}`,
    ],
  },
});
