import { defineRule } from '../defineRule';
import { ptNissChecksum } from './_checksums';
import { hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: NISS, número de identificação da segurança social. */
const NISS_CONTEXT = /(?<![a-z])niss(?![a-z])|seguran[cç]a social/u;

// Portugal's social security number (NISS): eleven digits starting 1 (a person) or 2 (a company's
// own), the last a check digit (see ptNissChecksum); near its label or under its column.
export default defineRule({
  id: 'pt-niss',
  category: 'pii',
  description: 'Portuguese social security number (NISS, with its check digit), near a label',
  keywords: ['niss', 'seguranca social'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])1\d{10}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => ptNissChecksum(s) && !inLongerNumber(ctx) && hasContext(ctx, NISS_CONTEXT, { before: 32 }),
  redactAs: 'niss',
  references: ['https://www.seg-social.pt/niss'],
  examples: {
    positive: ['(CC n.º 30718452 6 ZX9, NISS 12048719362)', 'nome,nif,niss\nA. Exemplo,123456789,12048719362\n'],
    negative: ['NISS 12048719363', 'encomenda 12048719362 enviada'],
  },
});
