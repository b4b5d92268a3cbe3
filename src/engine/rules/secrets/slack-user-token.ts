import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-user-token',
  category: 'secret',
  description: 'Slack user token (xoxp-…)',
  keywords: ['xoxp-'],
  // xoxp- + workspace id + user id + token id (8-14 digits each) + 28-34 alphanumerics
  // (32 hex in current tokens); also the shorter shape of bot tokens (two ids + 24-34
  // alphanumerics), which older user tokens and many copies in the wild have
  pattern: /(?<![\w]|(?<!:)-)xoxp-\d{8,14}-\d{8,14}-(?:\d{8,14}-)?[A-Za-z0-9]{24,34}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(s.lastIndexOf('-') + 1), 3),
  publicPrefix: 5,
  envName: 'SLACK_USER_TOKEN',
  references: ['https://api.slack.com/authentication/token-types#user'],
  examples: {
    positive: [
      `SLACK_USER_TOKEN=${fake('xoxp-{d11}-{d12}-{d13}-{h32}')}`,
      `curl -H "Authorization: Bearer ${fake('xoxp-{d12}-{d12}-{d13}-{h32}', 3)}" https://slack.com/api/auth.test`,
      `"token": "${fake('xoxp-{d12}-{d13}-{a24}', 4)}"`,
    ],
    negative: [
      `SLACK_USER_TOKEN=${fake('xoxb-{d11}-{d12}-{a24}')}`,
      'SLACK_USER_TOKEN=xoxp-123-456-789-abc',
      `SLACK_USER_TOKEN=${fake('xoxp-{d12}-{d13}-{a20}', 5)}`,
      'SLACK_USER_TOKEN=xoxp-<your-token>',
      `SLACK_USER_TOKEN=${fake('xoxe.xoxp-1-{a160}')}`,
    ],
  },
});
