import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'new-relic-insights-insert-key',
  category: 'secret',
  description: 'New Relic Insights insert key (NRII-…)',
  keywords: ['nrii-'],
  // NRII- + 32 base64url characters
  pattern: /(?<![\w]|(?<!:)-)NRII-[\w-]{32}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5), 3),
  publicPrefix: 5,
  envName: 'NEW_RELIC_INSERT_KEY',
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/', 'https://docs.newrelic.com/docs/data-apis/ingest-apis/event-api/introduction-event-api/'],
  examples: {
    positive: [
      `NEW_RELIC_INSERT_KEY=${fake('NRII-{w32}')}`,
      `curl -X POST https://insights-collector.newrelic.com/v1/accounts/1234567/events -H "X-Insert-Key: ${fake('NRII-{w32}', 2)}" -d @events.json`,
    ],
    negative: [
      `NEW_RELIC_INSERT_KEY=${fake('NRII-{w32}').slice(0, -2)}`,
      'NEW_RELIC_INSERT_KEY=NRII-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `NEW_RELIC_INSERT_KEY=${fake('NRII-{w32}', 3).replace('NRII-', 'NRIQ-')}`,
      `NEW_RELIC_INSERT_KEY=${fake('NRII-{w32}', 4).toLowerCase()}`,
    ],
  },
});
