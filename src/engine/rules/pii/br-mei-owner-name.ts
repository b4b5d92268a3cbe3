import { defineRule, fake } from '../defineRule';
import { MEI_OWNER_NAME } from './br-cpf';
import { cpfChecksum, withCpf } from './_checksums';
import { breakLastDigit } from './_format';
import { ALL_GIVEN_NAMES, isPlaceholderOrBrand, titleCase } from './_names';

// A Brazilian sole trader's (MEI's) business name: the owner's full name in capitals, then their
// CPF, as the Receita registers an MEI (`ANA PAULA SOUZA 12345678909`) and invoices (NF-e's
// xNome), payment webhooks and marketplaces copy it. The name is the owner's, reported as a
// person's name; br-cpf reports the number. The CPF's two check digits must hold and the first word
// must be a given name the lexicon knows. (Twenty-four capitals and spaces at most before the
// digits: the scanner looks for this rule near digits only, so a match must start within reach of
// them, and a longer name is missed.)
export default defineRule({
  id: 'br-mei-owner-name',
  category: 'pii',
  description: 'Owner’s name in a Brazilian sole trader’s (MEI) business name, before its CPF',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}'])(?=[\p{Lu}' ]{5,24}\d)(${MEI_OWNER_NAME}) (\d{11})(?![\d/.-])`, 'gu'),
  secretGroup: 1,
  validate: (s, ctx) => {
    if (!cpfChecksum(ctx.match[2] ?? '')) return false;
    const words = s.split(' ');
    if (!ALL_GIVEN_NAMES.has(titleCase(words[0] as string))) return false;
    return !isPlaceholderOrBrand(words.map(titleCase).join(' '));
  },
  redactAs: 'name',
  references: ['https://www.gov.br/empresas-e-negocios/pt-br/empreendedor'],
  examples: {
    positive: [
      `<xNome>DEOLINDA DOS REIS ${withCpf(fake('{d9}', 101869))}</xNome>`,
      `"razao_social": "ARLINDO EXEMPLO ${withCpf(fake('{d9}', 101870))}",`,
    ],
    negative: [
      // a company's name before a number whose check digits fail, and words that are no given name
      `<xNome>DEOLINDA DOS REIS ${breakLastDigit(withCpf(fake('{d9}', 101869)))}</xNome>`,
      `PEDIDO EXPRESSO ${withCpf(fake('{d9}', 101871))}`,
    ],
  },
});
