import { defineRule, fake } from '../defineRule';
import { hasSsnStructure } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a Health Insurance Claim Number, and the X12 reference qualifier for one (`REF*F6*`). */
const HICN_CONTEXT = /(?<![a-z])(?:hicn|hic(?:[ _-]?(?:number|no|num|#))?|health insurance claim(?: number)?|medicare(?: claim)?(?: id| number| no\.?| #)?)(?![a-z])|ref\*f6\*$/iu;

/** The beneficiary identification codes that end a HICN: the holder's relation to the wage earner (A the earner, B a wife, C1 a child, D a widow…). */
const BIC = '(?:A|B[1-9]?|C[1-9]|D[1-9]?|E[1-9]?|F[1-8]|J[1-4]|K[1-9]?|M|T|W[1-9]?)';

// A US Medicare Health Insurance Claim Number (HICN), the number on Medicare cards until the MBI
// replaced it (2018-2020) and still in crosswalks, old claims and archives: the Social Security
// number of the wage earner the benefit comes from, then a beneficiary identification code (`A` the
// earner, `B` a spouse, `C1` a first child, `D` a widow). Its nine digits follow the SSN's rules
// (no area 000, 666 or 900-999, no group 00, no serial 0000); a label (HICN, HIC number, Medicare
// number), X12's `REF*F6*` qualifier or a HICN column must be near, as many codes end in a letter.
export default defineRule({
  id: 'us-hicn',
  category: 'pii',
  description: "US Medicare Health Insurance Claim Number (HICN: a Social Security number and a beneficiary code) near a HICN or Medicare label",
  keywords: ['hicn', 'hic ', 'hic_', 'hic#', 'medicare', '*f6*', 'health insurance claim'],
  window: { before: 120, after: 400 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w-])(\d{3}-?\d{2}-?\d{4}-?${BIC})(?![\w-])`, 'gu'),
  secretGroup: 1,
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '').slice(0, 9);
    if (!hasSsnStructure(d) || isTrivialNumber(d) || d.startsWith('12345')) return false;
    return hasContext(ctx, HICN_CONTEXT, { before: 100, after: 40 });
  },
  redactAs: 'id',
  references: ['https://www.cms.gov/medicare/new-medicare-card', 'https://www.resdac.org/cms-data/variables/health-insurance-claim-hic-number'],
  examples: {
    positive: [
      `subscriber,mbi,hicn,effective_date\nS-0042,,${fake('5{d2}4{d5}', 101457)}A,2019-03-01`,
      `REF*F6*${fake('4{d2}7{d5}', 101458)}C1~`,
      `Legacy Medicare number (HICN): ${fake('3{d2}-6{d1}-{d4}', 101459)}B`,
    ],
    negative: [
      // a part number and an SSN-shaped number that fails the SSN's rules
      `sku 512349871A in stock`,
      'HICN: 000-12-3456A',
    ],
  },
});
