import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'rubygems-api-key',
  category: 'secret',
  description: 'RubyGems.org API key (rubygems_…)',
  keywords: ['rubygems_'],
  // rubygems_ + 48 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)rubygems_[a-f0-9]{48}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(9), 2) && looksRandom(s.slice(9), 3),
  publicPrefix: 9,
  envName: 'GEM_HOST_API_KEY',
  references: ['https://guides.rubygems.org/api-key-scopes/'],
  examples: {
    positive: [`GEM_HOST_API_KEY=${fake('rubygems_{h48}')}`, `---\n:rubygems_api_key: ${fake('rubygems_{h48}', 2)}`],
    negative: [fake('rubygems_{h40}'), 'GEM_HOST_API_KEY=rubygems_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('rubygems_{a48}')],
  },
});
