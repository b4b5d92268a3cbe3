import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'postman-api-key',
  category: 'secret',
  description: 'Postman API key (PMAK-…)',
  keywords: ['pmak-'],
  // PMAK- + 24 hex (key id) + - + 34 hex (secret)
  pattern: /(?<![\w]|(?<!:)-)PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(30), 3),
  publicPrefix: 5,
  envName: 'POSTMAN_API_KEY',
  references: ['https://learning.postman.com/docs/developer/postman-api/authentication/'],
  examples: {
    positive: [`POSTMAN_API_KEY=${fake('PMAK-{h24}-{h34}')}`, `curl -H "X-API-Key: ${fake('PMAK-{h24}-{h34}', 3)}" https://api.getpostman.com/me`],
    negative: [fake('PMAK-{h24}-{h20}'), 'POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('PMAT-{h24}-{h34}')],
  },
});
