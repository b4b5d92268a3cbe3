import { defineRule, fake } from '../defineRule';
import { NATIONAL_ID_LABEL, NOT_IN_LONGER_NUMBER, hasContext, inLongerNumber, isTrivialNumber, matchLine } from './_context';
import { native } from '../../scan/nativeRegex';

const CNIC_CONTEXT = /cnic|nicop|(?<![a-z])nic(?![a-z])|nadra|(?:computeri[sz]ed )?national identity card|shanakhti/u;

/**
 * A line that places its record in Pakistan: the country's code (`PK` as a cell or a key's value),
 * a Pakistani mobile number (+92 3xx, 03xx), the country or one of its large cities. Enough for the
 * written 5-7-1 form alone, which no other country's number takes.
 */
const PAKISTANI_LINE = /(?<![A-Za-z])PK(?![A-Za-z])|Pakistan|(?<![\d+])(?:\+?92[ -]?3\d{2}[ -]?\d{7}|03\d{2}[ -]?\d{7})(?!\d)|Lahore|Karachi|Islamabad|Rawalpindi|Peshawar|Quetta|Multan|Faisalabad|Sialkot|Gujranwala/u;

/** A generic label, enough only for the written 5-7-1 form (other countries' ids have thirteen digits too). */
const NATIONAL_ID_CONTEXT = native(new RegExp(NATIONAL_ID_LABEL, 'u'));

// Pakistani computerised national identity card number (CNIC, also on the NICOP): thirteen digits,
// written 5-7-1 (`35202-1234567-1`): the first digit a province (1-7), the last odd for a man and
// even for a woman. No check digit is published, so a label must be near or head the column.
/**
 * A form's sample CNIC: each of its first two groups a run (`12345-1234567-1`, the hint NADRA's
 * forms and every app show), or six zeros in a row (`42101-0000000-1`).
 */
function isPlaceholderCnic(s: string): boolean {
  const [region, serial] = s.includes('-') ? s.split('-') : [s.slice(0, 5), s.slice(5, 12)];
  return (isTrivialNumber(region ?? '') && isTrivialNumber(serial ?? '')) || /0{6}/u.test(s.replace(/-/gu, ''));
}

export default defineRule({
  id: 'pk-cnic',
  category: 'pii',
  description: 'Pakistani CNIC / NICOP number, near a label',
  // Every match is a run of thirteen digits: scanned only near such runs (the written form on a
  // Pakistani record's line needs no label, so no keyword may gate it).
  keywords: [],
  nearDigits: 'dense',
  pattern: new RegExp(String.raw`(?<![\w.-])[1-7]\d{4}(-?)\d{7}\1\d(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) =>
    !isTrivialNumber(s.replace(/-/gu, '')) &&
    !isPlaceholderCnic(s) &&
    !inLongerNumber(ctx, '. ') &&
    (hasContext(ctx, CNIC_CONTEXT, { before: 64, after: 16 }) ||
      (s.includes('-') &&
        (hasContext(ctx, NATIONAL_ID_CONTEXT, { before: 64, after: 16 }) ||
          native(PAKISTANI_LINE).test(matchLine(ctx, 300))))),
  redactAs: 'cnic',
  references: ['https://www.nadra.gov.pk/'],
  examples: {
    positive: [
      `Usman ka CNIC yeh hai: 35201-${fake('{d7}', 2041)}-7`,
      `emp_no,full_name,cnic,mobile\nLHE-501104,Ali Raza,3520${fake('{d9}', 2042)},0300 8861342\n`,
      // the written form on a Pakistani record's line
      `70211\tPK\tA. Example\t42101-${fake('{d7}', 2044)}-1\t923${fake('{d9}', 2045)}`,
    ],
    negative: [`national_id,name\n3102990710003,A. Person\n`, `CNIC: 85201-${fake('{d7}', 2041)}-7`, `Order 35201-${fake('{d7}', 2043)}-7 shipped`, 'CNIC: 11111-1111111-1', 'CNIC must look like 12345-1234567-1', 'CNIC: 42101-0000000-1'],
  },
});
