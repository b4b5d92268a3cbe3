import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'new-relic-admin-api-key',
  category: 'secret',
  description: 'New Relic admin API key (NRAA-…)',
  keywords: ['nraa-'],
  // NRAA- + 27 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)NRAA-[A-Za-z0-9]{27}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5), 3),
  publicPrefix: 5,
  envName: 'NEW_RELIC_ADMIN_API_KEY',
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/'],
  examples: {
    positive: [
      `NEW_RELIC_ADMIN_API_KEY=${fake('NRAA-{u27}')}`,
      `curl -X POST https://api.newrelic.com/graphql -H "API-Key: ${fake('NRAA-{u27}', 2)}" -d @query.json`,
    ],
    negative: [
      `NEW_RELIC_ADMIN_API_KEY=${fake('NRAA-{u27}').slice(0, -2)}`,
      'NEW_RELIC_ADMIN_API_KEY=NRAA-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `NEW_RELIC_ADMIN_API_KEY=${fake('NRAA-{u27}', 3).replace('NRAA-', 'NRAK-')}`,
      `NEW_RELIC_ADMIN_API_KEY=${fake('NRAA-{u27}', 4).toLowerCase()}`,
    ],
  },
});
