import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'new-relic-user-api-key',
  category: 'secret',
  description: 'New Relic user API key (NRAK-…)',
  keywords: ['nrak-'],
  // NRAK- + 27 upper-case alphanumerics
  pattern: /(?<![\w]|(?<!:)-)NRAK-[A-Z0-9]{27}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5), 3),
  publicPrefix: 5,
  envName: 'NEW_RELIC_API_KEY',
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/'],
  examples: {
    positive: [
      `NEW_RELIC_API_KEY=${fake('NRAK-{u27}')}`,
      `curl -X POST https://api.newrelic.com/graphql -H "API-Key: ${fake('NRAK-{u27}', 2)}" -d @query.json`,
    ],
    negative: [
      `NEW_RELIC_API_KEY=${fake('NRAK-{u27}').slice(0, -2)}`,
      'NEW_RELIC_API_KEY=NRAK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `NEW_RELIC_API_KEY=${fake('NRAK-{u27}', 3).replace('NRAK-', 'NRAA-')}`,
      `NEW_RELIC_API_KEY=${fake('NRAK-{u27}', 4).toLowerCase()}`,
    ],
  },
});
