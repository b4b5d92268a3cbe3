import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'new-relic-insights-query-key',
  category: 'secret',
  description: 'New Relic Insights query key (NRIQ-…)',
  keywords: ['nriq-'],
  // NRIQ- + 32 base64url characters
  pattern: /(?<![\w]|(?<!:)-)NRIQ-[\w-]{32}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5), 3),
  publicPrefix: 5,
  envName: 'NEW_RELIC_QUERY_KEY',
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/', 'https://docs.newrelic.com/docs/insights/insights-api/get-data/query-insights-event-data-api/'],
  examples: {
    positive: [
      `NEW_RELIC_QUERY_KEY=${fake('NRIQ-{w32}')}`,
      `curl -H "X-Query-Key: ${fake('NRIQ-{w32}', 2)}" "https://insights-api.newrelic.com/v1/accounts/1234567/query?nrql=SELECT+count(*)+FROM+Transaction"`,
    ],
    negative: [
      `NEW_RELIC_QUERY_KEY=${fake('NRIQ-{w32}').slice(0, -2)}`,
      'NEW_RELIC_QUERY_KEY=NRIQ-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `NEW_RELIC_QUERY_KEY=${fake('NRIQ-{w32}', 3).replace('NRIQ-', 'NRII-')}`,
      `NEW_RELIC_QUERY_KEY=${fake('NRIQ-{w32}', 4).toLowerCase()}`,
    ],
  },
});
