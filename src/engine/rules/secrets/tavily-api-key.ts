import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'tavily-api-key',
  category: 'secret',
  description: 'Tavily search API key (tvly-…)',
  keywords: ['tvly-'],
  // tvly- + an optional dev-/prod- + 32 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'TAVILY_API_KEY',
  references: ['https://docs.tavily.com/documentation/api-reference/introduction'],
  examples: {
    positive: [`TAVILY_API_KEY=${fake('tvly-dev-{a32}', 15456)}`, `here is the key: ${fake('tvly-dev-{a32}', 15457)} (rotate it after the demo)`],
    negative: [`TAVILY_API_KEY=${fake('tvly-dev-{a31}', 15456)}`, 'TAVILY_API_KEY=tvly-dev-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TAVILY_API_KEY=${TAVILY_API_KEY}'],
  },
});
