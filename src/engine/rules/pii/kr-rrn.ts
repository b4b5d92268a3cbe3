import { defineRule } from '../defineRule';
import { krRrnChecksum } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';
import { hasDateAt } from './_dates';

/** Labels of a Korean resident registration number. */
const RRN_CONTEXT = /(?<![a-z])(?:rrn|resident[ _-]?(?:registration[ _-]?)?(?:number|no)|kr[ _-]?rrn|jumin)(?![a-z])|주민등록번호|주민번호|외국인등록번호/iu;

/** The birth date (YYMMDD) in the century its seventh digit gives: 1, 2, 5, 6 the 1900s; 3, 4, 7, 8 the 2000s. */
function hasBirthDate(digits: string): boolean {
  return hasDateAt(digits, 0, 'YYMMDD', ['1', '2', '5', '6'].includes(digits.charAt(6)) ? [1900] : [2000]);
}

// A Korean resident registration number (주민등록번호): the birth date (YYMMDD), a dash, the
// century-and-sex digit (1-8), and six more digits, the last a check digit on numbers issued before
// October 2020. Written with its dash it says what it is; a run of thirteen digits, or a newer
// number whose last digit is no check, needs its label near it.
export default defineRule({
  id: 'kr-rrn',
  category: 'pii',
  description: 'Korean resident registration number (YYMMDD-NNNNNNN, date and check digit)',
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w.-])\d{6}-?[1-8]\d{6}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace('-', '');
    if (!hasBirthDate(digits) || isTrivialNumber(digits.slice(6))) return false;
    const labelled = hasContext(ctx, RRN_CONTEXT, { before: 80 });
    if (krRrnChecksum(digits)) return s.includes('-') || labelled;
    return s.includes('-') && labelled;
  },
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/Resident_registration_number'],
  examples: {
    positive: ['주민등록번호: 960926-2721291', 'KR_RRN | 9603222577990 |', 'rrn=820415-1119831'],
    negative: ['order 9609262721291', 'ref 960926-2721292', 'batch 961326-2721291', 'assert not v.rrn_valid("900101-1234567")'],
  },
});
