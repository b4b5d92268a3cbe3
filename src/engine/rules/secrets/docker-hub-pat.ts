import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'docker-hub-pat',
  category: 'secret',
  description: 'Docker Hub personal access token (dckr_pat_…)',
  keywords: ['dckr_pat_'],
  // dckr_pat_ + 27 base64url characters
  pattern: /(?<![\w]|(?<!:)-)dckr_pat_[A-Za-z0-9_-]{27}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(9), 2) && minEntropy(s.slice(9), 3.2),
  publicPrefix: 9,
  envName: 'DOCKERHUB_TOKEN',
  references: ['https://docs.docker.com/security/for-developers/access-tokens/'],
  examples: {
    positive: [
      `echo ${fake('dckr_pat_{w27}')} | docker login -u acme --password-stdin`,
      `DOCKERHUB_TOKEN=${fake('dckr_pat_{w27}', 2)}`,
    ],
    negative: [
      `DOCKERHUB_TOKEN=${fake('dckr_pat_{w20}')}`,
      'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DOCKERHUB_TOKEN=dckr_pat_<token>',
      `DOCKERHUB_TOKEN=${fake('dckr_oat_{w32}')}`,
    ],
  },
});
