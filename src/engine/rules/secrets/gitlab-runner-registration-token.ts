import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'gitlab-runner-registration-token',
  category: 'secret',
  description: 'GitLab runner registration token, deprecated (GR1348941…)',
  keywords: ['gr1348941'],
  // GR1348941 + 20 base64url characters
  pattern: /(?<![\w]|(?<!:)-)GR1348941[\w-]{20}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(9), 3),
  publicPrefix: 9,
  envName: 'REGISTRATION_TOKEN',
  references: [
    'https://docs.gitlab.com/security/tokens/#runner-registration-tokens-deprecated',
    'https://docs.gitlab.com/ci/runners/new_creation_workflow/',
  ],
  examples: {
    positive: [
      `gitlab-runner register --registration-token ${fake('GR1348941{w20}')}`,
      `REGISTRATION_TOKEN="${fake('GR1348941{w20}', 6)}"`,
    ],
    negative: [
      `REGISTRATION_TOKEN=${fake('GR1348941{w15}')}`,
      'REGISTRATION_TOKEN=GR1348941xxxxxxxxxxxxxxxxxxxx',
      `REGISTRATION_TOKEN=${fake('GR1348942{w20}')}`,
      `REGISTRATION_TOKEN=${fake('glrt-{w20}')}`,
    ],
  },
});
