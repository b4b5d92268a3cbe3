import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Meta (Facebook, Instagram, WhatsApp Cloud API) Graph API access token: user, page and system-user
// tokens all start `EAA` and the app's letters (`EAAG…`, `EAAJ…`), then a long run of letters and
// digits. It posts as the page or sends WhatsApp messages as the business until it expires; a
// system user's never does.
export default defineRule({
  id: 'meta-access-token',
  category: 'secret',
  description: 'Meta Graph API access token (Facebook, Instagram, WhatsApp Cloud API: EAA…)',
  keywords: ['eaa'],
  pattern: /(?<![\w]|(?<!:)-)EAA[A-Za-z0-9]{90,400}(?![\w-])/gu,
  validate: (s) => /[a-z]/u.test(s) && /[A-Z]/u.test(s.slice(4)) && /\d/u.test(s) && looksRandom(s.slice(4), 4),
  publicPrefix: 4,
  envName: 'WHATSAPP_ACCESS_TOKEN',
  references: ['https://developers.facebook.com/docs/facebook-login/guides/access-tokens/', 'https://developers.facebook.com/docs/whatsapp/cloud-api/get-started'],
  examples: {
    positive: [
      `WHATSAPP_ACCESS_TOKEN=EAAJ${fake('{a180}', 4197)}`,
      `curl -X POST https://graph.facebook.com/v20.0/1234/messages -H "Authorization: Bearer EAAG${fake('{a150}', 4198)}"`,
    ],
    negative: ['WHATSAPP_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `EAAG${fake('{a40}', 4199)}`],
  },
});
