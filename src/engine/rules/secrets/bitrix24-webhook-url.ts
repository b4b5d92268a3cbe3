import { defineRule, fake, hasCharClasses } from '../defineRule';

// An inbound webhook of a Bitrix24 portal: https://<portal>.bitrix24.<tld>/rest/<user id>/<code>/,
// then the REST method (`crm.deal.list`). The code, sixteen lower-case letters and digits, is the
// secret: whoever holds the URL calls the portal's REST API as that user, with the webhook's scopes.
export default defineRule({
  id: 'bitrix24-webhook-url',
  category: 'secret',
  description: 'Bitrix24 inbound webhook URL; the code after the user id is the secret',
  keywords: ['bitrix24.'],
  pattern: /https?:\/\/[a-z0-9][a-z0-9-]{0,62}\.bitrix24\.[a-z]{2,3}(?:\.[a-z]{2})?\/rest\/\d{1,9}\/([a-z0-9]{16})(?![a-z0-9])/gu,
  secretGroup: 1,
  // A code has letters and digits (not a word, not a number).
  validate: (code) => hasCharClasses(code, 2),
  envName: 'BITRIX24_WEBHOOK_URL',
  references: ['https://apidocs.bitrix24.com/local-integrations/local-webhooks.html'],
  examples: {
    positive: [
      `B24_HOOK=https://kestrel-freight.bitrix24.ru/rest/12/${fake('{l16}', 101730)}/`,
      `r = requests.post("https://kestrel.bitrix24.com/rest/1/${fake('{l16}', 101731)}/crm.deal.list.json", json=params)`,
    ],
    negative: [
      'https://kestrel.bitrix24.ru/rest/1/your_webhook_code/',
      'https://kestrel.bitrix24.ru/rest/api/crm.deal.list',
      // a portal's own pages, and the placeholder the docs write
      'https://kestrel.bitrix24.ru/crm/deal/details/512/',
      'https://kestrel.bitrix24.ru/rest/1/xxxxxxxxxxxxxxxx/',
    ],
  },
});
