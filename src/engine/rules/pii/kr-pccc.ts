import { defineRule } from '../defineRule';
import { hasContext, isTrivialNumber } from './_context';

/** Labels of a personal customs clearance code: Korean (개인통관고유부호, 통관부호), English, Korea Customs' UNI-PASS. */
const PCCC_CONTEXT = /통관|pccc|customs[ _-]?(?:clearance[ _-]?)?(?:code|id|no|number)|personal[ _-]?customs|unipass|uni-pass/iu;

// A Korean personal customs clearance code (개인통관고유부호, PCCC): `P` and twelve digits, which Korea
// Customs issues to a person in place of the resident registration number, and which every overseas
// order shipped to Korea carries. It names its holder: a marketplace's order export, a courier's
// customs declaration, a support chat where the buyer types it. No public check digit: the label
// says what it is (a column, `customsCode`, a log's `customs code … code=`), within two lines.
export default defineRule({
  id: 'kr-pccc',
  category: 'pii',
  description: 'Korean personal customs clearance code (개인통관고유부호: P and 12 digits) beside its label',
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![A-Za-z0-9_-])P\d{12}(?![\w-])/gu,
  validate: (s, ctx) => !isTrivialNumber(s.slice(1)) && hasContext(ctx, PCCC_CONTEXT, { before: 160, lines: 2 }),
  redactAs: 'national-id',
  references: ['https://unipass.customs.go.kr/csp/persIndex.do'],
  examples: {
    positive: [
      '| 항목 | 값 |\n|---|---|\n| 신규 통관부호 | P506100209621 |',
      '주문번호\t수령인\t개인통관고유부호\tSKU\nKM-1\t임하늘\tP240400075165\tKM-JFD-2201',
      '{ "nameEn": "JANG HA-NEUL", "customsCode": "P954600017978" }',
      'WARN customs.UnipassClient - customs code mismatch name=임하늘 code=P205500026328 result=NAME_MISMATCH',
      '[상담원] 개인통관고유부호 다시 한 번 확인 부탁드려요.\n[임하늘] P468000032241 이거 맞아요',
    ],
    negative: [
      // a part number, a placeholder code, a code with no label
      'SKU P123456789012 restocked',
      '개인통관고유부호: P000000000000 (예시)',
      'batch P998877665544 closed',
    ],
  },
});
