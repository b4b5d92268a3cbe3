import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a Bank Verification Number: `BVN`, `bvn_number`, `agents_bvn_unique`, a BVN column. */
const BVN_CONTEXT = /(?<![a-z])bvn(?![a-z])|(?:^|[\s_-])bvn(?:[\s_-]|$)|bank[ _-]?verification[ _-]?(?:number|no)/u;

// Nigeria's Bank Verification Number: 11 digits, issued by NIBSS to every bank customer; every BVN
// issued so far starts with 22. It ties a person to all their bank accounts, and KYC exports, fraud
// reports and support tickets carry it. No check digit is published, so it needs its label.
export default defineRule({
  id: 'ng-bvn',
  category: 'pii',
  description: 'Nigerian Bank Verification Number (11 digits starting 22) near a BVN label or column',
  keywords: ['bvn', 'bank verification'],
  window: { before: 80, after: 60 },
  columns: true,
  // A column header's rows follow it.
  keywordWindows: { bvn: { before: 80, after: 4000 } },
  pattern: /(?<![\w.*-])22\d{9}(?![\w*-])(?!\.\d)/gu,
  validate: (s, ctx) => !isTrivialNumber(s.slice(2)) && hasContext(ctx, BVN_CONTEXT, { before: 80, after: 60 }),
  redactAs: 'bvn',
  references: ['https://nibss-plc.com.ng/services/bvn/'],
  examples: {
    positive: [
      'My BVN is 22250043591 and the name on it is exactly what I typed',
      "Duplicate entry '22785137539' for key 'agents.agents_bvn_unique'",
      'kyc_ref;customer_ref;full_name;msisdn;bvn;nin\nKYC-1;CUS-1;Chiamaka O;+2348132204251;22714514272;77595047098',
    ],
    negative: ['BVN: 221*****904', 'order 22714514272 shipped', 'BVN 22222222222', 'bvn: 31714514272'],
  },
});
