import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-incoming-mail-token',
  category: 'secret',
  description: 'GitLab incoming email token (glimt-…)',
  keywords: ['glimt-'],
  // glimt- + either the legacy body ([\w-]{20,25}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glimt-(?:[\w-]{20,25}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6).split('.')[0] ?? '', 3),
  publicPrefix: 6,
  envName: 'GITLAB_INCOMING_EMAIL_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/security/tokens/#incoming-email-token'],
  examples: {
    positive: [
      `GITLAB_INCOMING_EMAIL_TOKEN=${fake('glimt-{w25}')}`,
      `token: "${fake('glimt-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_INCOMING_EMAIL_TOKEN=${fake('glimt-{w12}')}`,
      'GITLAB_INCOMING_EMAIL_TOKEN=glimt-xxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_INCOMING_EMAIL_TOKEN=glimt-<token>',
      `GITLAB_INCOMING_EMAIL_TOKEN=${fake('glft-{w20}')}`,
    ],
  },
});
