import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isTrivialNumber, isWholeCellUnder, tableHeaderRow } from './_context';

/** A super member number column's header (`super_member_no`, `Super member number`, `superannuation_member_id`). */
const MEMBER_COLUMN = /^["']?super(?:annuation)?[ _-]?(?:fund[ _-]?)?member[ _-]?(?:no|number|num|id)["']?$/iu;

// An Australian superannuation fund's member number: the number under which a fund keeps a worker's
// retirement savings, on every payroll's new-starter form, SuperStream contribution and payslip. Funds
// write their own formats (six to twelve digits, some with letters), with no check digit, so it needs its
// label: `super member no` right before it, or a whole cell under a column of that name.
/** A plain member number's column (`Member Number`), a super fund's when the table names the fund beside it (SUPER_FUND_HEADER). */
const PLAIN_MEMBER_COLUMN = native(/^["']?member[ _-]?(?:no|number|num|id)["']?$/iu);
/** A payroll export's super fund columns (`Super Fund`, `super_fund_usi`, `USI`). */
const SUPER_FUND_HEADER = native(/(?:^|[,;\t|])["']?(?:super(?:annuation)?[ _-]?fund(?:[ _-]?(?:name|usi|abn))?|usi)["']?(?=[,;\t|]|$)/iu);

export default defineRule({
  id: 'au-super-member-number',
  category: 'pii',
  description: "Australian superannuation fund member number (after a super member label or in its column)",
  keywords: ['super_member', 'super member', 'superannuation member', 'super-member', 'supermember', 'super fund', 'super_fund', 'superfund'],
  window: { before: 16, after: 64 },
  columns: true,
  keywordWindows: Object.fromEntries(['super_member', 'super member', 'super fund', 'super_fund', 'superfund'].map((k) => [k, { before: 16, after: 4000 }])),
  pattern: new RegExp(
    String.raw`(?<![A-Za-z])[Ss]uper(?:annuation)?[ _-]?(?:[Ff]und[ _-]?)?[Mm]ember[ _-]?(?:[Nn]o\.?|[Nn]umber|[Nn]um|[Ii][Dd]|#)["']?[ \t]{0,20}[:=#-]?[ \t]{0,3}["']?([A-Z]{0,3}\d{6,12})(?![\w-])` +
      // a whole cell under the column (group 2)
      String.raw`|(?:^|[\n,;\t|])[ \t]*["']?([A-Z]{0,3}\d{6,12})(?=["']?[ \t]*(?:[,;\t|]|\r?\n|$))`,
    'gu',
  ),
  secretGroup: [1, 2],
  // (Or a plain `Member Number` column beside the super fund's columns: a payroll export's.)
  validate: (s, ctx) =>
    !isTrivialNumber(s.replace(/^[A-Z]+/u, '')) &&
    (ctx.match[2] === undefined || isWholeCellUnder(ctx, MEMBER_COLUMN) || (isWholeCellUnder(ctx, PLAIN_MEMBER_COLUMN) && SUPER_FUND_HEADER.test(tableHeaderRow(ctx) ?? ''))),
  redactAs: 'member-id',
  references: ['https://www.ato.gov.au/businesses-and-organisations/super-for-employers/superstream'],
  examples: {
    positive: [
      `employee_id,full_name,super_fund_usi,super_member_no,bsb\nE1040,A. Example,UNI0100AU,${fake('{d9}', 101357)},062-184\n`,
      `- Super member number: ${fake('{d8}', 101358)} (Example Super)`,
      // a payroll export: the fund's name and USI, then the member number under its plain header
      `Employee ID,Given Name,Surname,BSB,Account Number,Super Fund,USI,Member Number\nE-1,Ada,Example,062-000,${fake('{d8}', 102111)},Example Super,EXS0001AU,${fake('{d9}', 102112)}\n`,
    ],
    negative: [
      `employee_id,full_name,super_fund_usi,super_member_no\nE1040,A. Example,UNI0100AU,123456789\n`,
      `employee_id,full_name,super_fund_usi,employee_no\nE1040,A. Example,UNI0100AU,${fake('{d9}', 101359)}\n`,
      // a loyalty programme's member number: no super fund in the table
      `customer_id,given_name,member_number,tier\nC-1,Ada,${fake('{d9}', 102113)},gold\n`,
    ],
  },
});
