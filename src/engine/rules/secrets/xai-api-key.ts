import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'xai-api-key',
  category: 'secret',
  description: 'xAI (Grok) API key (xai-…)',
  keywords: ['xai-'],
  // xai- + 80 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)xai-[A-Za-z0-9]{80}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'XAI_API_KEY',
  references: ['https://docs.x.ai/docs/overview'],
  examples: {
    positive: [`XAI_API_KEY=${fake('xai-{a80}')}`, `client = OpenAI(base_url="https://api.x.ai/v1", api_key="${fake('xai-{a80}', 2)}")`],
    negative: [fake('xai-{a40}'), 'XAI_API_KEY=xai-your-api-key-here', fake('xai_{a80}')],
  },
});
