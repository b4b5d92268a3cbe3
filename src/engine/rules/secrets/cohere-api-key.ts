import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'cohere-api-key',
  category: 'secret',
  description: 'Cohere API key: 40 alphanumerics named as a Cohere key or passed to the Cohere client',
  keywords: ['cohere', 'co_api_key', 'co-api-key'],
  // 40 alphanumerics assigned to COHERE_API_KEY / CO_API_KEY and the like, or given to cohere.Client(...)
  pattern: new RegExp(
    [
      keyedSource(String.raw`cohere[\w.-]{0,16}?(?:api[_-]?)?(?:key|token)|\bco[_-]api[_-]key`, String.raw`[A-Za-z0-9]{40}(?![\w-])`),
      String.raw`cohere\.(?:Async)?Client(?:V2)?\([ \t]{0,3}(?:api_key[ \t]{0,2}=[ \t]{0,2})?\\?["']([A-Za-z0-9]{40})\\?["']`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'COHERE_API_KEY',
  references: ['https://docs.cohere.com/reference/about'],
  examples: {
    positive: [
      `COHERE_API_KEY=${fake('{a40}')}`,
      `co = cohere.ClientV2(api_key="${fake('{a40}', 2)}")`,
      // a notebook's cell, its source JSON-escaped
      `    "co = cohere.Client(\\"${fake('{a40}', 101431)}\\")\\n",`,
    ],
    negative: [`COHERE_API_KEY=${fake('{a32}')}`, `OPENAI_API_KEY=${fake('{a40}')}`, 'COHERE_API_KEY=<your-cohere-api-key>'],
  },
});
