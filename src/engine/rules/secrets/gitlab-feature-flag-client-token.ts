import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-feature-flag-client-token',
  category: 'secret',
  description: 'GitLab feature flags client token (glffct-…)',
  keywords: ['glffct-'],
  // glffct- + either the legacy body ([\w-]{20}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glffct-(?:[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7).split('.')[0] ?? '', 3),
  publicPrefix: 7,
  envName: 'UNLEASH_API_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/operations/feature_flags/'],
  examples: {
    positive: [
      `UNLEASH_API_TOKEN=${fake('glffct-{w20}')}`,
      `token: "${fake('glffct-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `UNLEASH_API_TOKEN=${fake('glffct-{w12}')}`,
      'UNLEASH_API_TOKEN=glffct-xxxxxxxxxxxxxxxxxxxx',
      'UNLEASH_API_TOKEN=glffct-<token>',
      `UNLEASH_API_TOKEN=${fake('glft-{w20}')}`,
    ],
  },
});
