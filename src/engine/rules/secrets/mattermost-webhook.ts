import { defineRule, fake } from '../defineRule';

// A Mattermost incoming webhook: https://<server>/hooks/<id>, the id 26 lower-case letters and
// digits. Anyone holding the URL can post to the channel as the integration.
export default defineRule({
  id: 'mattermost-webhook',
  category: 'secret',
  description: 'Mattermost incoming webhook URL (https://<server>/hooks/<26-character id>)',
  keywords: ['/hooks/'],
  pattern: /\bhttps?:\/\/[a-z0-9.-]{1,253}(?::\d{2,5})?\/hooks\/([a-z0-9]{26})(?![A-Za-z0-9_-])/gu,
  secretGroup: 1,
  validate: (s) => /\d/u.test(s) && /[a-z]/u.test(s) && new Set(s).size >= 10,
  envName: 'MATTERMOST_WEBHOOK_URL',
  references: ['https://developers.mattermost.com/integrate/webhooks/incoming/'],
  examples: {
    positive: [`export NOTIFY_URL='https://mm.example-lab.org/hooks/${fake('{l10}{d3}{l13}', 521)}'`, `webhook_url: "https://chat.uni.example/hooks/${fake('{d2}{l24}', 522)}"`],
    negative: ['https://gitlab.example.org/api/v4/projects/12/hooks/44', 'https://mm.example-lab.org/hooks/xxxxxxxxxxxxxxxxxxxxxxxxxx', 'https://mm.example-lab.org/hooks/{hook_id}'],
  },
});
