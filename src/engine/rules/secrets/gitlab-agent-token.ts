import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-agent-token',
  category: 'secret',
  description: 'GitLab agent for Kubernetes token (glagent-…)',
  keywords: ['glagent-'],
  // glagent- + either the legacy body ([\w-]{50}) or the routable form:
  // 27-300 base64url payload characters + "." + optional 2-character version + "." + 2-character
  // base36 payload length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glagent-(?:[\w-]{50}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(8).split('.')[0] ?? '', 3),
  publicPrefix: 8,
  envName: 'GITLAB_AGENT_TOKEN',
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/user/clusters/agent/install/'],
  examples: {
    positive: [
      `GITLAB_AGENT_TOKEN=${fake('glagent-{w50}')}`,
      `token: "${fake('glagent-{w40}.01.{l2}{l7}')}"`,
    ],
    negative: [
      `GITLAB_AGENT_TOKEN=${fake('glagent-{w12}')}`,
      'GITLAB_AGENT_TOKEN=glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_AGENT_TOKEN=glagent-<token>',
      `GITLAB_AGENT_TOKEN=${fake('glrt-{w20}')}`,
    ],
  },
});
