import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a National Identification Number: `NIN`, `nin_number`, NIMC, a NIN column. */
const NIN_CONTEXT = /(?<![a-z])(?:nin|nimc|vnin)(?![a-z])|(?:^|[\s_-])nin(?:[\s_-]|$)|national[ _-]?identification[ _-]?(?:number|no)/u;

/** Header cells of a NIN column, as the keyword pass reads them (`;nin;`, `| nin`, `,nin\n`). */
const HEADER_CELLS = [';nin', ',nin', '\tnin', '| nin', 'nin;', 'nin,', 'nin\t', 'nin\n', 'nin\r'];

// Nigeria's National Identification Number: 11 digits, issued by NIMC, the key to a person's
// identity record (and needed for a SIM, a bank account, a passport). No check digit is published,
// so it needs its label.
export default defineRule({
  id: 'ng-nin',
  category: 'pii',
  description: 'Nigerian National Identification Number (11 digits) near a NIN or NIMC label or column',
  // (Not `nin` alone: running, joining, morning.)
  keywords: ['nimc', 'vnin', 'national identification', ' nin ', ' nin:', 'nin:', 'nin=', '"nin"', "'nin'", '_nin', 'nin_', ...HEADER_CELLS],
  window: { before: 80, after: 60 },
  columns: true,
  // A column header's rows follow it, and a query's result table's rows its header (`| nin |`).
  keywordWindows: Object.fromEntries(HEADER_CELLS.map((k) => [k, { before: 80, after: 4000 }])),
  pattern: /(?<![\w.*-])[1-9]\d{10}(?![\w*-])(?!\.\d)/gu,
  validate: (s, ctx) => !isTrivialNumber(s) && !/^22/u.test(s) && hasContext(ctx, NIN_CONTEXT, { before: 80 }),
  redactAs: 'nin',
  references: ['https://nimc.gov.ng/'],
  examples: {
    positive: [
      'DOB 14/02/1995. NIN 79524651337. Ese gan.',
      'kyc_ref;customer_ref;full_name;msisdn;bvn;nin\nKYC-1;CUS-1;Chiamaka O;+2348132204251;22714514272;77595047098',
      ' wallet_id | msisdn        | full_name    | nin\n-----------+---------------+--------------+-------------\n   1204411 | 2348167212675 | Abdul Yakubu | 83874863362',
    ],
    negative: ['NIN: 795*****337', 'order 79524651337 shipped', 'NIN 11111111111', 'nin: 12345678901', 'ninja build 79524651337'],
  },
});
