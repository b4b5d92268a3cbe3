import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'new-relic-browser-api-key',
  category: 'secret',
  description: 'New Relic browser API key (NRJS-…)',
  keywords: ['nrjs-'],
  // NRJS- + 19 lower-case hex
  pattern: /(?<![\w]|(?<!:)-)NRJS-[a-f0-9]{19}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5), 3),
  publicPrefix: 5,
  envName: 'NEW_RELIC_BROWSER_KEY',
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/'],
  examples: {
    positive: [
      `NEW_RELIC_BROWSER_KEY=${fake('NRJS-{h19}')}`,
      `;NREUM.loader_config={accountID:"1234567",trustKey:"1234567",agentID:"601234567",licenseKey:"${fake('NRJS-{h19}', 2)}",applicationID:"601234567"};`,
    ],
    negative: [
      `NEW_RELIC_BROWSER_KEY=${fake('NRJS-{h19}').slice(0, -2)}`,
      'NEW_RELIC_BROWSER_KEY=NRJS-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `NEW_RELIC_BROWSER_KEY=${fake('NRJS-{h19}', 3).replace('NRJS-', 'NRAK-')}`,
      `NEW_RELIC_BROWSER_KEY=${fake('NRJS-{h19}', 4).toLowerCase()}`,
    ],
  },
});
