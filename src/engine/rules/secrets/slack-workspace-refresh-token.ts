import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-workspace-refresh-token',
  category: 'secret',
  description: 'Slack legacy workspace app refresh token (xoxr-…)',
  keywords: ['xoxr-'],
  // xoxr- + optional version digit + 1-3 numeric ids (8-14 digits) + 24-64 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)xoxr-(?:\d-)?(?:\d{8,14}-){1,3}[A-Za-z0-9]{24,64}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(s.lastIndexOf('-') + 1), 3),
  publicPrefix: 5,
  envName: 'SLACK_REFRESH_TOKEN',
  references: ['https://api.slack.com/legacy/workspace-apps', 'https://api.slack.com/authentication/token-types'],
  examples: {
    positive: [
      `SLACK_REFRESH_TOKEN=${fake('xoxr-' + '2-{d12}-{d12}-{d12}-{h32}')}`,
      `token: "${fake('xoxr-' + '{d12}-{d12}-{a24}', 2)}"`,
    ],
    negative: [
      'SLACK_REFRESH_TOKEN=xoxr-' + '2-abcdef-abcdef-abcdef-abcdef',
      'SLACK_REFRESH_TOKEN=xoxr-' + '<token>',
      `SLACK_REFRESH_TOKEN=${fake('xoxa-' + '2-{d12}-{d12}-{d12}-{h32}')}`,
      `SLACK_REFRESH_TOKEN=${fake('xoxr-' + '2-{d12}-{h10}')}`,
    ],
  },
});
