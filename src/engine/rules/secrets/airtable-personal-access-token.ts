import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'airtable-personal-access-token',
  category: 'secret',
  description: 'Airtable personal access token (pat….…)',
  keywords: ['pat'],
  // the keyword is the token's own prefix
  window: { before: 0, after: 90 },
  // pat + 14 alphanumerics (token id) + . + 64 lower-case hex characters (secret)
  pattern: /(?<![\w.]|(?<!:)-)pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![\w.-])/gu,
  validate: (s) => looksRandom(s.slice(18), 3),
  publicPrefix: 3,
  envName: 'AIRTABLE_API_KEY',
  references: ['https://airtable.com/developers/web/guides/personal-access-tokens'],
  examples: {
    positive: [`AIRTABLE_API_KEY=${fake('pat{a14}.{h64}')}`, `curl -H "Authorization: Bearer ${fake('pat{a14}.{h64}', 3)}" https://api.airtable.com/v0/meta/bases`],
    negative: [fake('pat{a14}.{h32}'), fake('pat{a10}.{h64}'), 'AIRTABLE_API_KEY=patXXXXXXXXXXXXXX.xxxxxxxx', fake('key{a14}')],
  },
});
