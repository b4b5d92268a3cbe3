import { defineRule, fake } from '../defineRule';
import { isValidDate } from './_checksums';
import { hasContext, inLongerNumber, isOnPlaceholderPersonLine, isOnTestRecordLine, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of an Egyptian national id: national id, الرقم القومي (the national number). */
const EG_ID_CONTEXT = /(?<![a-z])(?:nid|national[ _-]?(?:id|no|number)|nationalid|egypt(?:ian)?[ _-]?id|id[ _-]?(?:number|no))(?![a-z])|الرقم القومي|الرقم القومى|رقم قومي|رقم البطاقة/iu;

/** Governorates of birth: Cairo 01 … Suez 04, the Delta 11-19, Upper Egypt 21-29, the frontier 31-35, born abroad 88. */
const GOVERNORATES = new Set([1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 34, 35, 88]);

/** C YYMMDD GG SSSS K: the century (2 the 1900s, 3 the 2000s), a birth date that exists, a governorate. */
function isEgyptianId(id: string): boolean {
  const century = id.charAt(0) === '2' ? 1900 : 2000;
  if (!isValidDate(century + Number(id.slice(1, 3)), Number(id.slice(3, 5)), Number(id.slice(5, 7)))) return false;
  return GOVERNORATES.has(Number(id.slice(7, 9)));
}

// An Egyptian national identity number (الرقم القومي), fourteen digits: the century of birth, the
// birth date as YYMMDD, the governorate of birth, a sequence (odd for men) and a check digit whose
// algorithm the Civil Status Organization does not publish (not checked). The date and the
// governorate leave about one random fourteen-digit number in 500, so a label must be near.
export default defineRule({
  id: 'eg-national-id',
  category: 'pii',
  description: 'Egyptian national id (14 digits: century, birth date, governorate), near a label',
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])[23]\d{13}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => isEgyptianId(s) && !inLongerNumber(ctx) && hasContext(ctx, EG_ID_CONTEXT, { before: 64 }) && !isOnPlaceholderPersonLine(ctx) && !isOnTestRecordLine(ctx),
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/Egyptian_identity_card'],
  examples: {
    positive: [
      `customer_id\tname_en\tnational_id\tmobile\nEGC46933344\tA. Person\t2740124160${fake('{d4}', 891)}\t+201124552854`,
      `mobile 011 8877 0662, national id 3051202137${fake('{d4}', 892)}`,
      `الرقم القومي: 2901108160${fake('{d4}', 893)}`,
    ],
    negative: [
      // a month 13; a governorate 99; a timestamp; no label
      `national id 2741324160${fake('{d4}', 891)}`,
      `national id 2740124990${fake('{d4}', 891)}`,
      'national id 20240917123456',
      `order 2740124160${fake('{d4}', 894)}`,
    ],
  },
});
