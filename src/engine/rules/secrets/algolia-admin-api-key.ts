import { defineRule, fake } from '../defineRule';
import { keyedSecret, looksRandom } from './_providerKit';

export default defineRule({
  id: 'algolia-admin-api-key',
  category: 'secret',
  description: 'Algolia admin (or write) API key, named as such',
  keywords: ['algolia'],
  // 32 lower-case hex characters assigned to an Algolia admin/write/API key name.
  // NOTE: search-only keys are public by design; names with "search", "public" or "read" are skipped.
  pattern: keyedSecret(
    String.raw`algolia[\w.-]{0,20}?(?:admin|write)[\w.-]{0,12}?key|algolia[_.-]?(?:api[_.-]?)?key`,
    String.raw`[a-f0-9]{32}(?![\w-])`,
  ),
  secretGroup: 1,
  validate: (s, ctx) => {
    const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
    const key = ctx.text.slice(Math.max(lineStart, ctx.start - 120), ctx.start);
    return !/search|public|read[_-]?only|publishable/iu.test(key) && looksRandom(s, 3);
  },
  envName: 'ALGOLIA_ADMIN_API_KEY',
  references: ['https://www.algolia.com/doc/guides/security/api-keys/'],
  examples: {
    positive: [
      `ALGOLIA_ADMIN_API_KEY=${fake('{h32}')}`,
      `algolia:\n  app_id: ${fake('{u10}')}\n  algolia_write_key: "${fake('{h32}', 2)}"`,
      `ALGOLIA_API_KEY=${fake('{h32}', 3)}`,
    ],
    negative: [
      `ALGOLIA_SEARCH_API_KEY=${fake('{h32}')}`,
      `NEXT_PUBLIC_ALGOLIA_API_KEY=${fake('{h32}', 4)}`,
      `ALGOLIA_APP_ID=${fake('{u10}')}`,
      `ALGOLIA_ADMIN_API_KEY=${fake('{h24}')}`,
    ],
  },
});
