import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-pat',
  category: 'secret',
  description: 'GitLab personal, project, group or impersonation access token (glpat-…)',
  keywords: ['glpat-'],
  // glpat- + either the legacy body ([\w-]{20}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glpat-(?:[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6).split('.')[0] ?? '', 3),
  publicPrefix: 6,
  envName: 'GITLAB_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/user/profile/personal_access_tokens/'],
  examples: {
    positive: [
      `GITLAB_TOKEN=${fake('glpat-{w20}')}`,
      `token: "${fake('glpat-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_TOKEN=${fake('glpat-{w12}')}`,
      'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_TOKEN=glpat-<token>',
      `GITLAB_TOKEN=${fake('gldt-{w20}')}`,
    ],
  },
});
