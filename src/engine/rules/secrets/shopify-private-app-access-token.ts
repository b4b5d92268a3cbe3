import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'shopify-private-app-access-token',
  category: 'secret',
  description: 'Shopify private app access token (shppa_…)',
  keywords: ['shppa_'],
  // shppa_ + 32 hex
  pattern: /(?<![\w]|(?<!:)-)shppa_[a-fA-F0-9]{32}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6), 3),
  publicPrefix: 6,
  envName: 'SHOPIFY_PRIVATE_APP_PASSWORD',
  references: ['https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin', 'https://shopify.dev/docs/apps/build/authentication-authorization'],
  examples: {
    positive: [
      `SHOPIFY_PRIVATE_APP_PASSWORD=${fake('shppa_{h32}')}`,
      `const client = new shopify.clients.Rest({ session, accessToken: '${fake('shppa_{h32}', 3)}' });`,
    ],
    negative: [
      fake('shppa_{h31}'),
      fake('shppa_{h33}'),
      'SHOPIFY_PRIVATE_APP_PASSWORD=shppa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('shpat_{h32}'),
      fake('shpca_{h32}'),
      fake('shpss_{h32}'),
    ],
  },
});
