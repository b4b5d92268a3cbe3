import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

/**
 * A Mercado Pago access token under `prefix` (APP_USR in production, TEST in the sandbox): the
 * application id (digits), a six-digit date, 32 hex digits and the seller's user id.
 */
export function mercadoPagoToken(prefix: string): RegExp {
  return new RegExp(String.raw`(?<![\w]|(?<!:)-)${prefix}-\d{10,20}-\d{6}-[0-9a-f]{32}-\d{6,12}(?![\w-])`, 'gu');
}

/** The token's 32 hex digits look random (not a run of one digit, not a counting sequence). */
export function hasRandomHex(token: string): boolean {
  return looksRandom(token.split('-')[3] as string, 3);
}

export default defineRule({
  id: 'mercadopago-access-token',
  category: 'secret',
  description: 'Mercado Pago production access token (APP_USR-<app id>-<date>-<32 hex>-<user id>)',
  keywords: ['app_usr-'],
  // APP_USR- + the application id (digits) + a six-digit date + 32 hex + the seller's user id.
  // NOTE: a public key is APP_USR- + a UUID; it is meant for the browser and does not match here.
  pattern: mercadoPagoToken('APP_USR'),
  validate: hasRandomHex,
  publicPrefix: 8,
  envName: 'MP_ACCESS_TOKEN',
  references: ['https://www.mercadopago.com/developers/en/docs/your-integrations/credentials'],
  examples: {
    positive: [`MP_ACCESS_TOKEN=${fake('APP_USR-{d16}-{d6}-{h32}-{d9}')}`, `mercadopago.configure({ access_token: "${fake('APP_USR-{d16}-{d6}-{h32}-{d9}', 2)}" })`],
    negative: [
      `MP_PUBLIC_KEY=APP_USR-8f4c2a1e-5b7d-4e3a-9c6f-2d1b0a9e8c7f`,
      `MP_ACCESS_TOKEN=APP_USR-${'1'.repeat(16)}-010125-${'0'.repeat(32)}-123456789`,
      `MP_ACCESS_TOKEN=APP_USR-xxxxxxxxxxxxxxxx-xxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxx`,
    ],
  },
});
