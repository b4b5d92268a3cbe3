import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// Toss Payments' secret keys: `live_sk_` (or `live_gsk_`, an API-individual integration's) and the
// key. They authorise payments and refunds with HTTP Basic (`-u live_sk_…:`). Test keys (`test_sk_`)
// reach no money and are left alone; client keys (`live_ck_`, `live_gck_`) are public by design:
// the payment widget sends them from the browser.
export default defineRule({
  id: 'toss-payments-secret-key',
  category: 'secret',
  description: 'Toss Payments live secret key (live_sk_…, live_gsk_…)',
  keywords: ['live_sk_', 'live_gsk_'],
  pattern: /(?<![\w]|(?<!:)-)live_g?sk_[A-Za-z0-9]{20,50}(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.indexOf('_', 5) + 1);
    return hasCharClasses(body, 3) && looksRandom(body, 3.5);
  },
  publicPrefix: 8,
  envName: 'TOSS_SECRET_KEY',
  references: ['https://docs.tosspayments.com/reference/using-api/api-keys', 'https://docs.tosspayments.com/reference/using-api/authorization'],
  examples: {
    positive: [
      `TOSS_SECRET_KEY=live_sk_${fake('{a28}', 1201)}`,
      `curl -s -u live_gsk_${fake('{a32}', 1202)}: https://api.tosspayments.com/v1/payments/confirm`,
    ],
    negative: [
      `TOSS_SECRET_KEY=test_sk_${fake('{a28}', 1203)}`,
      `NEXT_PUBLIC_TOSS_CLIENT_KEY=live_ck_${fake('{a28}', 1204)}`,
      'TOSS_SECRET_KEY=live_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
