import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'digitalocean-personal-access-token',
  category: 'secret',
  description: 'DigitalOcean personal access token (dop_v1_…)',
  keywords: ['dop_v1_'],
  // dop_v1_ + 64 lower-case hex
  pattern: /(?<![\w]|(?<!:)-)dop_v1_[a-f0-9]{64}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7), 3),
  publicPrefix: 7,
  envName: 'DIGITALOCEAN_ACCESS_TOKEN',
  references: ['https://docs.digitalocean.com/reference/api/create-personal-access-token/', 'https://docs.digitalocean.com/reference/api/oauth/'],
  examples: {
    positive: [
      `DIGITALOCEAN_ACCESS_TOKEN=${fake('dop_v1_{h64}')}`,
      `curl -H "Authorization: Bearer ${fake('dop_v1_{h64}', 2)}" https://api.digitalocean.com/v2/account`,
    ],
    negative: [
      fake('dop_v1_{h63}'),
      fake('dop_v2_{h64}'),
      'DIGITALOCEAN_ACCESS_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('doo_v1_{h64}'),
      fake('dor_v1_{h64}'),
    ],
  },
});
