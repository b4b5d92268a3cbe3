import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'shopify-shared-secret',
  category: 'secret',
  description: 'Shopify app shared secret (shpss_…)',
  keywords: ['shpss_'],
  // shpss_ + 32 hex
  pattern: /(?<![\w]|(?<!:)-)shpss_[a-fA-F0-9]{32}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6), 3),
  publicPrefix: 6,
  envName: 'SHOPIFY_API_SECRET',
  references: ['https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin', 'https://shopify.dev/docs/apps/build/authentication-authorization'],
  examples: {
    positive: [
      `SHOPIFY_API_SECRET=${fake('shpss_{h32}')}`,
      `const shopify = shopifyApi({ apiKey: process.env.SHOPIFY_API_KEY, apiSecretKey: '${fake('shpss_{h32}', 3)}' });`,
    ],
    negative: [
      fake('shpss_{h31}'),
      fake('shpss_{h33}'),
      'SHOPIFY_API_SECRET=shpss_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('shpat_{h32}'),
      fake('shpca_{h32}'),
      fake('shppa_{h32}'),
    ],
  },
});
