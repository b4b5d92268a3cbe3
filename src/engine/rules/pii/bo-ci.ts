import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

const CI_CONTEXT = /(?<![a-z])c\.? ?i\.?(?![a-z])|carnet|c[eé]dula de identidad|(?<![a-z])doc(?:umento)?(?![a-z])/u;

// A Bolivian identity card number (cédula de identidad, CI): five to eight digits, at times a
// duplicate complement (`-1F`), and the issuing department's code (LP, CB, SC, OR, PT, TJ, CH, BN,
// PD): `7063770 LP`. The department makes the form its own; a CI label must still be near or head
// the column.
export default defineRule({
  id: 'bo-ci',
  category: 'pii',
  description: 'Bolivian identity card number (CI) with its department code, near a label',
  keywords: ['ci:', 'ci ', 'ci,', ',ci', '|ci|', ';ci;', '"ci"', 'ci_', 'c.i.', 'carnet', 'cedula de identidad'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.-])[1-9]\d{4,7}(?:-\d[A-Z])?[ -](?:LP|CB|SC|OR|PT|TJ|CH|BN|PD)(?![\w-])/gu,
  validate: (s, ctx) => hasContext(ctx, CI_CONTEXT, { before: 48, after: 16 }),
  redactAs: 'ci',
  references: ['https://www.segip.gob.bo/'],
  examples: {
    positive: [`CI: 7${fake('{d6}', 2061)} LP`, `N|GUIA|DESTINATARIO|CI|CELULAR\n1|QHP-BO-24-0035136|A. PERSONA|76${fake('{d6}', 2062)} OR|7941-5384\n`, `C.I. 6${fake('{d6}', 2063)}-1F SC`],
    negative: [`Ruta 7${fake('{d6}', 2061)} LP`, `CI: 7${fake('{d6}', 2061)} XX`],
  },
});
