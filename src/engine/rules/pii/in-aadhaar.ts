import { defineRule, fake } from '../defineRule';
import { verhoeff, withVerhoeff } from './_checksums';
import { hasContext, inLongerNumber, isTrivialNumber } from './_context';
import { breakLastDigit, group } from './_format';

const AADHAAR_CONTEXT = /(?<![a-z])(?:aadh?aa?r|uidai|uid(?![a-z])|आधार)/u;

// Twelve digits, first 2-9, the last a Verhoeff check. Written 4 4 4 (spaces or dashes) it stands
// alone; undivided it needs an Aadhaar/UID label nearby.
export default defineRule({
  id: 'in-aadhaar',
  category: 'pii',
  description: 'Indian Aadhaar number (12 digits, Verhoeff check)',
  // The 4 4 4 form appears without a label; the pattern starts at a digit 2-9.
  keywords: [],
  pattern: /(?<![\w-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\w-])/gu,
  nearDigits: 'dense',
  validate: (s, ctx) => {
    const d = s.replace(/\D/gu, '');
    // (UIDAI's test numbers start 9999 9999.)
    if (!verhoeff(d) || isTrivialNumber(d) || d.startsWith('99999999') || inLongerNumber(ctx)) return false;
    return ctx.match[1] !== '' || hasContext(ctx, AADHAAR_CONTEXT, { after: 16 });
  },
  redactAs: 'aadhaar',
  references: ['https://uidai.gov.in/en/ecosystem/authentication-devices-documents/about-aadhaar.html'],
  examples: {
    positive: [
      `Aadhaar: ${group(withVerhoeff('7' + fake('{d10}', 61)), [4, 4, 4])}`,
      `"aadhaar_no": "${withVerhoeff('4' + fake('{d10}', 62))}"`,
    ],
    negative: [
      'Aadhaar (UIDAI test): 9999 9999 0019',
      `Aadhaar: ${group(breakLastDigit(withVerhoeff('7' + fake('{d10}', 61))), [4, 4, 4])}`,
      `Aadhaar: ${group(withVerhoeff('1' + fake('{d10}', 63)), [4, 4, 4])}`,
      `invoice ${withVerhoeff('4' + fake('{d10}', 62))}`,
      `card ${group(withVerhoeff('7' + fake('{d10}', 61)), [4, 4, 4])} 1234`,
    ],
  },
});
