import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'jina-api-key',
  category: 'secret',
  description: 'Jina AI API key (jina_…: Reader, embeddings, reranker)',
  keywords: ['jina_'],
  // jina_ + 60 letters and digits
  pattern: /(?<![\w]|(?<!:)-)jina_[A-Za-z0-9]{60}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'JINA_API_KEY',
  references: ['https://jina.ai/reader/'],
  examples: {
    positive: [`JINA_API_KEY=jina_${fake('{a60}', 101217)}`, `curl https://r.jina.ai/https://example.com -H "Authorization: Bearer jina_${fake('{a60}', 101218)}"`],
    negative: [`JINA_API_KEY=jina_${fake('{a59}', 101217)}`, 'JINA_API_KEY=jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'JINA_API_KEY=${JINA_API_KEY}'],
  },
});
