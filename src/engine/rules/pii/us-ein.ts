import { defineRule, fake } from '../defineRule';
import { hasContext, isTrivialNumber, lineEndNear } from './_context';
import { native } from '../../scan/nativeRegex';

/** IRS campus prefixes in use (Publication 1635 history); 00, 07-09, 17-19, 28-29, 49, 69-70, 78-79, 89, 96-97 are not. */
const VALID_PREFIX = /^(?:0[1-6]|1[0-6]|2[0-7]|3\d|4[0-8]|5\d|6[0-8]|7[1-7]|8[0-8]|9[0-58-9])/u;
const EIN_CONTEXT = /(?<![a-z])(?:ein|fein|employer id(?:entification)?|federal tax id|tax id|tin(?![a-z])|irs)(?![a-z])/u;

/**
 * Words that make an EIN a person's: a sole proprietor's, a freelancer's or an independent
 * contractor's (whose EIN stands for their SSN on a W-9 and a 1099), or one its writer calls their own.
 */
const PERSONAL_EIN = native(/sole[ -]?propriet|self[- ]employed|freelanc|independent contractor|\bindividual\b|\bmy (?:ein|fein|tax id)\b|\bssn or ein\b|\bssn\/ein\b/iu);

// Two-digit IRS prefix, dash, seven digits (12-3456789); no check digit, so an EIN/TIN label must be near.
// An EIN names a business, mostly a company's or an organisation's (a nonprofit's is public on its
// Form 990), so it is reported only as a person's: after a sole proprietor's, a freelancer's or an
// independent contractor's words within 200 characters before it, or on its line. (Until the
// thirty-second session every labelled EIN was; forty-eight independent corpora labelled none of the
// nineteen it found, all companies' and organisations' own.)
export default defineRule({
  id: 'us-ein',
  category: 'pii',
  description: 'US Employer Identification Number (EIN), near a label',
  keywords: ['ein:', 'ein ', 'ein#', 'ein=', 'ein"', "ein'", 'ein_', '(ein)', 'fein', 'employer id', 'tax id', 'tax_id', 'taxid', 'tin:', 'tin ', 'tin=', 'tin"', "tin'", 'tin#', 'irs:', 'irs ', 'ref*ei*'],
  // The value stands near its label (or a few table rows under a header that names it).
  window: { before: 64, after: 400 },
  columns: true,
  // (Or nine digits in an X12 reference whose qualifier says EIN: `REF*EI*460216010~`.)
  pattern: /(?<![\w.-])(\d{2}-\d{7})(?![\w-])(?!\.\d)|\*(\d{9})(?<=REF\*EI\*\d{9})(?=[~*\r\n]|$)/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (!VALID_PREFIX.test(digits) || isTrivialNumber(digits.slice(2))) return false;
    if (!(ctx.match[2] !== undefined || hasContext(ctx, EIN_CONTEXT, { after: 16 }))) return false;
    const { text } = ctx;
    return PERSONAL_EIN.test(text.slice(Math.max(0, ctx.start - 200), ctx.start)) || PERSONAL_EIN.test(text.slice(ctx.end, lineEndNear(text, ctx.end, 200)));
  },
  redactAs: 'ein',
  references: ['https://www.irs.gov/businesses/small-businesses-self-employed/how-eins-are-assigned-and-valid-ein-prefixes'],
  examples: {
    positive: [
      `W-9 received (sole proprietor), EIN: 4${fake('{d1}', 301)}-${fake('{d7}', 302)}`,
      `I'm a freelancer, so my Federal Tax ID 8${fake('{d1}', 303).replace(/9/u, '1')}-${fake('{d7}', 304)} goes on the invoice`,
      `vendor,type,tax_id\nDana Whitlock Design,independent contractor,5${fake('{d1}', 306)}-${fake('{d7}', 307)}`,
    ],
    negative: [
      `EIN: 07-${fake('{d7}', 302)}`,
      `ref 4${fake('{d1}', 301)}-${fake('{d7}', 302)}`,
      'EIN: 12-3456789',
      // a company's, a practice's and a nonprofit's own EINs
      `EIN: 4${fake('{d1}', 301)}-${fake('{d7}', 302)}`,
      `NM1*85*2*PEACHTREE INTERNAL MEDICINE PC*****XX*1174680524~\nREF*EI*4${fake('{d8}', 305)}~`,
      `payout_id,provider_org,tax_id,amount_usd\npo_80xb3y2v,"Riverbend Family Medicine PLLC",5${fake('{d1}', 306)}-${fake('{d7}', 307)},37277.05`,
      `Stock & DAF gifts: 8${fake('{d1}', 303).replace(/9/u, '1')}-${fake('{d7}', 304)} (our EIN)`,
    ],
  },
});
