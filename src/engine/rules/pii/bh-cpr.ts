import { defineRule } from '../defineRule';
import { isLabelledIdOfCountry, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: CPR (Central Population Register), personal number, the Arabic الرقم الشخصي. */
const CPR_LABEL = /(?<![a-z])cpr(?![a-z])|personal[ _-]?(?:number|no)|الرقم الشخصي|الرقم السكاني/u;

/** Words that say the text is Bahraini: the calling code, the currency, the cities. */
const BAHRAIN_HINTS = ['+973', 'bahrain', 'bhd', 'manama', 'muharraq', 'riffa', 'isa town', 'lmra'];

// Bahrain's personal number (CPR): nine digits, the holder's birth year and month (YYMM), a serial
// and a check digit. Nine-digit numbers are everywhere and the check digit's scheme is not
// published, so it needs its label or column and a Bahraini text.
export default defineRule({
  id: 'bh-cpr',
  category: 'pii',
  description: 'Bahraini personal number (CPR, 9 digits) under its label, in a Bahraini text',
  keywords: ['cpr', 'personal number', 'personal no', 'personal_number'],
  hints: BAHRAIN_HINTS,
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.+-])\d{2}(?:0[1-9]|1[0-2])\d{5}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (_s, ctx) => isLabelledIdOfCountry(ctx, BAHRAIN_HINTS, CPR_LABEL),
  redactAs: 'national-id',
  references: ['https://www.iga.gov.bh/'],
  examples: {
    positive: ['EOS-BH-2024-0107,BH,"A. Example",CPR,810412263,K4021968,BHD 412.0 (Manama)'],
    negative: ['CPR: 810412263', 'Bahrain invoice 810412263'],
  },
});
