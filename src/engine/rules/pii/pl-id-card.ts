import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { plIdCardChecksum } from './_checksums';
import { columnHeader, hasContext, hasCountryCell } from './_context';

/** Labels of a Polish identity card's series and number: dowód (osobisty), nr dowodu, seria i numer dowodu. */
const ID_CARD_CONTEXT = /(?<![a-z])(?:dow[oó]d(?:u|em)?(?: osobist(?:y|ego|ym))?|seria i (?:nr|numer)|nr dowodu|numer dowodu|id[ _-]?card|identity card)(?![a-z])/u;

/** A column of identity documents' numbers, any country's (`id_document`, `document_number`, `nr_dokumentu`). */
const DOCUMENT_COLUMN = native(/^["'`]?(?:id[ _-]?document(?:[ _-]?(?:no|number|nr))?|document[ _-]?(?:no|number|nr)|doc[ _-]?(?:no|number|nr)|nr[ _-]?dokumentu|numer[ _-]?dokumentu)["'`]?$/iu);

/** The specimen number printed on the state's sample identity cards and copied into test data. */
const SPECIMENS = new Set(['ABA300000']);

/** A valid card number for examples: `series` (three letters) and five digits, with its check digit. */
function withCheck(series: string, digits: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = `${series}${d}${digits}`;
    if (plIdCardChecksum(s)) return s;
  }
  return `${series}0${digits}`;
}

// A Polish identity card's series and number (`ABA300000`), the check digit valid, near its label:
// HR exports (`dowód osobisty AUD…`), KYC records, support tickets. Three letters and six digits
// are a common shape, so the label must be near (or head the column), or a document column hold it on
// a Polish customer's row.
export default defineRule({
  id: 'pl-id-card',
  category: 'pii',
  description: 'Polish identity card number (dowód osobisty: three letters, six digits, check digit), near its label',
  keywords: ['dowod', 'seria i n', 'id card', 'id_card', 'identity card', 'id_document', 'document_number', 'nr_dokumentu'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-Z]{3} ?\d{6}(?![\w-])/gu,
  validate: (s, ctx) => {
    if (!plIdCardChecksum(s.replace(' ', '')) || SPECIMENS.has(s.replace(' ', ''))) return false;
    // (Or a multi-country CRM's document column, on a Polish customer's row.)
    return hasContext(ctx, ID_CARD_CONTEXT, { before: 48 }) || (DOCUMENT_COLUMN.test(columnHeader(ctx)?.trim() ?? '') && hasCountryCell(ctx, /^PL$/u));
  },
  redactAs: 'id-card',
  references: ['https://www.gov.pl/web/gov/dowod-osobisty'],
  examples: {
    positive: [
      `Weryfikacja KYC: dowód osobisty ${withCheck('AXB', fake('{d5}', 611))}, ważny do 2031`,
      `nr_pracownika;imie_nazwisko;dokument;nr_dowodu\nP-1;A. Przykład;dowód;${withCheck('CKE', fake('{d5}', 612))}\n`,
      // a telecom CRM's dump: a Polish customer's identity document
      `CREATE TABLE \`customers\` (\n  \`id\` bigint NOT NULL,\n  \`country\` char(2) NOT NULL,\n  \`id_document\` varchar(20) DEFAULT NULL\n);\nINSERT INTO \`customers\` VALUES (117961,'PL','${withCheck('AZC', fake('{d5}', 101364))}');`,
    ],
    negative: [
      // the check digit broken, no label, a product code
      `dowód osobisty ${withCheck('AXB', fake('{d5}', 611)).replace(/^(...)(\d)/u, (_m, l: string, d: string) => `${l}${(Number(d) + 1) % 10}`)}`,
      `order ${withCheck('AXB', fake('{d5}', 613))} shipped`,
      // the specimen card's number
      'assert validate_id_card("ABA300000")  # dowód osobisty: wzór',
      // a Spanish customer's document in the same column
      `CREATE TABLE \`customers\` (\n  \`id\` bigint NOT NULL,\n  \`country\` char(2) NOT NULL,\n  \`id_document\` varchar(20) DEFAULT NULL\n);\nINSERT INTO \`customers\` VALUES (117962,'ES','${withCheck('AZC', fake('{d5}', 101365))}');`,
    ],
  },
});
