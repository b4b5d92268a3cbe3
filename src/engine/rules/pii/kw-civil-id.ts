import { defineRule } from '../defineRule';
import { weightedSum } from './_checksums';
import { hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';
import { hasDateAt } from './_dates';

/** The card's labels: Civil ID, civil no., PACI (the authority that issues it), the Arabic الرقم المدني / البطاقة المدنية. */
const CIVIL_LABEL = /civil[ _-]?(?:id|no|number|card)|(?<![a-z])paci(?![a-z])|الرقم المدني|البطاقة المدنية|رقم مدني/u;

/** Words that say the text is Kuwaiti: the calling code, the currency, PACI, the governorates. */
const KUWAIT_HINTS = ['+965', 'kuwait', 'kwd', 'paci', 'farwaniya', 'hawally', 'salmiya', 'jahra', 'ahmadi', 'mubarak al-kabeer'];

/** Kuwait's check digit: weights 2 1 6 3 7 9 10 5 8 4 2 over the first eleven digits, 11 minus the sum mod 11. */
function hasKuwaitCheckDigit(id: string): boolean {
  const check = 11 - (weightedSum(id.slice(0, 11), [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11);
  return check < 10 && check === Number(id[11]);
}

/** The holder's birth date (YYMMDD after the century digit: 2 for the 1900s, 3 for the 2000s) exists. */
function hasBirthDate(id: string): boolean {
  return hasDateAt(id, 1, 'YYMMDD', [id[0] === '2' ? 1900 : 2000]);
}

// Kuwait's civil ID number: twelve digits, the century (2 for the 1900s, 3 for the 2000s), the
// holder's birth date as YYMMDD, a serial and a check digit. With a valid date and check digit it
// counts under its label or in a Kuwaiti text (a chat about PACI, a KWD payroll file).
export default defineRule({
  id: 'kw-civil-id',
  category: 'pii',
  description: 'Kuwaiti civil ID number (12 digits: century, birth date, serial, check digit) under its label or in a Kuwaiti text',
  keywords: [],
  hints: KUWAIT_HINTS,
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.+-])[23]\d{11}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    hasBirthDate(s) && hasKuwaitCheckDigit(s) && !inLongerNumber(ctx) && (hasContext(ctx, CIVIL_LABEL, { before: 60 }) || KUWAIT_HINTS.some(ctx.hasHint)),
  redactAs: 'national-id',
  references: ['https://www.paci.gov.kw/'],
  examples: {
    positive: ['EmpNo,FullName,CivilID,Mobile\nSKW-01,A. Example,285062207359,50012873\n', 'Civil ID no 301021405292 – pls send me his passport copy'],
    negative: ['Civil ID no 301021405293 (a wrong check digit)', 'order 285062207359 shipped'],
  },
});
