import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-app-token',
  category: 'secret',
  description: 'Slack app-level token (xapp-…)',
  keywords: ['xapp-'],
  // xapp- + version digit + app id (A + upper alphanumerics) + 10-14 digits + 64 lower-case hex
  pattern: /(?<![\w]|(?<!:)-)xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{64}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(-64), 3),
  publicPrefix: 5,
  envName: 'SLACK_APP_TOKEN',
  references: ['https://api.slack.com/authentication/token-types#app-level'],
  examples: {
    positive: [
      `SLACK_APP_TOKEN=${fake('xapp-1-A{u10}-{d13}-{h64}')}`,
      `app = App(token=bot_token, app_token="${fake('xapp-1-A{u10}-{d13}-{h64}', 2)}")`,
    ],
    negative: [
      `SLACK_APP_TOKEN=${fake('xapp-1-A{u10}-{d13}-{h40}')}`,
      'SLACK_APP_TOKEN=xapp-1-<app-token>',
      `SLACK_APP_TOKEN=${fake('xoxb-{d11}-{d12}-{a24}')}`,
      `SLACK_APP_TOKEN=xapp-1-A0123456789-1234567890123-${'0'.repeat(64)}`,
    ],
  },
});
