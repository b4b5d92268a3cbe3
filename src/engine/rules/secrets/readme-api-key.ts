import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'readme-api-key',
  category: 'secret',
  description: 'ReadMe API key (rdme_…)',
  keywords: ['rdme_'],
  // rdme_ + 70 lower-case letters and digits
  pattern: /(?<![\w]|(?<!:)-)rdme_[a-z0-9]{70}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'README_API_KEY',
  references: ['https://docs.readme.com/main/reference/intro/authentication'],
  examples: {
    positive: [`README_API_KEY=${fake('rdme_{l70}', 27603)}`, `here is the key: ${fake('rdme_{l70}', 27604)} (rotate it after the demo)`],
    negative: [`README_API_KEY=${fake('rdme_{l69}', 27603)}`, 'README_API_KEY=rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'README_API_KEY=${README_API_KEY}'],
  },
});
