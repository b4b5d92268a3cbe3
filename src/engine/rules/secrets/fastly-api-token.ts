import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSecret, looksRandom } from './_providerKit';

export default defineRule({
  id: 'fastly-api-token',
  category: 'secret',
  description: 'Fastly API token (32 characters named as a Fastly token or sent in the Fastly-Key header)',
  keywords: ['fastly'],
  // 32 base64url characters assigned to FASTLY_API_TOKEN / FASTLY_API_KEY or the Fastly-Key header
  pattern: keyedSecret(String.raw`fastly[\w.-]{0,20}?(?:api[_-]?)?(?:token|key)`, String.raw`[\w-]{32}(?![\w-])`),
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'FASTLY_API_TOKEN',
  references: ['https://www.fastly.com/documentation/reference/api/auth-tokens/'],
  examples: {
    positive: [`FASTLY_API_TOKEN=${fake('{w32}')}`, `curl -H "Fastly-Key: ${fake('{a32}', 2)}" https://api.fastly.com/service`],
    negative: [`FASTLY_SERVICE_ID=${fake('{a22}')}`, `FASTLY_API_TOKEN=${fake('{w20}')}`, 'FASTLY_API_TOKEN=${{ secrets.FASTLY_API_TOKEN }}'],
  },
});
