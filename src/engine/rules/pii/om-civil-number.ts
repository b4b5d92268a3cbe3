import { defineRule } from '../defineRule';
import { isLabelledIdOfCountry, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: civil number, civil no., civil ID, resident card, the Arabic الرقم المدني. */
const OM_LABEL = /civil[ _-]?(?:no|number|id)|resident[ _-]?card|الرقم المدني/u;

/** Words that say the text is Omani: the calling code, the currency, the cities, the police that issue the card. */
const OMAN_HINTS = ['+968', 'oman', 'omr', 'muscat', 'salalah', 'sohar', 'nizwa', 'bausher', 'seeb', 'royal oman police'];

// Oman's civil number (on the national and the resident card): seven to nine digits without a
// check digit, so it needs its label and an Omani text.
export default defineRule({
  id: 'om-civil-number',
  category: 'pii',
  description: 'Omani civil number (resident or national card, 7-9 digits) under its label, in an Omani text',
  keywords: ['civil no', 'civil number', 'civil_no', 'civil_number', 'civil id', 'civilid', 'resident card'],
  hints: OMAN_HINTS,
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.+-])\d{7,9}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => !isTrivialNumber(s) && isLabelledIdOfCountry(ctx, OMAN_HINTS, OM_LABEL),
  redactAs: 'national-id',
  references: ['https://www.rop.gov.om/'],
  examples: {
    positive: ['Muscat renewals: A. Example – Civil No. 41296073 – exp 14/03/2025'],
    negative: ['Civil No. 41296073', 'Muscat order no. 41296073'],
  },
});
