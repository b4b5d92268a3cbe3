import { defineRule } from '../defineRule';
import { hasContext, inLongerNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** The card's labels: Civil ID, civil no., PACI (the authority that issues it), the Arabic الرقم المدني / البطاقة المدنية. */
const CIVIL_LABEL = /civil[ _-]?(?:id|no|number|card)|(?<![a-z])paci(?![a-z])|الرقم المدني|البطاقة المدنية|رقم مدني/u;

/** Words that say the text is Kuwaiti: the calling code, the currency, PACI, the governorates. */
const KUWAIT_HINTS = ['+965', 'kuwait', 'kwd', 'paci', 'farwaniya', 'hawally', 'salmiya', 'jahra', 'ahmadi', 'mubarak al-kabeer'];

/** Kuwait's check digit: weights 2 1 6 3 7 9 10 5 8 4 2 over the first eleven digits, 11 minus the sum mod 11. */
function hasKuwaitCheckDigit(id: string): boolean {
  const weights = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(id[i]) * (weights[i] as number);
  const check = 11 - (sum % 11);
  return check < 10 && check === Number(id[11]);
}

/** A date of birth that exists: month 01-12, day 01-31. */
function hasBirthDate(id: string): boolean {
  const month = Number(id.slice(3, 5));
  const day = Number(id.slice(5, 7));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
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
