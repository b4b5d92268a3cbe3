import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'slack-webhook-url',
  category: 'secret',
  description: 'Slack incoming webhook URL (hooks.slack.com/services/…)',
  keywords: ['hooks.slack.com/services/'],
  // https://hooks.slack.com/services/ + workspace id (T/E + 8-12 upper alphanumerics) + / +
  // B + 8-12 upper alphanumerics + / + 24 alphanumerics
  pattern: /https?:\/\/hooks\.slack\.com\/services\/[TE][A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}(?![A-Za-z0-9])/gu,
  validate: (s) => minEntropy(s.slice(-24), 3),
  publicPrefix: 33,
  envName: 'SLACK_WEBHOOK_URL',
  references: ['https://api.slack.com/messaging/webhooks'],
  examples: {
    positive: [
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/${fake('T{u10}/B{u10}/{a24}')}`,
      `curl -X POST -d '{"text":"deploy done"}' https://hooks.slack.com/services/${fake('T{u8}/B{u11}/{a24}', 4)}`,
    ],
    negative: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/${fake('T{u10}/B{u10}')}`,
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/<your-webhook-path>',
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/workflows/${fake('T{u10}/A{u10}/{d18}/{a24}')}`,
    ],
  },
});
