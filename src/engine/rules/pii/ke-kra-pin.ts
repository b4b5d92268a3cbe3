import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { hasContext, hasCountryCell, isZeroPadded, matchLine } from './_context';

/** Labels of a KRA PIN: `KRA PIN`, `kra_pin`, iTax, a PIN column. */
const KRA_CONTEXT = /(?<![a-z])(?:kra|itax|pin)(?![a-z])|(?:^|[\s_-])(?:kra|pin)(?:[\s_-]|$)/u;

/** A Kenyan mobile with its country code (`2547…`, `+254 1…`): with a country cell `KE`, what makes a row a Kenyan customer's. */
const KENYAN_MOBILE = native(/(?<![\d+])\+?254[ ]?[17]\d{2}[ ]?\d{3}[ ]?\d{3}(?!\d)/u);

/** A form's hint or a sample before the value (`e.g. A001234567Z`). */
const SAMPLE_BEFORE = native(/(?:e\.g\.|eg\.?|example:?|z\.b\.|like)[ \t]*["'`]?$/iu);

// Kenya's KRA PIN, the Kenya Revenue Authority's taxpayer number: a letter, nine digits, a letter
// (A… for a person, P… for a company). A person's is personal data; with its label, as `A` + nine
// digits + a letter also spells part numbers, or on a Kenyan customer's row (a KYC export's
// `secondary_id` beside the country `KE` and a 254 mobile).
export default defineRule({
  id: 'ke-kra-pin',
  category: 'pii',
  description: "A person's Kenyan KRA PIN (A + 9 digits + letter) near a KRA or PIN label",
  keywords: ['kra', 'itax', 'pin', ',ke,', '254'],
  window: { before: 80, after: 40 },
  columns: true,
  pattern: /(?<![\w-])A\d{9}[A-Z](?![\w-])/gu,
  validate: (s, ctx) => {
    if (isZeroPadded(s) || SAMPLE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return false;
    return hasContext(ctx, KRA_CONTEXT, { before: 60 }) || hasCountryCell(ctx, /^KE$/u) || KENYAN_MOBILE.test(matchLine(ctx, 400));
  },
  redactAs: 'tax-id',
  references: ['https://www.kra.go.ke/individual/individual-pin-registration/learn-about-pin/about-pin'],
  examples: {
    positive: [
      'notes: KRA PIN A090621793Q verified manually',
      'kra_pin: A012345678Z',
      '"kraPin": "A004519233M"',
      // a KYC export's secondary id on a Kenyan customer's row
      `ZLC100425,KE,A. Example,1990-02-13,F,NATIONAL_ID,${fake('{d8}', 101349)},A0${fake('{d8}', 101350)}G,2547${fake('{d8}', 101351)},a@example.com`,
    ],
    negative: [
      'part A090621793Q in stock',
      'KRA PIN P051234567X',
      'KRA PIN: <A_PIN>',
      // a form's hint and a fixture's zero-padded stand-in
      '<string name="hint_kra">e.g. A001234567Z</string>',
      '"kra_pin": "A000000000X"',
    ],
  },
});
