import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'shopify-custom-app-access-token',
  category: 'secret',
  description: 'Shopify custom app access token (shpca_…)',
  keywords: ['shpca_'],
  // shpca_ + 32 hex
  pattern: /(?<![\w]|(?<!:)-)shpca_[a-fA-F0-9]{32}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6), 3),
  publicPrefix: 6,
  envName: 'SHOPIFY_ACCESS_TOKEN',
  references: ['https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin', 'https://shopify.dev/docs/apps/build/authentication-authorization'],
  examples: {
    positive: [
      `SHOPIFY_ACCESS_TOKEN=${fake('shpca_{h32}')}`,
      `const client = new shopify.clients.Rest({ session, accessToken: '${fake('shpca_{h32}', 3)}' });`,
    ],
    negative: [
      fake('shpca_{h31}'),
      fake('shpca_{h33}'),
      'SHOPIFY_ACCESS_TOKEN=shpca_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('shpat_{h32}'),
      fake('shppa_{h32}'),
      fake('shpss_{h32}'),
    ],
  },
});
