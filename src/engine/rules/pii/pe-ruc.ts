import { defineRule, fake } from '../defineRule';
import { peRucChecksum } from './_checksums';
import { hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { breakLastDigit } from './_format';

/** Its labels: RUC, a document number column (`NUM_DOC` beside `TIPO_DOC`). */
const RUC_CONTEXT = /(?<![a-z])ruc(?![a-z])|num(?:ero)?[ _]?doc|nro[ _]?doc|documento/u;

function sample(prefix: string, seed: number): string {
  for (let s = seed; ; s++) {
    const body = prefix + fake('{d8}', s);
    for (let d = 0; d <= 9; d++) if (peRucChecksum(body + d)) return body + d;
  }
}

// Peru's taxpayer number (RUC) of a person: eleven digits, 10 (a person, then the DNI), 15 or 17
// (a foreigner, a person without a DNI), and a check digit (see peRucChecksum). A company's RUC
// (20…) names no person and is public, so it is left alone. Eleven-digit numbers are common, so a
// label must be near or head the column.
export default defineRule({
  id: 'pe-ruc',
  category: 'pii',
  description: "Peruvian taxpayer number (RUC) of a person (10/15/17 and a check digit), near a label",
  keywords: ['ruc ', 'ruc:', 'ruc_', 'ruc`', 'ruc"', "ruc'", 'ruc=', 'ruc,', 'ruc;', 'ruc\t', 'ruc\n', 'num_doc', 'nro_doc', 'numero_doc', 'numdoc', 'numerodocumento'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])1[057]\d{9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => peRucChecksum(s) && !inLongerNumber(ctx) && hasContext(ctx, RUC_CONTEXT, { before: 48, after: 16 }),
  redactAs: 'ruc',
  references: ['https://orientacion.sunat.gob.pe/3128-01-inscripcion-al-ruc-persona-natural'],
  examples: {
    positive: [
      `Hola, necesito factura a nombre de mi negocio. RUC ${sample('10', 3401)}, razón social X`,
      `Insert into CLIENTES (ID_CLIENTE,TIPO_DOC,NUM_DOC,NOMBRES) values ('88','RUC','${sample('10', 3402)}','X');`,
      // a mysqldump's row, its columns named by the CREATE TABLE above it
      `CREATE TABLE \`clientes\` (\n  \`id\` int NOT NULL,\n  \`ruc\` char(11) DEFAULT NULL\n);\nINSERT INTO \`clientes\` VALUES\n(7,'${sample('10', 101478)}');\n`,
    ],
    negative: [`RUC ${breakLastDigit(sample('10', 3401))}`, `RUC 20${fake('{d9}', 3403)}`, `pedido ${sample('10', 3404)} enviado`],
  },
});
