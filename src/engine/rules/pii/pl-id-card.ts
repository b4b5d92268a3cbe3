import { defineRule, fake } from '../defineRule';
import { plIdCardChecksum } from './_checksums';
import { hasContext } from './_context';

/** Labels of a Polish identity card's series and number: dowód (osobisty), nr dowodu, seria i numer dowodu. */
const ID_CARD_CONTEXT = /(?<![a-z])(?:dow[oó]d(?:u|em)?(?: osobist(?:y|ego|ym))?|seria i (?:nr|numer)|nr dowodu|numer dowodu|id[ _-]?card|identity card)(?![a-z])/u;

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
// are a common shape, so the label must be near (or head the column).
export default defineRule({
  id: 'pl-id-card',
  category: 'pii',
  description: 'Polish identity card number (dowód osobisty: three letters, six digits, check digit), near its label',
  keywords: ['dowod', 'seria i n', 'id card', 'id_card', 'identity card'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-Z]{3} ?\d{6}(?![\w-])/gu,
  validate: (s, ctx) => plIdCardChecksum(s.replace(' ', '')) && !SPECIMENS.has(s.replace(' ', '')) && hasContext(ctx, ID_CARD_CONTEXT, { before: 48 }),
  redactAs: 'id-card',
  references: ['https://www.gov.pl/web/gov/dowod-osobisty'],
  examples: {
    positive: [
      `Weryfikacja KYC: dowód osobisty ${withCheck('AXB', fake('{d5}', 611))}, ważny do 2031`,
      `nr_pracownika;imie_nazwisko;dokument;nr_dowodu\nP-1;A. Przykład;dowód;${withCheck('CKE', fake('{d5}', 612))}\n`,
    ],
    negative: [
      // the check digit broken, no label, a product code
      `dowód osobisty ${withCheck('AXB', fake('{d5}', 611)).replace(/^(...)(\d)/u, (_m, l: string, d: string) => `${l}${(Number(d) + 1) % 10}`)}`,
      `order ${withCheck('AXB', fake('{d5}', 613))} shipped`,
      // the specimen card's number
      'assert validate_id_card("ABA300000")  # dowód osobisty: wzór',
    ],
  },
});
