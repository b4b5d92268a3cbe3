import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-config-refresh-token',
  category: 'secret',
  description: 'Slack refresh token for configuration or rotated tokens (xoxe-…)',
  keywords: ['xoxe-'],
  // xoxe- + version digit + - + 120-200 base64 characters (no padding)
  pattern: /(?<![\w.]|(?<!:)-)xoxe-\d-[A-Za-z0-9]{120,200}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(7), 3.5),
  publicPrefix: 5,
  envName: 'SLACK_REFRESH_TOKEN',
  references: [
    'https://api.slack.com/authentication/config-tokens',
    'https://api.slack.com/methods/tooling.tokens.rotate',
  ],
  examples: {
    positive: [
      `SLACK_REFRESH_TOKEN=${fake('xoxe-1-{a147}')}`,
      `"refresh_token": "${fake('xoxe-1-{a146}', 3)}",`,
    ],
    negative: [
      'slack api tooling.tokens.rotate --refresh_token xoxe-1-abcdefg',
      `SLACK_REFRESH_TOKEN=${fake('xoxe.xoxp-1-{a166}')}`,
      'SLACK_REFRESH_TOKEN=xoxe-1-<refresh-token>',
      `SLACK_REFRESH_TOKEN=${fake('xoxe-1-{a60}')}`,
    ],
  },
});
