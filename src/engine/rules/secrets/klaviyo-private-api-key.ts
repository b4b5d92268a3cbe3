import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// Klaviyo's private API keys: `pk_` and 34 hexadecimal digits, sent as `Authorization:
// Klaviyo-API-Key pk_…`. They read and write a company's lists, profiles and campaigns. (Klaviyo's
// public key is the six-character site id; Stripe's publishable keys are `pk_live_`/`pk_test_`.)
export default defineRule({
  id: 'klaviyo-private-api-key',
  category: 'secret',
  description: 'Klaviyo private API key (pk_ and 34 hex digits)',
  keywords: ['pk_'],
  pattern: /(?<![\w]|(?<!:)-)pk_[0-9a-f]{34}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(3), 3),
  publicPrefix: 3,
  envName: 'KLAVIYO_PRIVATE_API_KEY',
  references: ['https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication'],
  examples: {
    positive: [`KLAVIYO_PRIVATE_KEY=pk_${fake('{h34}', 1251)}`, `headers: { Authorization: 'Klaviyo-API-Key pk_${fake('{h34}', 1252)}', revision: '2024-02-15' }`],
    negative: [`STRIPE_PUBLISHABLE_KEY=pk_live_${fake('{a24}', 1253)}`, `pk_${fake('{h32}', 1254)}`, 'KLAVIYO_PRIVATE_KEY=pk_0000000000000000000000000000000000'],
  },
});
