import { defineRule, fake } from '../defineRule';
import { isTrivialNumber, isWholeCellUnder } from './_context';

/** A super member number column's header (`super_member_no`, `Super member number`, `superannuation_member_id`). */
const MEMBER_COLUMN = /^["']?super(?:annuation)?[ _-]?(?:fund[ _-]?)?member[ _-]?(?:no|number|num|id)["']?$/iu;

// An Australian superannuation fund's member number: the number under which a fund keeps a worker's
// retirement savings, on every payroll's new-starter form, SuperStream contribution and payslip. Funds
// write their own formats (six to twelve digits, some with letters), with no check digit, so it needs its
// label: `super member no` right before it, or a whole cell under a column of that name.
export default defineRule({
  id: 'au-super-member-number',
  category: 'pii',
  description: "Australian superannuation fund member number (after a super member label or in its column)",
  keywords: ['super_member', 'super member', 'superannuation member', 'super-member', 'supermember'],
  window: { before: 16, after: 64 },
  columns: true,
  keywordWindows: { super_member: { before: 16, after: 4000 }, 'super member': { before: 16, after: 4000 } },
  pattern: new RegExp(
    String.raw`(?<![A-Za-z])[Ss]uper(?:annuation)?[ _-]?(?:[Ff]und[ _-]?)?[Mm]ember[ _-]?(?:[Nn]o\.?|[Nn]umber|[Nn]um|[Ii][Dd]|#)["']?[ \t]{0,20}[:=#-]?[ \t]{0,3}["']?([A-Z]{0,3}\d{6,12})(?![\w-])` +
      // a whole cell under the column (group 2)
      String.raw`|(?:^|[\n,;\t|])[ \t]*["']?([A-Z]{0,3}\d{6,12})(?=["']?[ \t]*(?:[,;\t|]|\r?\n|$))`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => !isTrivialNumber(s.replace(/^[A-Z]+/u, '')) && (ctx.match[2] === undefined || isWholeCellUnder(ctx, MEMBER_COLUMN)),
  redactAs: 'member-id',
  references: ['https://www.ato.gov.au/businesses-and-organisations/super-for-employers/superstream'],
  examples: {
    positive: [
      `employee_id,full_name,super_fund_usi,super_member_no,bsb\nE1040,A. Example,UNI0100AU,${fake('{d9}', 101357)},062-184\n`,
      `- Super member number: ${fake('{d8}', 101358)} (Example Super)`,
    ],
    negative: [
      `employee_id,full_name,super_fund_usi,super_member_no\nE1040,A. Example,UNI0100AU,123456789\n`,
      `employee_id,full_name,super_fund_usi,employee_no\nE1040,A. Example,UNI0100AU,${fake('{d9}', 101359)}\n`,
    ],
  },
});
