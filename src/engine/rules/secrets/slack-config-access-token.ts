import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-config-access-token',
  category: 'secret',
  description: 'Slack expiring access token: app configuration or rotated token (xoxe.xoxp-… / xoxe.xoxb-…)',
  keywords: ['xoxe.xoxp-', 'xoxe.xoxb-'],
  // xoxe. + xoxp- or xoxb- + version digit + - + 140-200 base64 characters (no padding)
  pattern: /(?<![\w.]|(?<!:)-)xoxe\.xox[bp]-\d-[A-Za-z0-9]{140,200}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(12), 3.5),
  publicPrefix: 10,
  envName: 'SLACK_CONFIG_TOKEN',
  references: [
    'https://api.slack.com/authentication/config-tokens',
    'https://api.slack.com/authentication/rotation',
  ],
  examples: {
    positive: [
      `SLACK_CONFIG_TOKEN=${fake('xoxe.xoxp-1-{a166}')}`,
      `"token": "${fake('xoxe.xoxb-1-{a160}', 2)}",`,
    ],
    negative: [
      `SLACK_CONFIG_TOKEN=${fake('xoxe.xoxp-1-{a40}')}`,
      'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...',
      `SLACK_CONFIG_TOKEN=${fake('xoxe-1-{a147}')}`,
      `SLACK_CONFIG_TOKEN=${fake('xoxp-{d11}-{d12}-{d13}-{h32}')}`,
    ],
  },
});
