import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'pulumi-access-token',
  category: 'secret',
  description: 'Pulumi Cloud access token (pul-…)',
  keywords: ['pul-'],
  // pul- + 40 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)pul-[a-f0-9]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3),
  publicPrefix: 4,
  envName: 'PULUMI_ACCESS_TOKEN',
  references: ['https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/'],
  examples: {
    positive: [`PULUMI_ACCESS_TOKEN=${fake('pul-{h40}')}`, `env:\n  PULUMI_ACCESS_TOKEN: "${fake('pul-{h40}', 9)}"`],
    negative: [fake('pul-{h39}'), 'PULUMI_ACCESS_TOKEN=pul-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('pul-{a40}')],
  },
});
