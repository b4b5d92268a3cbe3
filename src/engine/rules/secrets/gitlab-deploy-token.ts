import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-deploy-token',
  category: 'secret',
  description: 'GitLab deploy token (gldt-…)',
  keywords: ['gldt-'],
  // gldt- + either the legacy body ([\w-]{20}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)gldt-(?:[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5).split('.')[0] ?? '', 3),
  publicPrefix: 5,
  envName: 'GITLAB_DEPLOY_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/user/project/deploy_tokens/'],
  examples: {
    positive: [
      `GITLAB_DEPLOY_TOKEN=${fake('gldt-{w20}')}`,
      `token: "${fake('gldt-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_DEPLOY_TOKEN=${fake('gldt-{w12}')}`,
      'GITLAB_DEPLOY_TOKEN=gldt-xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_DEPLOY_TOKEN=gldt-<token>',
      `GITLAB_DEPLOY_TOKEN=${fake('glpat-{w20}')}`,
    ],
  },
});
