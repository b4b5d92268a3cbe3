import { defineRule, fake } from '../defineRule';
import { isTrivialNumber } from './_context';

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
  // Only the occurrences followed by a value place a window: `org`, `merge` and `rg -n` do not.
  keywordFollowedBy: /["']?[ \t]{0,2}(?:n\S{0,6}[ \t]{0,2})?[:=]?[ \t]{0,3}["']?\d/y,
  window: { before: 24, after: 40 },
  pattern:
    /(?<![\p{L}\p{N}_-])(?:RG|(?<!\w)rg(?=["']?[ \t]{0,2}[:=])|Rg|[Rr]egistro [Gg]eral|(?:[Cc]arteira de )?[Ii]dentidade)["']?[ \t]{0,2}(?:n[º°o.]{1,2}[ \t]{0,2}|n[uú]mero[ \t]{0,2})?[:=]?[ \t]{0,3}["']?(\d{1,2}\.\d{3}\.\d{3}-?[\dXx]|\d{7,9}-[\dXx]|\d{7,10})(?![\w-]|[.,]\d)/gu,
  secretGroup: 1,
  validate: (s) => {
    const digits = s.replace(/\D/gu, '');
    return digits.length >= 7 && !isTrivialNumber(digits) && new Set(digits).size > 2;
  },
  redactAs: 'rg',
  references: ['https://www.gov.br/pt-br/servicos/obter-carteira-de-identidade'],
  examples: {
    positive: [
      `"rg": "${fake('{d2}', 101341)}.${fake('{d3}', 101342)}.${fake('{d3}', 101343)}-7",`,
      `Cliente A. Exemplo, RG ${fake('{d2}', 101344)}.${fake('{d3}', 101345)}.${fake('{d3}', 101346)}-X, CPF ***`,
      `Identidade nº ${fake('{d8}', 101347)} (SSP/MG)`,
    ],
    negative: [
      'rg -n "TODO" src/ | head -20',
      'RG: 11.111.111-1',
      'org 12345678 merge',
      '"rg": "00000000"',
    ],
  },
});
