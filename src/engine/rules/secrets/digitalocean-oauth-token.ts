import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'digitalocean-oauth-token',
  category: 'secret',
  description: 'DigitalOcean OAuth access token (doo_v1_…)',
  keywords: ['doo_v1_'],
  // doo_v1_ + 64 lower-case hex
  pattern: /(?<![\w]|(?<!:)-)doo_v1_[a-f0-9]{64}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7), 3),
  publicPrefix: 7,
  envName: 'DIGITALOCEAN_OAUTH_TOKEN',
  references: ['https://docs.digitalocean.com/reference/api/create-personal-access-token/', 'https://docs.digitalocean.com/reference/api/oauth/'],
  examples: {
    positive: [
      `DIGITALOCEAN_OAUTH_TOKEN=${fake('doo_v1_{h64}')}`,
      `curl -H "Authorization: Bearer ${fake('doo_v1_{h64}', 2)}" https://api.digitalocean.com/v2/account`,
    ],
    negative: [
      fake('doo_v1_{h63}'),
      fake('doo_v2_{h64}'),
      'DIGITALOCEAN_OAUTH_TOKEN=doo_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      fake('dop_v1_{h64}'),
      fake('dor_v1_{h64}'),
    ],
  },
});
