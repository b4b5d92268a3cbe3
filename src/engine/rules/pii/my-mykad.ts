import { defineRule } from '../defineRule';
import { hasContext } from './_context';

/** Labels of a MyKad number: IC, NRIC, MyKad, No. K/P, kad pengenalan, an IC column. */
const MYKAD_CONTEXT = /(?<![a-z])(?:ic|nric|mykad|my[ _-]?kad|new[ _-]?ic|ic[ _-]?(?:no|number)|no\.? ?k\/?p|kad pengenalan|identity card)(?![a-z])/u;

/**
 * Place-of-birth codes (the 7th and 8th digits): the states (01–16, again 21–59), foreign countries
 * (60–68, 71–72, 74–79, 82–99). Not 00, 17–20, 69, 70, 73, 80 or 81.
 */
function isPlaceOfBirth(code: number): boolean {
  return (code >= 1 && code <= 16) || (code >= 21 && code <= 68) || code === 71 || code === 72 || (code >= 74 && code <= 79) || code >= 82;
}

// Malaysia's MyKad (identity card) number: the holder's birth date (YYMMDD), a place-of-birth code
// and four digits (the last odd for men, even for women), written 920512-10-7349. With the dashes
// the shape is the card's own, and a real date and a real place code make it one; without them,
// twelve digits need a label (IC, NRIC, MyKad, No. K/P).
export default defineRule({
  id: 'my-mykad',
  category: 'pii',
  description: 'Malaysian MyKad number (YYMMDD-PB-####: a real birth date and place-of-birth code), dashed, or near a label',
  keywords: [],
  nearDigits: true,
  pattern: /(?<![\w.-])\d{6}(?:-\d{2}-|\d{2})\d{4}(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const d = s.replace(/-/gu, '');
    const month = Number(d.slice(2, 4));
    const day = Number(d.slice(4, 6));
    // (The century is unknown: 29 February counts.)
    const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
    if (day < 1 || day > daysIn || !isPlaceOfBirth(Number(d.slice(6, 8)))) return false;
    return s.includes('-') || hasContext(ctx, MYKAD_CONTEXT, { before: 60 });
  },
  redactAs: 'national-id',
  references: ['https://www.jpn.gov.my/en/'],
  examples: {
    positive: [
      'MY-KUL-0877,Muhammad Hafiz bin Abdullah,920512-10-7349,12/05/1992,+60 19-590 5448',
      'No. K/P: 981123104276',
      'staff_id,name,nric\nMY-1,Nurul Aina binti Zainal,981123104276',
    ],
    negative: ['order 920512-00-7349', 'ref 921312-10-7349', "assertFalse(IdentityValidator::mykad('990231-10-5521'));", 'batch 981123104276 shipped', 'range 920512-17-7349'],
  },
});
