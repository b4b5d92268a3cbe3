import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'infracost-api-key',
  category: 'secret',
  description: 'Infracost API key (ico-…)',
  keywords: ['ico-'],
  // ico- + 32 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)ico-[A-Za-z0-9]{32}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'INFRACOST_API_KEY',
  references: ['https://www.infracost.io/docs/integrations/environment_variables/'],
  examples: {
    positive: [`INFRACOST_API_KEY=${fake('ico-{a32}')}`, `infracost configure set api_key ${fake('ico-{a32}', 2)}`],
    negative: [fake('ico-{a20}'), 'INFRACOST_API_KEY=ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'favicon-16x16-and-32x32-sized-image.png'],
  },
});
