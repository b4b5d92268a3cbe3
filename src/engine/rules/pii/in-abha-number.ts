import { defineRule, fake } from '../defineRule';
import { hasContext, isTrivialNumber, NOT_IN_LONGER_NUMBER } from './_context';

/** Labels of an ABHA number: ABHA, Ayushman Bharat Health Account, health id, a column named for it. */
const ABHA_CONTEXT = /(?<![a-z])(?:abha|ayushman[ _-]?bharat|health[ _-]?id|phr[ _-]?(?:id|number))/iu;

/** Sample numbers of ABDM's sandbox guides: digit groups repeated (91-1111-2222-3334). */
const SAMPLE = /^\d{2}(\d)\1{3}(\d)\2{3}/u;

function sample(seed: number): string {
  const d = `91${fake('{d12}', seed)}`;
  return `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6, 10)}-${d.slice(10)}`;
}

// An ABHA number (Ayushman Bharat Health Account, India's health id under ABDM): fourteen digits,
// written XX-XXXX-XXXX-XXXX. Its check digit's scheme is not published, so a label or a column
// named for it must be near (ABHA, health id); the sandbox guides' repeated groups are samples.
export default defineRule({
  id: 'in-abha-number',
  category: 'pii',
  description: 'Indian ABHA health id number (XX-XXXX-XXXX-XXXX), near a label',
  keywords: ['abha', 'ayushman', 'health id', 'health_id', 'healthid'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: new RegExp(String.raw`(?<![\w.-])\d{2}(-?)\d{4}\1\d{4}\1\d{4}(?![\w-])` + NOT_IN_LONGER_NUMBER, 'gu'),
  validate: (s, ctx) => {
    const digits = s.replace(/-/gu, '');
    return !isTrivialNumber(digits) && !SAMPLE.test(digits) && hasContext(ctx, ABHA_CONTEXT, { before: 64 });
  },
  redactAs: 'health-id',
  references: ['https://abdm.gov.in/abha'],
  examples: {
    positive: [
      `patient ABHA is ${sample(911)} (address \`someone@abdm\`)`,
      `report_id,patient_name,mobile,abha_number,collected_at\nRPT-4988309,A. Person,8202445290,${sample(912)},2026-11-01T06:34:00+05:30`,
    ],
    negative: ['ABHA number, e.g. `91-1111-2222-3334` in the sandbox guide', `booking ${sample(913)}`],
  },
});
