import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-runner-token',
  category: 'secret',
  description: 'GitLab runner authentication token (glrt-… / glrtr-…)',
  keywords: ['glrt-', 'glrtr-'],
  // glrt- (or glrtr- when created from a registration token) + either 20 base64url characters
  // or the routable form: t<digit>_ + payload (27-300 base64url) + "." + optional 2-character
  // version + "." + 2-character base36 length + 7-character base36 CRC-32.
  pattern: /(?<![\w]|(?<!:)-)glrtr?-(?:[\w-]{20}|[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(s.indexOf('-') + 1).split('.')[0] ?? '', 3),
  publicPrefix: 5,
  envName: 'CI_RUNNER_TOKEN',
  references: [
    'https://docs.gitlab.com/security/tokens/#runner-authentication-tokens',
    'https://docs.gitlab.com/ci/runners/new_creation_workflow/',
  ],
  examples: {
    positive: [
      `gitlab-runner register --token ${fake('glrt-t1_{w27}.0{l1}{l7}')}`,
      `  token = "${fake('glrt-{w20}')}"`,
      `CI_RUNNER_TOKEN=${fake('glrtr-{w20}')}`,
    ],
    negative: [
      `  token = "${fake('glrt-{w12}')}"`,
      '  token = "glrt-xxxxxxxxxxxxxxxxxxxx"',
      `  token = "${fake('GR1348941{w20}')}"`,
      `  token = "${fake('glpat-{w20}')}"`,
    ],
  },
});
