import { defineRule, fake } from '../defineRule';

// Uganda's National Identification Number (NIN) on the national ID card: fourteen characters, CM
// for a man or CF for a woman, two digits of the birth year, six more digits, then four letters
// or digits. The sex prefix, the digits and the closing letters together are its mark: it stands
// alone in an export or a ticket.
export default defineRule({
  id: 'ug-nin',
  category: 'pii',
  description: 'Ugandan National Identification Number (CM/CF + 8 digits + 4 letters or digits)',
  // (No keywords: `cm` and `cf` hide in common words; the rule runs near clusters of digits.)
  keywords: [],
  nearDigits: 'dense',
  pattern: /(?<![\w-])C[MF]\d{8}(?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{4}(?![\w-])/gu,
  validate: (s) => !/^C[MF](\d)\1{7}/u.test(s),
  redactAs: 'national-id',
  references: ['https://www.nira.go.ug/'],
  examples: {
    positive: [
      `customer_id\tname\tnin\tmsisdn\nUG-1\tA. Example\tCF${fake('{d8}', 9301)}${fake('{u4}', 9302)}\t2567xx\n`,
      `NIN: CM${fake('{d8}', 9303)}${fake('{u3}', 9304)}7`,
    ],
    negative: [`part CM${fake('{d8}', 9305)}0000`, `CF${fake('{d8}', 9306)}`, `sku CMX${fake('{d8}', 9307)}ABCD`],
  },
});
