import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'digitalocean-refresh-token',
  category: 'secret',
  description: 'DigitalOcean OAuth refresh token (dor_v1_…)',
  keywords: ['dor_v1_'],
  // dor_v1_ + 64 lower-case hex
  pattern: /(?<![\w]|(?<!:)-)dor_v1_[a-f0-9]{64}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7), 3),
  publicPrefix: 7,
  envName: 'DIGITALOCEAN_REFRESH_TOKEN',
  references: ['https://docs.digitalocean.com/reference/api/create-personal-access-token/', 'https://docs.digitalocean.com/reference/api/oauth/'],
  examples: {
    positive: [
      `DIGITALOCEAN_REFRESH_TOKEN=${fake('dor_v1_{h64}')}`,
      `curl -H "Authorization: Bearer ${fake('dor_v1_{h64}', 2)}" https://api.digitalocean.com/v2/account`,
    ],
    negative: [
      fake('dor_v1_{h63}'),
      fake('dor_v2_{h64}'),
      'DIGITALOCEAN_REFRESH_TOKEN=dor_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('dop_v1_{h64}'),
      fake('doo_v1_{h64}'),
    ],
  },
});
