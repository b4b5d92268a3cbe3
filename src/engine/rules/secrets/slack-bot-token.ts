import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-bot-token',
  category: 'secret',
  description: 'Slack bot token (xoxb-…)',
  keywords: ['xoxb-'],
  // xoxb- + workspace id (10-13 digits) + bot id (10-13 digits) + 24 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(-24), 3),
  publicPrefix: 5,
  envName: 'SLACK_BOT_TOKEN',
  references: ['https://api.slack.com/authentication/token-types#bot'],
  examples: {
    positive: [`SLACK_BOT_TOKEN=${fake('xoxb-{d11}-{d12}-{a24}')}`],
    negative: ['xoxb-123-456-short', 'token: xoxb-<your-token-here>', fake('xoxp-{d11}-{d12}-{a24}')],
  },
});
