import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-feed-token',
  category: 'secret',
  description: 'GitLab feed token (glft-…)',
  keywords: ['glft-'],
  // glft- + either the legacy body ([\w-]{20}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glft-(?:[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(5).split('.')[0] ?? '', 3),
  publicPrefix: 5,
  envName: 'GITLAB_FEED_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/security/tokens/#feed-token'],
  examples: {
    positive: [
      `GITLAB_FEED_TOKEN=${fake('glft-{w20}')}`,
      `token: "${fake('glft-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_FEED_TOKEN=${fake('glft-{w12}')}`,
      'GITLAB_FEED_TOKEN=glft-xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_FEED_TOKEN=glft-<token>',
      `GITLAB_FEED_TOKEN=${fake('glpat-{w20}')}`,
    ],
  },
});
