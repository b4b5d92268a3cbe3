import { defineRule, fake } from '../defineRule';

// A French payroll declaration (DSN, déclaration sociale nominative) as employers send it every
// month: one `<block>.<field>,'<value>'` record a line. Its blocks name the fields, so the personal
// ones are known by their code alone: an employee's date of birth (S21.G00.30.006, DDMMYYYY) and
// street line (S21.G00.30.008), and the declaration's contact person, whose name and phone are
// S10.G00.02.002 and .005 (S20.G00.07.001 and .002 in the declared company's block; their e-mail
// fields are email-address's).
// (The NIR in S21.G00.30.001, 13 characters without its key, is fr-nir-dsn's; the surname and given names, .002 and .004, each one
// word of a name in its own field, are left as the split name columns' decision leaves them.)
export default defineRule({
  id: 'fr-dsn-personal-field',
  category: 'pii',
  description: "Personal field of a French payroll declaration (DSN): an employee’s date of birth or street line, the contact person’s name or phone",
  keywords: ['s21.g00.30.00', 's10.g00.02.00', 's20.g00.07.00'],
  window: { before: 0, after: 120 },
  pattern: /(?<![^\n])S(?:21\.G00\.30\.00[68]|10\.G00\.02\.00[25]|20\.G00\.07\.00[12]),'([^'\r\n]{2,120})'/gu,
  secretGroup: 1,
  validate: (s) => !/^(?:0+|X+|NEANT|N\/A)$/iu.test(s),
  redactAs: 'personal-field',
  references: ['https://www.net-entreprises.fr/media/documentation/dsn-cahier-technique-2024.1.pdf'],
  examples: {
    positive: [
      `S21.G00.30.001,'${fake('{d13}', 101836)}'\nS21.G00.30.006,'14071983'\nS21.G00.30.007,'LYON'\nS21.G00.30.008,'12 RUE DES EXEMPLES'\nS21.G00.30.009,'69003'`,
      `S10.G00.02.001,'01'\nS10.G00.02.002,'AGATHE EXEMPLE'\nS10.G00.02.004,'paie@kestrel-boulangeries.fr'\nS10.G00.02.005,'06${fake('{d8}', 101837)}'`,
    ],
    negative: [
      // the employee's sex and place of birth, a declaration's header fields, an empty contact
      "S21.G00.30.005,'02'\nS21.G00.30.007,'BAYONNE'\nS10.G00.01.006,'PARIS'",
      "S10.G00.02.005,'0000000000'",
    ],
  },
});
