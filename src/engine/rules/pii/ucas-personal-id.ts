import { defineRule, fake } from '../defineRule';
import { hasContext } from './_context';

/** UCAS's label or column: `UCAS ID`, `Personal ID` (UCAS's own export heads its first column so), `ucas_personal_id`. */
const UCAS_CONTEXT = /(?<![a-z])(?:ucas(?:[ _-]?(?:personal[ _-]?)?(?:id|no|number))?|personal[ _-]?id)(?![a-z])/iu;

// The UCAS Personal ID: the ten digits (written 123-456-7890) that UCAS gives each applicant to UK
// universities for life, on every application, offer and enrolment record. It identifies the
// applicant across institutions and years, as a national id does. Reported beside UCAS's name or
// under a Personal ID column only: the same shape is a North American phone number.
export default defineRule({
  id: 'ucas-personal-id',
  category: 'pii',
  description: 'UCAS Personal ID (a UK university applicant\'s ten-digit id, 123-456-7890) beside its label or under its column',
  keywords: ['ucas', 'personal id', 'personal_id', 'personalid'],
  columns: true,
  window: { before: 64, after: 4000 },
  pattern: /(?<![\w-])\d{3}-\d{3}-\d{4}(?![\w-])/gu,
  validate: (s, ctx) => !/^(\d)\1\1-\1\1\1-\1\1\1\1$/u.test(s) && hasContext(ctx, UCAS_CONTEXT, { before: 48 }),
  redactAs: 'national-id',
  references: ['https://www.ucas.com/undergraduate/applying-to-university/filling-in-your-ucas-undergraduate-application'],
  examples: {
    positive: [
      `Personal ID,Application Scheme Code,Course Code,Surname,Forenames\n${fake('{d3}-{d3}-{d4}', 101098)},U,B720,"Example","Clodagh"\n`,
      `Your UCAS Personal ID is ${fake('{d3}-{d3}-{d4}', 101099)} — quote it when you call.`,
    ],
    negative: ['Personal ID,Course\n000-000-0000,B720\n', `Call us on ${fake('{d3}-{d3}-{d4}', 101100)}`],
  },
});
