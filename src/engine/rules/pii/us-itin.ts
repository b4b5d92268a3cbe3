import { defineRule, fake } from '../defineRule';
import { hasContext, inLongerNumber, isTrivialNumber } from './_context';

const ITIN_CONTEXT = /(?<![a-z])(?:itin|tin(?![a-z])|taxpayer id|individual taxpayer|tax ?payer identification|ref\*sy\*$)/u;

// 9 + 2 digits (area) + group + 4 digits. The IRS issues ITINs with group 50-65, 70-88, 90-92 and
// 94-99. Dashed values stand alone; spaced or undashed ones need an ITIN/TIN label nearby.
export default defineRule({
  id: 'us-itin',
  category: 'pii',
  description: 'US Individual Taxpayer Identification Number (9XX-7X-XXXX)',
  // Dashed ITINs appear without a label; the pattern starts at a literal 9.
  keywords: [],
  pattern: /(?<![\w-])9\d{2}([- ]?)(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])\1\d{4}(?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    if (d.slice(5) === '0000' || isTrivialNumber(d) || inLongerNumber(ctx)) return false;
    return ctx.match[1] === '-' || hasContext(ctx, ITIN_CONTEXT, { after: 16 });
  },
  redactAs: 'itin',
  references: ['https://www.irs.gov/individuals/individual-taxpayer-identification-number'],
  examples: {
    positive: [`ITIN: 9${fake('{d2}', 21)}-7${fake('{d1}-{d4}', 22)}`, `taxpayer_tin = "9${fake('{d2}', 21)}8${fake('{d1}{d4}', 23)}"`],
    negative: [
      `ITIN: 9${fake('{d2}', 21)}-4${fake('{d1}-{d4}', 22)}`,
      `ITIN: 9${fake('{d2}', 21)}-93-${fake('{d4}', 22)}`,
      `order 9${fake('{d2}', 21)}8${fake('{d1}{d4}', 23)}`,
      'ITIN: 900-70-0000',
    ],
  },
});
