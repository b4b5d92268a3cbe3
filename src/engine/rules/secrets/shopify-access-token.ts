import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'shopify-access-token',
  category: 'secret',
  description: 'Shopify Admin API access token (shpat_…)',
  keywords: ['shpat_'],
  // shpat_ + 32 hex
  pattern: /(?<![\w]|(?<!:)-)shpat_[a-fA-F0-9]{32}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6), 3),
  publicPrefix: 6,
  envName: 'SHOPIFY_ACCESS_TOKEN',
  references: ['https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin', 'https://shopify.dev/docs/apps/build/authentication-authorization'],
  examples: {
    positive: [
      `SHOPIFY_ACCESS_TOKEN=${fake('shpat_{h32}')}`,
      `const client = new shopify.clients.Rest({ session, accessToken: '${fake('shpat_{h32}', 3)}' });`,
    ],
    negative: [
      fake('shpat_{h31}'),
      fake('shpat_{h33}'),
      'SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('shpca_{h32}'),
      fake('shppa_{h32}'),
      fake('shpss_{h32}'),
    ],
  },
});
