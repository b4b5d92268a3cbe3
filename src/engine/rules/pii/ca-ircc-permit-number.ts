import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { hasContext } from './_context';

/** Its labels: a study or work permit's number (`Study permit`, `permis d'études`), a column `Permit no.`. */
const PERMIT_CONTEXT = native(/(?<![\p{L}])(?:(?:study|work|temporary resident)[ _-]?permit|permit[ _-]?(?:no|nr|number|#)|permis d['’](?:études|etudes|travail)|n[uú]m[eé]ro de permis)(?![\p{L}_])/iu);

// The number of a permit that Immigration, Refugees and Citizenship Canada issues: a study permit's
// starts with F, a work permit's with U, then nine digits (`F123456789`), printed at the top of the
// permit and asked for by every school's and employer's onboarding form. Nothing in the number
// checks it, and the shape is common enough (a part number, a flight), so it needs its label or
// its column.
export default defineRule({
  id: 'ca-ircc-permit-number',
  category: 'pii',
  description: "Canadian study or work permit number (IRCC: F or U and nine digits), near its label or under its column",
  keywords: ['permit', 'permis'],
  window: { before: 64, after: 2000 },
  columns: true,
  pattern: /(?<![\w-])[FU]\d{9}(?![\w-])/gu,
  validate: (s, ctx) => !/^[FU](\d)\1{8}$|^[FU]123456789$/u.test(s) && hasContext(ctx, PERMIT_CONTEXT, { before: 64 }),
  redactAs: 'national-id',
  references: ['https://www.canada.ca/en/immigration-refugees-citizenship/services/study-canada/study-permit/after-apply-next-steps/understand-your-permit.html'],
  examples: {
    positive: [
      `| Student | Passport | Study permit | Permit expiry |\n|---|---|---|---|\n| A. Example | XX0000000 | F${fake('{d9}', 101831)} | 2026-06-16 |`,
      `Work permit no.: U${fake('{d9}', 101832)} (valid until 2027-01-31)`,
      `Numéro de permis d'études : F${fake('{d9}', 101833)}`,
    ],
    negative: [
      // the same shape as a part number, and a form's placeholder
      `Replacement filter F${fake('{d9}', 101834)} ships Monday`,
      'Study permit number: F123456789 (example)',
      'Study permit: F000000000',
    ],
  },
});
