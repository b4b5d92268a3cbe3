import { defineRule, fake } from '../defineRule';

// Microsoft Teams incoming webhook URLs (Office 365 connectors): https://<tenant>.webhook.office.com/
// webhookb2/<group id>@<tenant id>/IncomingWebhook/<32 hex>/<connector id>[/<suffix>]. Anyone who has
// the URL can post into the channel.
export default defineRule({
  id: 'microsoft-teams-webhook-url',
  category: 'secret',
  description: 'Microsoft Teams incoming webhook URL (….webhook.office.com/webhookb2/…)',
  keywords: ['webhook.office.com/webhookb2/', 'outlook.office.com/webhook/'],
  pattern:
    /https:\/\/(?:[\w-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office\.com\/webhook)\/[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}@[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}(?:\/[\w-]{10,80})?(?![\w/-])/gu,
  publicPrefix: 0,
  // NOTE: the URL's parts are UUIDs, which the shared UUID filter would drop.
  skipFilters: true,
  envName: 'TEAMS_WEBHOOK_URL',
  references: ['https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook'],
  examples: {
    positive: [
      `TEAMS_WEBHOOK = "https://acmehealth.webhook.office.com/webhookb2/${fake('{h8}-{h4}-{h4}-{h4}-{h12}@{h8}-{h4}-{h4}-{h4}-{h12}', 493)}/IncomingWebhook/${fake('{h32}', 494)}/${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 495)}"`,
    ],
    negative: [
      'TEAMS_WEBHOOK = "https://acmehealth.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<connector>"',
      `https://acmehealth.webhook.office.com/webhookb2/${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 496)}`,
    ],
  },
});
