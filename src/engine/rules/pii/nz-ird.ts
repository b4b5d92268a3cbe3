import { defineRule } from '../defineRule';
import { nzIrdChecksum } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a New Zealand IRD (tax) number. */
const IRD_CONTEXT = /(?<![a-z])(?:ird|inland[ _-]?revenue|nz[ _-]?tax|tax[ _-]?(?:file[ _-]?)?(?:number|no|id)|tfn)(?![a-z])/iu;

/** The valid numbers of Inland Revenue's own check-digit specification, which every validator's tests quote. */
const IR_SPEC_EXAMPLES = new Set(['049091850', '035901981', '049098576', '136410132']);

// New Zealand's IRD number: eight or nine digits (written 123-456-789), between 10,000,000 and
// 150,000,000, with a mod-11 check digit (a second set of weights when the first gives 10). One
// random number in eleven passes, so it needs a label near it (IRD, tax number).
export default defineRule({
  id: 'nz-ird',
  category: 'pii',
  description: 'New Zealand IRD number (8-9 digits, mod-11 check digit, near a label)',
  keywords: ['ird', 'inland revenue', 'tax', 'ird_number', 'ird number,', 'ird,', 'ird;', 'ird number  '],
  window: { before: 80, after: 60 },
  columns: true,
  // A column header's rows follow it (also a plain-text report's, aligned with spaces).
  keywordWindows: { ird_number: { before: 80, after: 4000 }, 'ird number,': { before: 80, after: 4000 }, 'ird,': { before: 80, after: 4000 }, 'ird;': { before: 80, after: 4000 }, 'ird number  ': { before: 80, after: 4000 } },
  pattern: /(?<![\w.-])(?:\d{2,3}-\d{3}-\d{3}|\d{8,9})(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/-/gu, '');
    if (!nzIrdChecksum(digits) || isTrivialNumber(digits) || IR_SPEC_EXAMPLES.has(digits.padStart(9, '0'))) return false;
    return hasContext(ctx, IRD_CONTEXT, { before: 80 });
  },
  redactAs: 'national-id',
  references: ['https://www.ird.govt.nz/'],
  examples: {
    positive: ['IRD number: 122-778-106', 'ird_number=141594397', '"nz_ird": "114069647"', 'Inland Revenue no. 146-695-949', 'employee_id,full_name,nz_ird_number,mobile\nBAH-1060,Rangi P,,021 948 3306\nBAH-1061,Aroha N,141594397,021 948 3307',
      // a payday filing's plain-text table, aligned with spaces, its rows far below the header
      `IRD number   Employee                   Tax code      Gross      PAYE KiwiSaver  Bank account\n${'000-000-000  EXAMPLE, Row               M          1000.00    200.00     30.00  00-0000-0000000-00\n'.repeat(2)}122-778-106  EXAMPLE, Aroha             M SL       7216.69   1732.01    216.50  03-0000-0000000-03\n`,
    ],
    negative: ['IRD number: 122-778-107', 'order 122778106', 'tax id 99999999', 'assert is_valid_ird("49091850")  # IR spec example', 'for tests use IRD 35-901-981 (the IR spec example)'],
  },
});
