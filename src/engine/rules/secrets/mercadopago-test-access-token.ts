import { defineRule, fake } from '../defineRule';
import { hasRandomHex, mercadoPagoToken } from './mercadopago-access-token';

export default defineRule({
  id: 'mercadopago-test-access-token',
  category: 'secret',
  description: 'Mercado Pago sandbox access token (TEST-<app id>-<date>-<32 hex>-<user id>)',
  keywords: ['test-'],
  // The production token's shape (mercadopago-access-token) under the sandbox's TEST- prefix. It
  // reads and writes the test account's payments, so it is a credential like Stripe's sk_test_ keys.
  // NOTE: the sandbox public key is TEST- + a UUID and does not match here.
  pattern: mercadoPagoToken('TEST'),
  validate: hasRandomHex,
  publicPrefix: 5,
  envName: 'MP_ACCESS_TOKEN',
  references: ['https://www.mercadopago.com/developers/en/docs/your-integrations/credentials'],
  examples: {
    positive: [`MP_ACCESS_TOKEN=${fake('TEST-{d16}-{d6}-{h32}-{d9}', 101787)}`, `sdk = mercadopago.SDK("${fake('TEST-{d16}-{d6}-{h32}-{d9}', 101788)}")`],
    negative: [
      `MP_PUBLIC_KEY=TEST-8f4c2a1e-5b7d-4e3a-9c6f-2d1b0a9e8c7f`,
      `MP_ACCESS_TOKEN=TEST-${'1'.repeat(16)}-010125-${'0'.repeat(32)}-123456789`,
      `MP_ACCESS_TOKEN=TEST-xxxx`,
      `MP_ACCESS_TOKEN=${fake('APP_USR-{d16}-{d6}-{h32}-{d9}', 101789)}`,
    ],
  },
});
