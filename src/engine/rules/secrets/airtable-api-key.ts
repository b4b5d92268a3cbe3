import { defineRule, fake } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'airtable-api-key',
  category: 'secret',
  description: 'Airtable legacy API key (key + 14 characters) near a mention of Airtable',
  keywords: ['airtable'],
  // key + 14 alphanumerics; the shape is common, so "airtable" must appear close by
  pattern: /(?<![\w.]|(?<!:)-)key[A-Za-z0-9]{14}(?![\w.-])/gu,
  validate: (s, ctx) => {
    const body = s.slice(3);
    return /\d/u.test(body) && /[A-Za-z]/u.test(body) && looksRandom(body, 3) && isNear(ctx, /airtable/iu, 250, 100);
  },
  publicPrefix: 3,
  envName: 'AIRTABLE_API_KEY',
  references: ['https://support.airtable.com/docs/airtable-api-key-deprecation-notice'],
  examples: {
    positive: [`AIRTABLE_API_KEY=${fake('key{a14}')}`, `base = Airtable(api_key="${fake('key{a14}', 4)}").base("appXyz")`],
    negative: [
      `STRIPE_KEY=${fake('key{a14}')}`,
      'airtable: keyboardShortcuts enabled',
      `AIRTABLE_API_KEY=${fake('key{a10}')}`,
      `AIRTABLE_API_KEY=${fake('pat{a14}.{h64}')}`,
    ],
  },
});
