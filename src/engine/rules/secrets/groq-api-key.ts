import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'groq-api-key',
  category: 'secret',
  description: 'Groq API key (gsk_…)',
  keywords: ['gsk_'],
  // gsk_ + 52 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)gsk_[A-Za-z0-9]{52}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'GROQ_API_KEY',
  references: ['https://console.groq.com/docs/quickstart'],
  examples: {
    positive: [`GROQ_API_KEY=${fake('gsk_{a52}')}`, `client = Groq(api_key="${fake('gsk_{a52}', 2)}")`],
    negative: [fake('gsk_{a40}'), 'GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('gsx_{a52}')],
  },
});
