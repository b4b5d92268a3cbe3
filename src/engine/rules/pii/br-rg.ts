import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader, isTrivialNumber } from './_context';

/** A column of RG numbers: `rg`, `RG nº`, `numero_rg`, `identidade`, `rg_titular`. */
const RG_HEADER = native(/^["']?(?:(?:n[uú]mero|num|nr|doc)[ _]?)?(?:rg|identidade|registro geral)(?:[ _]?(?:n[º°o]|n[uú]mero|num|titular|responsavel|respons[aá]vel|s[oó]cio))?["']?$/u);

// A Brazilian identity card's number (RG, Registro Geral), after its label: `RG: 12.345.678-9`,
// `"rg": "12.345.678-X"`, `Identidade nº 1234567`. Each state issues its own, in its own format
// (São Paulo's eight digits and a check character, other states' seven to ten digits with none),
// so no checksum holds for all of them and the label is required: a number alone is anything.
// (A lower-case `rg` only as a key, `"rg":` or `rg=`: otherwise it is ripgrep.)
export default defineRule({
  id: 'br-rg',
  category: 'pii',
  description: 'Brazilian identity card number (RG), after its label',
  keywords: ['rg', 'identidade', 'registro geral'],
  // Only the occurrences followed by a value or by a header row's next cell place a window:
  // `org`, `merge` and `rg -n` do not.
  keywordFollowedBy: /["']?[ \t]{0,2}(?:n\S{0,6}[ \t]{0,2})?[:=]?[ \t]{0,3}["']?\d|["']?[ \t]*(?:[,;\t|]|\r?\n)/y,
  window: { before: 24, after: 40 },
  // (A KYC export's `rg` column: the header speaks for its rows.)
  columns: true,
  // The value after its label, or alone in a table's cell (then its column's header must name it).
  pattern:
    /(?:(?<![\p{L}\p{N}_-])(?:RG|(?<!\w)rg(?=["']?[ \t]{0,2}[:=])|Rg|[Rr]egistro [Gg]eral|(?:[Cc]arteira de )?[Ii]dentidade)["']?[ \t]{0,2}(?:n[º°o.]{1,2}[ \t]{0,2}|n[uú]mero[ \t]{0,2})?[:=]?[ \t]{0,3}["']?|(?<=(?:^|[\n,;\t|])[ \t]*["']?))(\d{1,2}\.\d{3}\.\d{3}-?[\dXx]|\d{7,9}-[\dXx]|\d{7,10})(?![\w-]|\.\d|,\d{1,2}(?![\d/]))/gu,
  secretGroup: 1,
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (digits.length < 7 || isTrivialNumber(digits) || new Set(digits).size <= 2) return false;
    // (A cell's value: its column is `rg`, `rg_numero`, `identidade`, not a `cargo` or `org_id`.)
    if (ctx.match[0].length > s.length) return true;
    const header = columnHeader(ctx);
    return header !== undefined && RG_HEADER.test(header);
  },
  redactAs: 'rg',
  references: ['https://www.gov.br/pt-br/servicos/obter-carteira-de-identidade'],
  examples: {
    positive: [
      `"rg": "${fake('{d2}', 101341)}.${fake('{d3}', 101342)}.${fake('{d3}', 101343)}-7",`,
      `Cliente A. Exemplo, RG ${fake('{d2}', 101344)}.${fake('{d3}', 101345)}.${fake('{d3}', 101346)}-X, CPF ***`,
      `Identidade nº ${fake('{d8}', 101347)} (SSP/MG)`,
      `vendedor_id,tipo,rg,desde,cidade\nv_01,MEI,${fake('{d2}', 101883)}.${fake('{d3}', 101884)}.${fake('{d3}', 101885)}-X,12/2019,Recife`,
    ],
    negative: [
      'rg -n "TODO" src/ | head -20',
      'RG: 11.111.111-1',
      'org 12345678 merge',
      '"rg": "00000000"',
      'pedido,cargo,valor\n1,analista,48213907',
      'cliente,rut,ciudad\nc1,12.530.418-5,Santiago',
    ],
  },
});
