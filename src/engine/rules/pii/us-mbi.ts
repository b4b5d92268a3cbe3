import { defineRule } from '../defineRule';
import { hasContext } from './_context';

/** Labels of a Medicare Beneficiary Identifier and the places claims formats put one. */
// (Or a plan's member, subscriber or beneficiary label: an MBI's fixed layout of letters and digits is
// rare enough that under such a label it is the Medicare member's number.)
const MBI_CONTEXT = /(?<![a-z])(?:mbi|medicare(?: beneficiary)?(?: id(?:entifier)?| number| no\.?| #)?|hicn|\^cms\^mc|member(?:[ _]?id)?|subscriber(?:[ _]?id)?|beneficiary)(?![a-z])|"system"\s*:\s*"[^"]*mbi/iu;

/** CMS's published specimen MBI, which is no one's. */
const SPECIMENS = new Set(['1EG4TE5MK73']);

// A US Medicare Beneficiary Identifier (MBI), the number on every Medicare card since 2018:
// eleven characters in a fixed layout of digits (N), letters (A) and either (C), written whole or
// with dashes after the fourth and seventh (`2T92-CV1-MC63`): N A C N A C N A A N N, where the first
// digit is 1-9 and the letters leave out S, L, O, I, B and Z. One random string in millions has that
// shape, but a label or the HL7 `^CMS^MC` type must be near.
export default defineRule({
  id: 'us-mbi',
  category: 'pii',
  description: 'US Medicare Beneficiary Identifier (MBI: eleven characters in its fixed layout) near an MBI or Medicare label',
  keywords: ['mbi', 'medicare', '^cms^', 'hicn', 'member', 'subscriber', 'beneficiary'],
  window: { before: 120, after: 200 },
  columns: true,
  pattern:
    /(?<![\w-])([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s, ctx) => !SPECIMENS.has(s.replace(/-/gu, '')) && hasContext(ctx, MBI_CONTEXT, { before: 100, after: 60 }),
  redactAs: 'id',
  references: ['https://www.cms.gov/medicare/new-medicare-card/understanding-the-mbi.pdf'],
  examples: {
    positive: [
      'PID|1||4829107^^^STBRENDAN^MR~1RR1T52FU85^^^CMS^MC||DELGADO^ROSA^M',
      'Member MBI: 2T92-CV1-MC63 (Part A and B)',
      '{ "system": "http://hl7.org/fhir/sid/us-mbi", "value": "3EU0U14UD83" }',
      // a claims export's member column, and a statement's insurance line
      'claim_id,patient_name,member_id,payer\nCLM-1,A. Example,4TX7-HN2-KW36,CGS ADMINISTRATORS\n',
      '<p>Insurance on file: Example Health &ndash; member 6QJ3F72RD19</p>',
    ],
    negative: ['Medicare MBI sample from CMS: 1EG4-TE5-MK73', 'build 1RR1T52FU85 passed', 'MBI: 1SL1T52FU85'],
  },
});
