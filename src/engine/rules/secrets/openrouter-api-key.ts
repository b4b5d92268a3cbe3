import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'openrouter-api-key',
  category: 'secret',
  description: 'OpenRouter API key (sk-or-v1-…)',
  keywords: ['sk-or-v1-'],
  // sk-or-v1- + 64 hexadecimal characters
  pattern: /(?<![\w]|(?<!:)-)sk-or-v1-[0-9a-f]{64}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(9), 3),
  publicPrefix: 9,
  envName: 'OPENROUTER_API_KEY',
  references: ['https://openrouter.ai/docs/api-reference/authentication'],
  examples: {
    positive: [`OPENROUTER_API_KEY=${fake('sk-or-v1-{h64}', 78653)}`, `here is the key: ${fake('sk-or-v1-{h64}', 78654)} (rotate it after the demo)`],
    negative: [`OPENROUTER_API_KEY=${fake('sk-or-v1-{h63}', 78653)}`, 'OPENROUTER_API_KEY=sk-or-v1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'OPENROUTER_API_KEY=${OPENROUTER_API_KEY}'],
  },
});
