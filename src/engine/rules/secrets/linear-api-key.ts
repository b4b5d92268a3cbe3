import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'linear-api-key',
  category: 'secret',
  description: 'Linear personal API key (lin_api_…)',
  keywords: ['lin_api_'],
  // lin_api_ + 40 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)lin_api_[A-Za-z0-9]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(8), 3.5),
  publicPrefix: 8,
  envName: 'LINEAR_API_KEY',
  references: ['https://linear.app/developers/graphql#personal-api-keys'],
  examples: {
    positive: [
      `LINEAR_API_KEY=${fake('lin_api_{a40}')}`,
      `const linear = new LinearClient({ apiKey: "${fake('lin_api_{a40}', 7)}" });`,
    ],
    negative: [
      fake('lin_api_{a39}'),
      'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'export LINEAR_API_KEY="lin_api_your_key_here"',
      fake('lin_oauth_{h64}'),
    ],
  },
});
