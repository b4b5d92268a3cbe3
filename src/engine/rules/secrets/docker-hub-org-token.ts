import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'docker-hub-org-token',
  category: 'secret',
  description: 'Docker Hub organization access token (dckr_oat_…)',
  keywords: ['dckr_oat_'],
  // dckr_oat_ + 27-40 base64url characters (32 in the tokens seen so far; length not documented)
  pattern: /(?<![\w]|(?<!:)-)dckr_oat_[A-Za-z0-9_-]{27,40}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(9), 2) && minEntropy(s.slice(9), 3.2),
  publicPrefix: 9,
  envName: 'DOCKERHUB_TOKEN',
  references: ['https://docs.docker.com/security/for-admins/access-tokens/'],
  examples: {
    positive: [
      `DOCKER_API_TOKEN=${fake('dckr_oat_{w32}')}`,
      `docker login -u acme-org -p ${fake('dckr_oat_{w32}', 2)}`,
    ],
    negative: [
      `DOCKER_API_TOKEN=${fake('dckr_oat_{w16}')}`,
      'DOCKER_API_TOKEN=dckr_oat_...',
      'DOCKER_API_TOKEN=dckr_oat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `DOCKER_API_TOKEN=${fake('dckr_pat_{w27}')}`,
    ],
  },
});
