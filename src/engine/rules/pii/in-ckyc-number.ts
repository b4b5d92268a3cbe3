import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { hasContext, inLongerNumber, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Its labels: CKYC number, CKYC no, KYC identifier (KIN), a column `ckyc_no`, `ckyc_id`. */
const CKYC_CONTEXT = native(/(?<![a-z])(?:ckycr?(?:[ _-]?(?:no|nr|num|number|id|identifier|kin))?|kyc[ _-]?identifier(?:[ _-]?number)?|ckyc[ _-]?identification[ _-]?number)(?![a-z])/iu);

// The KYC Identifier Number (KIN) that India's Central KYC Registry (CERSAI) gives a person once a
// bank, an insurer or a broker uploads their identity documents: fourteen digits, which every other
// regulated entity then uses to fetch the same records. It has no published check digit, so its
// label must be near or head the column.
export default defineRule({
  id: 'in-ckyc-number',
  category: 'pii',
  description: 'Indian Central KYC Registry number (CKYC, KYC Identifier: 14 digits), near its label or under its column',
  keywords: ['ckyc', 'kyc identifier', 'kyc_identifier'],
  window: { before: 48, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{14}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => !isTrivialNumber(s) && !inLongerNumber(ctx) && hasContext(ctx, CKYC_CONTEXT, { before: 48 }),
  redactAs: 'national-id',
  references: ['https://www.ckycindia.in/ckyc/index.php', 'https://www.cersai.org.in/CERSAI/ckycr.prg'],
  examples: {
    positive: [
      `record_no,applicant_name,pan,ckyc_no,kyc_mode\n1,A. Example,ABCPE0000A,${fake('{d14}', 101838)},OKYC_XML`,
      `CKYC number: ${fake('{d14}', 101839)} (downloaded, no fresh KYC needed)`,
    ],
    negative: [
      // a 14-digit account or reference number with no CKYC label, a placeholder
      `NACH mandate ref ${fake('{d14}', 101840)} registered`,
      'CKYC number: 00000000000000',
    ],
  },
});
