import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'firecrawl-api-key',
  category: 'secret',
  description: 'Firecrawl web-scraping API key (fc-…)',
  keywords: ['fc-'],
  // fc- + 32 lower-case hex digits
  pattern: /(?<![\w]|(?<!:)-)fc-[0-9a-f]{32}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(3), 3),
  publicPrefix: 3,
  envName: 'FIRECRAWL_API_KEY',
  references: ['https://docs.firecrawl.dev/api-reference/introduction#authentication'],
  examples: {
    positive: [`FIRECRAWL_API_KEY=fc-${fake('{h32}', 101214)}`, `app = FirecrawlApp(api_key="fc-${fake('{h32}', 101215)}")`],
    negative: [`FIRECRAWL_API_KEY=fc-${fake('{h31}', 101214)}`, 'FIRECRAWL_API_KEY=fc-YOUR_API_KEY', `build id abc-fc-${fake('{h32}', 101216)}`],
  },
});
