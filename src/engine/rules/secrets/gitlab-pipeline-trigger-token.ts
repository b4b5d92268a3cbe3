import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-pipeline-trigger-token',
  category: 'secret',
  description: 'GitLab pipeline trigger token (glptt-…)',
  keywords: ['glptt-'],
  // glptt- + either the legacy body ([0-9a-f]{40}|[\w-]{20}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glptt-(?:[0-9a-f]{40}|[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(6).split('.')[0] ?? '', 3),
  publicPrefix: 6,
  envName: 'GITLAB_TRIGGER_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/ci/triggers/'],
  examples: {
    positive: [
      `GITLAB_TRIGGER_TOKEN=${fake('glptt-{h40}')}`,
      `token: "${fake('glptt-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_TRIGGER_TOKEN=${fake('glptt-{w12}')}`,
      'GITLAB_TRIGGER_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_TRIGGER_TOKEN=glptt-<token>',
      `GITLAB_TRIGGER_TOKEN=${fake('glpat-{w20}')}`,
    ],
  },
});
