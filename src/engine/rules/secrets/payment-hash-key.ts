import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

/**
 * The published test values of ECPay's stage merchants (2000132 and 3002607), in its developer
 * documentation: every integration guide and sample carries them.
 */
const DOCUMENTED_TEST_VALUES = new Set(['5294y06JbISpM5x9', 'v77hoKGq4kWxNNIS', 'pwFHCqoQZGmho4w6', 'EkRm7iFT261dpevs']);

// The HashKey and HashIV of a Taiwanese payment gateway's merchant (ECPay 綠界, NewebPay 藍新): the
// secret pair that signs the merchant's requests (CheckMacValue) and encrypts its trade data
// (AES). With them anyone can forge a payment notification. 16 or 32 letters and digits after a
// HashKey/HashIV label, in configs, code and the gateway's activation mail (`HashKey：…`).
export default defineRule({
  id: 'payment-hash-key',
  category: 'secret',
  description: "A Taiwanese payment gateway's HashKey or HashIV (ECPay, NewebPay) after its label",
  keywords: ['hashkey', 'hash_key', 'hashiv', 'hash_iv', 'hash key', 'hash iv'],
  window: { before: 8, after: 64 },
  // (Also at the end of a camelCase name, `EcpayHashKey`, and as a .NET appSettings entry's
  // `<add key="EcpayHashIV" value="…" />`.)
  pattern: /(?:(?<![A-Za-z])(?:HashKey|HashIV|HashIv|hashKey|hashIV|hashIv|hash_key|hash_iv|HASH_KEY|HASH_IV|Hash Key|Hash IV)|(?<=[a-z])(?:HashKey|HashIV|HashIv))["']?(?:[ \t]*(?:[:=：]|=>)|[ \t]+value=)[ \t]*["']?([A-Za-z0-9]{16}|[A-Za-z0-9]{32})(?![A-Za-z0-9])/gu,
  secretGroup: 1,
  // (An IV of sixteen letters may have no digit: random letters of both cases do.)
  validate: (s) => !DOCUMENTED_TEST_VALUES.has(s) && (hasCharClasses(s, 3) || (hasCharClasses(s, 2) && /[a-z]/u.test(s) && /[A-Z]/u.test(s) && looksRandom(s, 3.4))),
  envName: 'PAYMENT_HASH_KEY',
  references: ['https://developers.ecpay.com.tw/?p=2902', 'https://www.newebpay.com/website/Page/content/download_api'],
  examples: {
    positive: [
      `    hash_key: "${fake('{a8}', 701)}4${fake('{a7}', 702)}"`,
      `  HashIV：${fake('{A5}', 703)}7${fake('{a10}', 704)}`,
      `\thashKey    = "${fake('{a12}', 705)}9${fake('{A19}', 706)}"`,
      `    <add key="ShopHashKey" value="${fake('{L7}', 707)}3${fake('{A8}', 708)}" />`,
      `NEWEBPAY_HASH_IV=${fake('{L8}{A8}', 709)}`,
    ],
    negative: ['    hash_key: "5294y06JbISpM5x9"', '  hash_key = "UserId"', '    hash_key: "${ECPAY_HASH_KEY}"', `HashKey: ${'a'.repeat(16)}`, 'CACHE_HASH_IV=abcdefghijklmnop', 'SpringHashKey: ConfigurationKeys'],
  },
});
