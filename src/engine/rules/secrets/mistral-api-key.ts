import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'mistral-api-key',
  category: 'secret',
  description: 'Mistral AI API key: 32 alphanumerics named as a Mistral key or passed to the Mistral client',
  keywords: ['mistral'],
  // 32 alphanumerics assigned to MISTRAL_API_KEY and the like, or given to Mistral(api_key=...)
  pattern: new RegExp(
    [
      keyedSource(String.raw`mistral[\w.-]{0,16}?(?:api[_-]?)?(?:key|token)`, String.raw`[A-Za-z0-9]{32}(?![\w-])`),
      String.raw`Mistral(?:Client)?\([ \t]{0,3}(?:api_?key[ \t]{0,2}[=:][ \t]{0,2})?["']([A-Za-z0-9]{32})["']`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'MISTRAL_API_KEY',
  references: ['https://docs.mistral.ai/getting-started/quickstart/'],
  examples: {
    positive: [`MISTRAL_API_KEY=${fake('{a32}')}`, `client = Mistral(api_key="${fake('{a32}', 2)}")`],
    negative: [`MISTRAL_API_KEY=${fake('{a24}')}`, `MISTRAL_MODEL=mistral-large-latest`, 'MISTRAL_API_KEY=${MISTRAL_API_KEY}'],
  },
});
