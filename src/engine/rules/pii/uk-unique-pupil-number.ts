import { defineRule, fake } from '../defineRule';
import { weightedSum } from './_checksums';

/** The check letters of a UPN, by the remainder of its weighted sum modulo 23 (no I, O or S). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** Digit k of a UPN (k = 2…13) is weighted by k. */
const UPN_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
/** The check letter of a UPN's twelve digits: the weighted sum modulo 23. */
function upnCheckLetter(digits: string): string {
  return CHECK_LETTERS[weightedSum(digits, UPN_WEIGHTS) % 23] as string;
}

function sample(seed: number, la = '384'): string {
  const digits = la + fake('{d9}', seed);
  return upnCheckLetter(digits) + digits;
}

// England's and Wales's unique pupil number (UPN): a check letter and twelve digits, the first
// three the issuing local authority's code (201 to 938), then the school's number, the year and a
// serial. It follows a child through every school: an admissions export, a seed file or a report
// that lists UPNs lists children. A letter and twelve digits is a common id shape, so only in a
// text about pupils (the keyword) and only with the right check letter and an authority's code.
export default defineRule({
  id: 'uk-unique-pupil-number',
  category: 'pii',
  description: "England's and Wales's unique pupil number (UPN: a check letter and 12 digits), in a text about pupils",
  keywords: ['upn', 'pupil'],
  // (An admissions export names the column once, above hundreds of rows.)
  window: { before: 4000, after: 4000 },
  columns: true,
  pattern: /(?<![\w-])[A-HJ-NP-RT-Z]\d{12}(?![\w-])/gu,
  validate: (s) => {
    const la = Number(s.slice(1, 4));
    return la >= 201 && la <= 938 && upnCheckLetter(s.slice(1)) === s[0];
  },
  redactAs: 'pupil-number',
  references: ['https://www.gov.uk/government/publications/unique-pupil-numbers'],
  examples: {
    positive: [
      `ref,upn,child_name,offer\nADM-1,${sample(101611)},A. Example,OFFERED\nADM-2,${sample(101612, '850')},B. Example,WAITLIST\n`,
      `Pupil.create!(upn: "${sample(101613)}", year_group: 7)`,
      `<tr><th>UPN</th><th>Pupil</th></tr>\n<tr><td>${sample(101614, '330')}</td><td>A. Example</td></tr>`,
    ],
    negative: [
      // a wrong check letter (a validator's test of invalid UPNs), an authority code out of range
      `describe "invalid UPNs" do\n  ["${((v) => (v[0] === 'A' ? 'B' : 'A') + v.slice(1))(sample(101615))}"]`,
      `pupil_ref: ${((d) => upnCheckLetter(d) + d)('999' + fake('{d9}', 101616))}`,
      // the same shape in a text about something else
      `order_id: ${sample(101617)}`,
    ],
  },
});
