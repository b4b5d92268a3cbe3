import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A OneSignal REST API key in its current form (2024 on): `os_v2_app_` (an app's key) or
// `os_v2_org_` (an organisation's), then about 113 characters of lower-case base32, the first 26 of
// them the app's or the organisation's id. The prefix is distinctive enough to need no context.
// (The older keys were 48 characters of base64 without a prefix: only a generic rule's context finds those.)
export default defineRule({
  id: 'onesignal-api-key',
  category: 'secret',
  description: 'OneSignal REST API key (os_v2_app_… or os_v2_org_…, lower-case base32)',
  keywords: ['os_v2_app_', 'os_v2_org_'],
  pattern: /(?<![\w-])os_v2_(?:app|org)_[a-z2-7]{100,130}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(10), 3),
  envName: 'ONESIGNAL_REST_API_KEY',
  references: ['https://documentation.onesignal.com/docs/keys-and-ids'],
  examples: {
    positive: [
      `ONESIGNAL_REST_API_KEY=os_v2_app_${fake('{L60}', 101461).replace(/[^a-z]/gu, 'q')}${fake('{l53}', 101462).replace(/[0189]/gu, '7')}`,
      `"Authorization": "Key os_v2_org_${fake('{L60}', 101463)}${fake('{l53}', 101464).replace(/[0189]/gu, '5')}"`,
    ],
    negative: [
      'ONESIGNAL_REST_API_KEY=os_v2_app_...',
      // a key cut short for display
      `restApiKey: os_v2_app_${fake('{L12}', 101465)}…`,
    ],
  },
});
