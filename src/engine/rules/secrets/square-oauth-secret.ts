import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'square-oauth-secret',
  category: 'secret',
  description: 'Square OAuth application secret (sq0csp-…)',
  keywords: ['sq0csp-'],
  // sq0csp- + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)sq0csp-[\w-]{43}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7), 3.5),
  publicPrefix: 7,
  envName: 'SQUARE_APPLICATION_SECRET',
  references: ['https://developer.squareup.com/docs/oauth-api/overview', 'https://developer.squareup.com/reference/square/o-auth-api/obtain-token'],
  examples: {
    positive: [
      `SQUARE_APPLICATION_SECRET=${fake('sq0csp-{w43}')}`,
      `{"client_id": "${fake('sq0idp-{w22}')}", "client_secret": "${fake('sq0csp-{w43}', 2)}", "grant_type": "authorization_code"}`,
    ],
    negative: [
      fake('sq0csp-{w40}'),
      `SQUARE_APPLICATION_ID=${fake('sq0idp-{w22}')}`,
      fake('sq0atp-{w43}'),
      'SQUARE_APPLICATION_SECRET=sq0csp-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
});
