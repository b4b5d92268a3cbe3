import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'defined-networking-api-key',
  category: 'secret',
  description: 'Defined Networking (Managed Nebula) API key (dnkey-…)',
  keywords: ['dnkey-'],
  // dnkey- + 26 characters + - + 52 characters
  pattern: /(?<![\w]|(?<!:)-)dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(6), 3.5),
  publicPrefix: 6,
  envName: 'DN_API_KEY',
  references: ['https://docs.defined.net/guides/automating-host-creation/'],
  examples: {
    positive: [`DN_API_KEY=${fake('dnkey-{l26}-{l52}', 5092)}`, `here is the key: ${fake('dnkey-{l26}-{l52}', 5093)} (rotate it after the demo)`],
    negative: [`DN_API_KEY=${fake('dnkey-{l26}-{l51}', 5092)}`, 'DN_API_KEY=dnkey-xxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'DN_API_KEY=${DN_API_KEY}'],
  },
});
