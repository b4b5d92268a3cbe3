import { defineRule } from '../defineRule';
import { myNumberChecksum } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of Japan's Individual Number. */
const MY_NUMBER_CONTEXT = /(?<![a-z])(?:my[ _-]?number|mynumber|individual[ _-]?number|kojin[ _-]?bango)(?![a-z])|マイナンバー|個人番号/iu;

// Japan's Individual Number (マイナンバー, 個人番号): twelve digits (written in one run or 4-4-4), the
// last a check digit over the eleven before it. Twelve-digit numbers are common (ids, amounts), so
// it needs its label near it.
export default defineRule({
  id: 'jp-my-number',
  category: 'pii',
  description: "Japan's Individual Number (マイナンバー, 12 digits with a check digit, near a label)",
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w.-])(?:\d{12}|\d{4}[ -]\d{4}[ -]\d{4})(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/[ -]/gu, '');
    return myNumberChecksum(digits) && !isTrivialNumber(digits) && hasContext(ctx, MY_NUMBER_CONTEXT, { before: 80 });
  },
  redactAs: 'national-id',
  references: ['https://www.digital.go.jp/policies/mynumber'],
  examples: {
    positive: ['マイナンバー：4485 7196 9867', 'JP_MY_NUMBER | 910237543382 |', '"my_number": "764707222123"'],
    negative: ['マイナンバー：4485 7196 9868', 'order 448571969867', 'my number is 1234 5678 9012'],
  },
});
