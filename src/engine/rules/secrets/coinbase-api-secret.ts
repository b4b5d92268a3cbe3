import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSecret, looksRandom } from './_providerKit';

export default defineRule({
  id: 'coinbase-api-secret',
  category: 'secret',
  description: 'Coinbase API secret (legacy 32-character secret or base64 CDP key secret) named as a Coinbase secret',
  keywords: ['coinbase'],
  // 32-100 base64 characters assigned to COINBASE_API_SECRET / coinbase_secret_key and the like
  pattern: keyedSecret(String.raw`coinbase[\w.-]{0,24}?(?:api[_-]?)?(?:secret|private[_-]?key)`, String.raw`[A-Za-z0-9+/_-]{32,100}={0,2}(?![\w+/=-])`),
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s.replace(/=+$/u, ''), 3.5),
  envName: 'COINBASE_API_SECRET',
  references: ['https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys'],
  examples: {
    positive: [`COINBASE_API_SECRET=${fake('{a32}')}`, `coinbase_api_secret: "${fake('{b86}', 2)}=="`],
    negative: [`COINBASE_API_KEY_NAME=organizations/${fake('{h8}')}/apiKeys/${fake('{h8}', 2)}`, `COINBASE_API_SECRET=${fake('{a20}')}`, 'COINBASE_API_SECRET=${COINBASE_API_SECRET}'],
  },
});
