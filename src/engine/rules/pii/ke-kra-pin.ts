import { defineRule } from '../defineRule';
import { hasContext } from './_context';

/** Labels of a KRA PIN: `KRA PIN`, `kra_pin`, iTax, a PIN column. */
const KRA_CONTEXT = /(?<![a-z])(?:kra|itax|pin)(?![a-z])|(?:^|[\s_-])(?:kra|pin)(?:[\s_-]|$)/u;

// Kenya's KRA PIN, the Kenya Revenue Authority's taxpayer number: a letter, nine digits, a letter
// (A… for a person, P… for a company). A person's is personal data; with its label only, as
// `A` + nine digits + a letter also spells part numbers.
export default defineRule({
  id: 'ke-kra-pin',
  category: 'pii',
  description: "A person's Kenyan KRA PIN (A + 9 digits + letter) near a KRA or PIN label",
  keywords: ['kra', 'itax', 'pin'],
  window: { before: 80, after: 40 },
  columns: true,
  pattern: /(?<![\w-])A\d{9}[A-Z](?![\w-])/gu,
  validate: (s, ctx) => hasContext(ctx, KRA_CONTEXT, { before: 60 }),
  redactAs: 'tax-id',
  references: ['https://www.kra.go.ke/individual/individual-pin-registration/learn-about-pin/about-pin'],
  examples: {
    positive: ['notes: KRA PIN A090621793Q verified manually', 'kra_pin: A012345678Z', '"kraPin": "A004519233M"'],
    negative: ['part A090621793Q in stock', 'KRA PIN P051234567X', 'KRA PIN: <A_PIN>'],
  },
});
