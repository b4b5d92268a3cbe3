import { defineRule, fake } from '../defineRule';
import { isLabelledIdOfCountry, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: the national number (`national_number`, `nationalNumber`, الرقم الوطني). */
const JO_NUMBER_CONTEXT = /national[ _-]?(?:number|no\b|id)|الرقم الوطني|رقم وطني|الرقم الوطنى/u;

/** Words that say the text is Jordanian: the calling code, the country, the currency, the cities. */
const JORDAN_HINTS = ['+962', '00962', 'jordan', 'amman', 'zarqa', 'irbid', 'aqaba', 'jod ', 'jod,'];

// Jordan's national number (الرقم الوطني): ten digits on the civil status card, with no published
// check digit. Ten-digit numbers are everywhere, so it needs its label right before it or heading
// its column, and a Jordanian text (the calling code, the country, the dinar or a city).
export default defineRule({
  id: 'jo-national-number',
  category: 'pii',
  description: 'Jordanian national number (10 digits) under its label, in a Jordanian text',
  // (Arabic labels count in validate; the keyword pass reads Latin letters only.)
  keywords: ['national_number', 'national number', 'nationalnumber', 'national_no', 'national no'],
  hints: JORDAN_HINTS,
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.+-])\d{10}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => !isTrivialNumber(s) && isLabelledIdOfCountry(ctx, JORDAN_HINTS, JO_NUMBER_CONTEXT),
  redactAs: 'national-id',
  references: ['https://www.cspd.gov.jo/'],
  examples: {
    positive: [
      `{"courier_id": "C-1", "city": "Amman", "national_number": "${fake('{d10}', 101717)}"}`,
      `courier,national_number,phone\nA. Example,${fake('{d10}', 101718)},+962 7${fake('{d8}', 101719)}\n`,
    ],
    negative: [
      // no Jordanian text; a Jordanian text's order number
      `national_number: ${fake('{d10}', 101720)}`,
      `Order ${fake('{d10}', 101721)} shipped to Amman`,
    ],
  },
});
