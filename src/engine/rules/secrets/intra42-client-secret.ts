import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'intra42-client-secret',
  category: 'secret',
  description: '42 Intra API client secret (s-s4t2ud-… / s-s4t2af-…)',
  keywords: ['s-s4t2'],
  // s-s4t2ud- or s-s4t2af- + 64 hex
  pattern: /(?<![\w]|(?<!:)-)s-s4t2(?:ud|af)-[0-9a-f]{64}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(9), 3),
  publicPrefix: 9,
  envName: 'FT_CLIENT_SECRET',
  references: ['https://api.intra.42.fr/apidoc/guides/getting_started'],
  examples: {
    positive: [`FT_CLIENT_SECRET=${fake('s-s4t2ud-{h64}', 12881)}`, `here is the key: ${fake('s-s4t2ud-{h64}', 12882)} (rotate it after the demo)`],
    negative: [`FT_CLIENT_SECRET=${fake('s-s4t2ud-{h63}', 12881)}`, 'FT_CLIENT_SECRET=s-s4t2ud-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'FT_CLIENT_SECRET=${FT_CLIENT_SECRET}'],
  },
});
