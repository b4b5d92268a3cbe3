import { defineRule, fake } from '../defineRule';
import { isTrivialNumber } from './_context';

// An employee's NIR in a DSN (Déclaration sociale nominative, the French monthly payroll filing): the
// rubric S21.G00.30.001 holds it without its key, 13 characters, `S21.G00.30.001,'1840975123456'`.
// With no key to check, the rubric is the label: sex, year, month (or 20 and up for an unknown
// month), department (or Corsica's 2A and 2B), commune, order. (The filing's other personal fields,
// by their codes, are fr-dsn-personal-field's; this rule checks the NIR's structure and redacts it as one.)
export default defineRule({
  id: 'fr-nir-dsn',
  category: 'pii',
  description: 'French social security number (NIR) without its key, in a DSN payroll filing’s S21.G00.30.001 rubric',
  keywords: ['s21.g00.30.001'],
  pattern: /S21\.G00\.30\.001,'([1-478]\d{2}(?:0[1-9]|1[0-2]|[2-9]\d)(?:\d{2}|2[AB])\d{6})'/gu,
  secretGroup: 1,
  validate: (s) => !isTrivialNumber(s.slice(7)),
  redactAs: 'nir',
  references: ['https://www.net-entreprises.fr/media/documentation/dsn-cahier-technique-2024.1.pdf'],
  examples: {
    positive: [
      `S21.G00.30.001,'1${fake('{d2}', 101899)}0475${fake('{d6}', 101900)}'\nS21.G00.30.002,'EXEMPLE'`,
      `S21.G00.30.001,'2${fake('{d2}', 101901)}112A${fake('{d6}', 101902)}'`,
    ],
    negative: [
      // the rubric of a temporary number's (NTT, S21.G00.30.020), a trivial order, a month 13
      `S21.G00.30.020,'1${fake('{d2}', 101903)}0475${fake('{d6}', 101904)}'`,
      "S21.G00.30.001,'1840475000000'",
      "S21.G00.30.001,'1841375123456'",
    ],
  },
});
