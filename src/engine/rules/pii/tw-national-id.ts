import { defineRule, fake } from '../defineRule';
import { twIdChecksum, withTwId } from './_checksums';
import { hasContext } from './_context';
import { breakLastDigit } from './_format';

/** Labels of a Taiwan identification number, in Chinese and English; a column header counts. */
const TW_ID_CONTEXT =
  /身分證|身份證|統一證號|居留證|國民身分|(?<![a-z])(?:national[ _-]?id|id[ _-]?(?:no|number|card)|tw[ _-]?id|roc[ _-]?id|identity[ _-]?card|resident[ _-]?certificate|arc[ _-]?(?:no|number))(?![a-z])/iu;

/** The Ministry of the Interior's own example, printed on every form and in every validator's tests. */
const MOI_EXAMPLE = 'A123456789';

// A Taiwan national identification number (國民身分證統一編號): a letter for the place of first
// registration, 1 or 2 for the sex (8 or 9 on the resident certificates of 2021), seven digits and a
// check digit (the letter's two digits and the nine digits weighted 1, 9, 8 … 1 sum to a multiple
// of ten). One random shape in ten passes the check, so a label must be near: 身分證字號, ID no.
export default defineRule({
  id: 'tw-national-id',
  category: 'pii',
  description: 'Taiwan national identification number (A123456789 shape, check digit), near a label',
  keywords: [],
  nearDigits: true,
  pattern: /(?<![\w-])[A-Z][1289]\d{8}(?![\w-])/gu,
  validate: (s, ctx) => s !== MOI_EXAMPLE && twIdChecksum(s) && hasContext(ctx, TW_ID_CONTEXT, { before: 80 }),
  redactAs: 'national-id',
  references: ['https://en.wikipedia.org/wiki/National_identification_card_(Taiwan)'],
  examples: {
    positive: [
      `我的身分證字號是 ${withTwId('B2' + fake('{d7}', 861))}，麻煩幫我確認延長保固`,
      `員工編號,姓名,英文姓名,身分證字號,出生日期\nTW1000,x,Chen Yi-chun,${withTwId('J2' + fake('{d7}', 862))},81/12/02`,
      `ID no: ${withTwId('A1' + fake('{d7}', 863))}`,
    ],
    negative: [
      `身分證字號: ${breakLastDigit(withTwId('B2' + fake('{d7}', 861)))}`,
      '身分證字號範例：A123456789',
      // a part number without a label
      `part ${withTwId('A1' + fake('{d7}', 863))} reel 4`,
    ],
  },
});
