import { defineRule, fake } from '../defineRule';
import { isTrivialNumber, isWholeCellUnder } from './_context';

/** A UAN column's header (`UAN`, `uan_no`, `Universal Account Number`), as columnHeader normalises it. */
const UAN_COLUMN = /^["']?(?:uan|uan[ _-]?(?:no|number|num)|universal[ _]account[ _](?:no|number))["']?$/iu;

// An Indian Universal Account Number (UAN): the twelve digits under which EPFO keeps a worker's
// provident-fund accounts, on every payslip, salary register and PF return. It has no check digit
// (EPFO has issued them in sequence from 100000000000), so it needs its context: a `UAN` label, a
// whole cell under a UAN column, or the first field of an ECR line (the monthly PF return's text
// file, fields separated by `#~#`, `UAN#~#NAME#~#GROSS WAGES#~#…`). Aadhaar numbers start 2-9.
export default defineRule({
  id: 'in-uan',
  category: 'pii',
  description: "Indian Universal Account Number (a worker's EPFO number: 12 digits after a UAN label, in a UAN column or an ECR line)",
  // (Not `uan` alone: it hides in `quantity`. `juan ` opens a window now and then; the label needs a capital or no letter before it.)
  keywords: ['uan:', 'uan ', 'uan_', 'uan-', 'uan,', 'uan;', 'uan\t', 'uan\n', 'uan\r', 'uan"', "uan'", 'uan=', 'uan|', 'universal account', '#~#'],
  // (An ECR line's UAN stands right before its first `#~#`.)
  window: { before: 16, after: 64 },
  columns: true,
  // The rows under a UAN column's header, and the lines of an ECR file.
  keywordWindows: { 'uan,': { before: 16, after: 4000 }, 'uan;': { before: 16, after: 4000 }, 'uan\t': { before: 16, after: 4000 }, 'uan|': { before: 16, after: 4000 }, 'uan\n': { before: 16, after: 4000 }, 'uan\r': { before: 16, after: 4000 } },
  pattern: new RegExp(
    String.raw`(?<![A-Za-z])(?:UAN|Uan|uan|Universal Account Number|universal account number)(?:[ _-]?(?:No|no|NO|Number|number|NUMBER)\.?)?["']?[ \t]{0,20}[:=#-]?[ \t]{0,3}["']?(1\d{11})(?![\w-])` +
      // a whole cell under a UAN column (group 2)
      String.raw`|(?:^|[\n,;\t|])[ \t]*["']?(1\d{11})(?=["']?[ \t]*(?:[,;\t|]|\r?\n|$))` +
      // the first field of an ECR line (group 3)
      String.raw`|(?:^|\n)(1\d{11})(?=#~#)`,
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => !isTrivialNumber(s) && !/^10{8}/u.test(s) && (ctx.match[2] === undefined || isWholeCellUnder(ctx, UAN_COLUMN)),
  redactAs: 'uan',
  references: ['https://www.epfindia.gov.in/site_en/For_Employees.php', 'https://unifiedportal-emp.epfindia.gov.in/epfo/'],
  examples: {
    positive: [
      `  UAN              : 10${fake('{d10}', 100821)}`,
      `Sr No,Emp Code,Employee Name,PAN,UAN,Bank Name\n1,EC2093,A. Worker,ABCPD1234X,10${fake('{d10}', 100822)},HDFC Bank\n`,
      `10${fake('{d10}', 100823)}#~#A WORKER#~#41210#~#20500#~#15000#~#15000#~#1800#~#1250#~#550#~#0#~#0`,
      `Hi team, PF passbook me November ka credit nahi dikh raha. UAN 10${fake('{d10}', 100824)}, emp code HRX-01142.`,
      `{"empCode": "QTR3318", "uan": "10${fake('{d10}', 100825)}"}`,
    ],
    negative: [
      // an Aadhaar-sized number, a trivial one, a number under another column, an IMPS reference
      `UAN: 2${fake('{d11}', 100826)}`,
      'UAN: 100000000001',
      `Sr No,Emp Code,Bank Account\n1,EC2093,10${fake('{d10}', 100827)}\n`,
      `IMPS credited, RRN 43${fake('{d10}', 100828)}`,
      `"quantity": 10${fake('{d10}', 100829)}`,
    ],
  },
});
