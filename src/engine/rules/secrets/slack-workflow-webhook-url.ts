import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-workflow-webhook-url',
  category: 'secret',
  description: 'Slack Workflow Builder webhook URL (hooks.slack.com/workflows/… or /triggers/…)',
  keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
  // https://hooks.slack.com/ + either
  //   workflows/ + workspace id (T/E…) / app id (A…) / 12-22 digit id / 24 alphanumerics, or
  //   triggers/ + workspace id (T/E…) / 10-16 digit id / 32 lower-case hex
  pattern:
    /https?:\/\/hooks\.slack\.com\/(?:workflows\/[TE][A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/\d{12,22}\/[A-Za-z0-9]{24}|triggers\/[TE][A-Z0-9]{8,12}\/\d{10,16}\/[a-f0-9]{32})(?![A-Za-z0-9])/gu,
  validate: (s) => minEntropy(s.slice(s.lastIndexOf('/') + 1), 3),
  publicPrefix: 24,
  envName: 'SLACK_WEBHOOK_URL',
  references: [
    'https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack',
    'https://api.slack.com/automation/triggers/webhook',
  ],
  examples: {
    positive: [
      `WEBHOOK_URL=https://hooks.slack.com/workflows/${fake('T{u10}/A{u10}/{d18}/{a24}')}`,
      `fetch("https://hooks.slack.com/triggers/${fake('T{u10}/{d13}/{h32}')}", { method: "POST" })`,
    ],
    negative: [
      'WEBHOOK_URL=https://hooks.slack.com/workflows/XXXXXX/XXXXX/XXXXX/XXXXXXXXXXXXXXXXXX',
      'WEBHOOK_URL=https://hooks.slack.com/triggers/T1/B2/C3',
      'WEBHOOK_URL=https://hooks.slack.com/workflows/sample/sample/sample/sample',
      `WEBHOOK_URL=https://hooks.slack.com/services/${fake('T{u10}/B{u10}/{a24}')}`,
    ],
  },
});
