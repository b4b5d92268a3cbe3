import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'square-legacy-access-token',
  category: 'secret',
  description: 'Square access token in the legacy format (sq0atp-…)',
  keywords: ['sq0atp-'],
  // sq0atp- + 22 base64url characters
  pattern: /(?<![\w]|(?<!:)-)sq0atp-[\w-]{22}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7), 3.2),
  publicPrefix: 7,
  envName: 'SQUARE_ACCESS_TOKEN',
  references: ['https://developer.squareup.com/docs/build-basics/access-tokens', 'https://developer.squareup.com/docs/oauth-api/overview'],
  examples: {
    positive: [`SQUARE_ACCESS_TOKEN=${fake('sq0atp-{w22}')}`, `square_token: "${fake('sq0atp-{w22}', 2)}"`],
    negative: [
      fake('sq0atp-{w20}'),
      fake('sq0csp-{w22}'),
      fake('sq0idp-{w22}'),
      'SQUARE_ACCESS_TOKEN=sq0atp-xxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
