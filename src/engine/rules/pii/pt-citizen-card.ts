import { defineRule } from '../defineRule';
import { ptCitizenCardChecksum } from './_checksums';
import { hasContext } from './_context';

/** Its labels: CC (n.º), Cartão de Cidadão, documento de identificação. */
const CC_CONTEXT = /(?<![a-z])cc(?![a-z])|cart[aã]o[ _](?:de[ _])?cidad[aã]o|cartaocidadao|citizen card|doc(?:umento)?[ _]?(?:de )?identifica/u;

// Portugal's citizen card number (Cartão de Cidadão): the holder's civil identification number
// (eight digits) and its check digit, then two letters and a digit for the card's version, with a
// check over all twelve (see ptCitizenCardChecksum); written `14226134 3 ZZ5` or run together.
export default defineRule({
  id: 'pt-citizen-card',
  category: 'pii',
  description: 'Portuguese citizen card number (Cartão de Cidadão, with its check characters), near a label',
  // (And a header cell that ends in the card's letters: an enrolment export's `n_documento_cc`.)
  keywords: ['cc ', 'cc:', 'cc n', 'cc_', '_cc;', '_cc,', '_cc\t', '_cc"', 'cartao de cidadao', 'cartao_cidadao', 'cartao cidadao', 'cartaocidadao', 'citizen card', 'identificacao'],
  window: { before: 64, after: 400 },
  // (A column header's words label every row of its table: a seller export's `cartao_cidadao`.)
  keywordWindows: Object.fromEntries(['cartao_cidadao', 'cartao cidadao', 'cartaocidadao', 'cartao de cidadao', '_cc;', '_cc,', '_cc\t', '_cc"'].map((k) => [k, { before: 64, after: 4000 }])),
  columns: true,
  pattern: /(?<![\w-])\d{8} ?\d ?[A-Z]{2}\d(?![\w-])/gu,
  validate: (s, ctx) => ptCitizenCardChecksum(s) && hasContext(ctx, CC_CONTEXT, { before: 32 }),
  redactAs: 'citizen-card',
  references: ['https://www.autenticacao.gov.pt/cc-aplicacao'],
  examples: {
    positive: [
      'anexou o cartão (CC n.º 30718452 6 ZX9) em vez do comprovativo',
      'Cartão de Cidadão: 307184526ZX9',
      // a CRM export's key without the "de"
      '{"nome": "A. Exemplo", "cartao_cidadao": "30718452 6 ZX9"}',
      // a seller export's column, its number on a row far below the header
      ['id,responsavel,cartao_cidadao,notas', ...Array.from({ length: 8 }, (_, i) => `V-${i},A. Exemplo,,aguarda documentos; contactar por e-mail antes de sexta`), 'V-9,B. Exemplo,30718452 6 ZX9,ok'].join('\n'),
      // an enrolment export's document column, its rows past the label's own window
      ['id;nome;n_documento_cc;curso', ...Array.from({ length: 40 }, (_, i) => `PT-${i};A. Exemplo;;Excel para gestão — aguarda documentos, contactar por e-mail antes de sexta`), 'PT-99;B. Exemplo;30718452 6 ZX9;Python'].join('\n'),
    ],
    negative: ['CC n.º 30718452 6 ZX8', 'lote 30718452 6 ZX9 expedido'],
  },
});
