import { defineRule, fake } from '../defineRule';
import { auMedicareChecksum } from './_checksums';
import { hasContext, isTrivialNumber } from './_context';

const MEDICARE_CONTEXT = /(?<![a-z])medicare(?![a-z])/u;

function sample(seed: number): string {
  for (let s = seed; ; s++) {
    const v = `${2 + (s % 5)}${fake('{d9}', s)}`;
    if (auMedicareChecksum(v)) return v;
  }
}

// An Australian Medicare card number: ten digits written 4 5 1 (`2123 45670 1`), the first 2-6, the
// ninth a check digit over the first eight, the tenth the card's issue number; an eleventh, the
// person's reference number on the card, may follow. One number in ten passes the check, so a
// Medicare label must be near (on the line, or a column header above).
export default defineRule({
  id: 'au-medicare',
  category: 'pii',
  description: 'Australian Medicare card number (check digit), near a Medicare label',
  keywords: ['medicare'],
  window: { before: 64, after: 4000 },
  columns: true,
  // (Not NOT_IN_LONGER_NUMBER's comma group: a CSV row's next cell, the reference number, is `,2`.)
  pattern: /(?<![\w.-])[2-6]\d{3}( ?)\d{5}\1\d(?:[ /-]?\d)?(?![\w-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const d = s.replace(/[ /-]/gu, '');
    // (Nor the sample number of Services Australia's developer material and of forms' hints, `2123 45670 1`.)
    if (!auMedicareChecksum(d) || isTrivialNumber(d) || d === '2123456701') return false;
    return hasContext(ctx, MEDICARE_CONTEXT, { before: 100, after: 16 });
  },
  redactAs: 'id',
  references: ['https://www.servicesaustralia.gov.au/medicare-card'],
  examples: {
    positive: [
      `Medicare: ${sample(171).replace(/^(\d{4})(\d{5})(\d)$/u, '$1 $2 $3')}`,
      `employee_id,medicare_number,medicare_irn\nBAH-1047,${sample(172)},4`,
      `I think I typed my Medicare number into the promo code box at checkout by accident (${sample(174).replace(/^(\d{4})(\d{5})(\d)$/u, '$1 $2 $3')}).`,
    ],
    negative: [`Medicare: ${sample(171).slice(0, 8)}${(Number(sample(171)[8]) + 1) % 10}${sample(171)[9]}`, `invoice ${sample(173)}`, 'Medicare: 2123 45678 1', '<string name="medicare_hint">e.g. Medicare 2123 45670 1</string>'],
  },
});
