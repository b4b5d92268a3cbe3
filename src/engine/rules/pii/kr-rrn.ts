import { defineRule } from '../defineRule';
import { krRrnChecksum } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a Korean resident registration number. */
const RRN_CONTEXT = /(?<![a-z])(?:rrn|resident[ _-]?(?:registration[ _-]?)?(?:number|no)|kr[ _-]?rrn|jumin)(?![a-z])|주민등록번호|주민번호|외국인등록번호/iu;

/** A birth date as YYMMDD that exists (any century). */
function isBirthDate(yymmdd: string): boolean {
  const m = Number(yymmdd.slice(2, 4));
  const d = Number(yymmdd.slice(4, 6));
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
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
    if (!isBirthDate(digits.slice(0, 6)) || isTrivialNumber(digits.slice(6))) return false;
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
