import { defineRule, fake } from '../defineRule';

export default defineRule({
  id: 'plaid-access-token',
  category: 'secret',
  description: 'Plaid Item access token (access-production-/development-/sandbox-<uuid>)',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
  // access- + environment + - + UUID
  pattern: /(?<![\w]|(?<!:)-)access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gu,
  validate: (s) => !/(.)\1{7}/u.test(s.slice(-36).replace(/-/gu, '')),
  publicPrefix: 7,
  envName: 'PLAID_ACCESS_TOKEN',
  references: ['https://plaid.com/docs/api/tokens/#token-exchange-flow'],
  examples: {
    positive: [
      `PLAID_ACCESS_TOKEN=${fake('access-production-{h8}-{h4}-{h4}-{h4}-{h12}')}`,
      `{"access_token": "${fake('access-sandbox-{h8}-{h4}-{h4}-{h4}-{h12}', 2)}", "item_id": "${fake('{a37}', 3)}"}`,
    ],
    negative: [
      fake('public-sandbox-{h8}-{h4}-{h4}-{h4}-{h12}'),
      fake('link-sandbox-{h8}-{h4}-{h4}-{h4}-{h12}'),
      'PLAID_ACCESS_TOKEN=access-sandbox-00000000-0000-0000-0000-000000000000',
    ],
  },
});
