import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-oauth-app-secret',
  category: 'secret',
  description: 'GitLab OAuth application secret (gloas-…)',
  keywords: ['gloas-'],
  // gloas- + either the legacy body ([\w-]{64}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)gloas-(?:[\w-]{64}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6).split('.')[0] ?? '', 3),
  publicPrefix: 6,
  envName: 'GITLAB_OAUTH_SECRET',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/integration/oauth_provider/'],
  examples: {
    positive: [
      `GITLAB_OAUTH_SECRET=${fake('gloas-{w64}')}`,
      `token: "${fake('gloas-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_OAUTH_SECRET=${fake('gloas-{w12}')}`,
      'GITLAB_OAUTH_SECRET=gloas-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_OAUTH_SECRET=gloas-<token>',
      `GITLAB_OAUTH_SECRET=${fake('glsoat-{w20}')}`,
    ],
  },
});
