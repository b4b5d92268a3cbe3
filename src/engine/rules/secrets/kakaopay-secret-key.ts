import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// KakaoPay's secret keys for its open API: `PRD` (production) or `DEV` (development) and 37 upper-case
// hex digits, sent as `Authorization: SECRET_KEY <key>`. The prefix and the length together are
// the format; a key of either kind approves and cancels payments, so both count.
export default defineRule({
  id: 'kakaopay-secret-key',
  category: 'secret',
  description: 'KakaoPay open-API secret key (PRD… or DEV… and 37 hex digits)',
  keywords: ['secret_key', 'secret key', 'secretkey', 'kakao'],
  window: { before: 0, after: 400 },
  pattern: /(?<![\w]|(?<!:)-)(?:PRD|DEV)[0-9A-F]{37}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(3), 3),
  publicPrefix: 3,
  envName: 'KAKAOPAY_SECRET_KEY',
  references: ['https://developers.kakaopay.com/docs/getting-started/api-key/api-key', 'https://developers.kakaopay.com/docs/payment/online/single-payment'],
  examples: {
    positive: [
      `curl -X POST https://open-api.kakaopay.com/online/v1/payment/ready \\\n  -H "Authorization: SECRET_KEY PRD${fake('{H37}', 1211)}"`,
      `kakaopay:\n  secret-key: DEV${fake('{H37}', 1212)}`,
    ],
    negative: [
      `kakaopay:\n  secret-key: \${KAKAOPAY_SECRET_KEY}`,
      `build: PRD${fake('{H36}', 1213)}`,
      'kakao secret key: PRD0000000000000000000000000000000000000',
    ],
  },
});
