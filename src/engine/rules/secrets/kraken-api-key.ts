import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Kraken exchange API key pair: the public API key is 56 base64 characters (sent in the API-Key
// header, it still authenticates every private call together with the signature), the private key
// 64 bytes in base64 (88 characters with its `==`). Neither has a prefix, so the value must stand
// under a key's name (`key`, `apiKey`, `KRAKEN_API_SECRET`) with Kraken named nearby: a client's
// credentials object (`KrakenCreds = { key: "…", secret: "…" }`), a bot's config section.
export default defineRule({
  id: 'kraken-api-key',
  category: 'secret',
  description: 'Kraken API key (56 base64 characters) or private key (88) under a key name, near "Kraken"',
  keywords: ['kraken'],
  window: { before: 300, after: 300 },
  pattern:
    /(?:\bkraken[\w.-]{0,24}?|(?<![\w-]))(?:(?:api[_-]?)?key|(?:api[_-]?)?(?:secret|private[_-]?key|priv[_-]?key))["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9+/]{56}|[A-Za-z0-9+/]{86}==)(?![\w+/=-])/giu,
  secretGroup: 1,
  validate: (s) => hasCharClasses(s, 3) && looksRandom(s.replace(/=+$/u, ''), 4.5),
  envName: 'KRAKEN_API_KEY',
  references: ['https://docs.kraken.com/api/docs/guides/spot-rest-auth/'],
  examples: {
    positive: [
      `// staging treasury sub-account\nexport const STAGING: KrakenCreds = {\n  key: "${fake('{b56}', 101248)}",\n  secret: "${fake('{b86}', 101249)}==",\n};`,
      `KRAKEN_API_KEY=${fake('{b56}', 101250)}`,
      `[kraken]\napi_key = ${fake('{b56}', 101251)}`,
    ],
    negative: [
      'KRAKEN_API_KEY=${KRAKEN_API_KEY}',
      // a key of another exchange's length beside Kraken's name
      `kraken: enabled\nbinance_api_key = ${fake('{a64}', 101252)}`,
      `[kraken]\napi_key = %(KRAKEN_API_KEY)s`,
    ],
  },
});
