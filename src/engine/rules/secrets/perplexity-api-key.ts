import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'perplexity-api-key',
  category: 'secret',
  description: 'Perplexity API key (pplx-…)',
  keywords: ['pplx-'],
  // pplx- + 48 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)pplx-[A-Za-z0-9]{48}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(5), 2) && looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'PERPLEXITY_API_KEY',
  references: ['https://docs.perplexity.ai/guides/getting-started'],
  examples: {
    positive: [`PERPLEXITY_API_KEY=${fake('pplx-{a48}')}`, `curl https://api.perplexity.ai/chat/completions -H "Authorization: Bearer ${fake('pplx-{h48}', 2)}"`],
    negative: [fake('pplx-{a30}'), 'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('pplx_{a48}')],
  },
});
