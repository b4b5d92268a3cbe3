import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-scim-token',
  category: 'secret',
  description: 'GitLab SCIM OAuth access token (glsoat-…)',
  keywords: ['glsoat-'],
  // glsoat- + either the legacy body ([\w-]{20}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glsoat-(?:[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7).split('.')[0] ?? '', 3),
  publicPrefix: 7,
  envName: 'GITLAB_SCIM_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/api/scim/'],
  examples: {
    positive: [
      `GITLAB_SCIM_TOKEN=${fake('glsoat-{w20}')}`,
      `token: "${fake('glsoat-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_SCIM_TOKEN=${fake('glsoat-{w12}')}`,
      'GITLAB_SCIM_TOKEN=glsoat-xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_SCIM_TOKEN=glsoat-<token>',
      `GITLAB_SCIM_TOKEN=${fake('gloas-{w64}')}`,
    ],
  },
});
