import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'replicate-api-token',
  category: 'secret',
  description: 'Replicate API token (r8_…)',
  keywords: ['r8_'],
  // r8_ + 37 alphanumerics (40 characters in all)
  pattern: /(?<![\w]|(?<!:)-)r8_[A-Za-z0-9]{37}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(3), 2) && looksRandom(s.slice(3), 3.5),
  publicPrefix: 3,
  envName: 'REPLICATE_API_TOKEN',
  references: ['https://replicate.com/docs/reference/http#authentication'],
  examples: {
    positive: [`REPLICATE_API_TOKEN=${fake('r8_{a37}')}`, `client = replicate.Client(api_token="${fake('r8_{a37}', 2)}")`],
    negative: [fake('r8_{a30}'), 'REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('r9_{a37}')],
  },
});
