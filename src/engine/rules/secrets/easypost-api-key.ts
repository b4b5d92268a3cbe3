import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'easypost-api-key',
  category: 'secret',
  description: 'EasyPost API key (EZAK… production, EZTK… test)',
  keywords: ['ezak', 'eztk'],
  // EZAK (production) / EZTK (test) + 54 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)EZ[AT]K[A-Za-z0-9]{54}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'EASYPOST_API_KEY',
  references: ['https://docs.easypost.com/docs/authentication'],
  examples: {
    positive: [`EASYPOST_API_KEY=${fake('EZAK{a54}')}`, `client = easypost.EasyPostClient("${fake('EZTK{a54}', 2)}")`],
    negative: [fake('EZAK{a40}'), 'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('EZXK{a54}')],
  },
});
