import { defineRule } from '../defineRule';
import { hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: QID, Qatar ID, the Arabic البطاقة الشخصية / الرقم الشخصي. */
const QID_LABEL = /(?<![a-z])qid(?![a-z])|qatar[ _-]?id|البطاقة الشخصية|الرقم الشخصي/u;

// Qatar's identity card number (QID): eleven digits, the century (2 for the 1900s, 3 for the
// 2000s), the holder's birth year, the three-digit ISO code of their nationality (524 Nepal, 356
// India, 634 Qatar) and a serial. It has no check digit, so only its label or its column says so.
export default defineRule({
  id: 'qa-qid',
  category: 'pii',
  description: 'Qatari ID card number (QID, 11 digits) under its label or column',
  keywords: ['qid', 'qatar id', 'qatar_id'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.+-])[23]\d{10}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => Number(s.slice(3, 6)) > 0 && !inLongerNumber(ctx) && hasContext(ctx, QID_LABEL, { before: 40 }),
  redactAs: 'national-id',
  references: ['https://portal.moi.gov.qa/'],
  examples: {
    positive: ['Sl No;Employee Name;QID;QID Expiry\n1;A. Example;28752413306;11/08/2025\n', 'QID 29135601842, RP renewal due'],
    negative: ['Invoice 28752413306 paid', 'QID: 00000000000'],
  },
});
