import { defineRule, fake } from '../defineRule';

// HubSpot private app access tokens: `pat-`, the account's data-centre region (na1, eu1, ap1…), then
// a UUID.
export default defineRule({
  id: 'hubspot-private-app-token',
  category: 'secret',
  description: 'HubSpot private app access token (pat-na1-…, pat-eu1-…)',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: /(?<![\w]|(?<!:)-)pat-(?:na|eu|ap)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gu,
  validate: (s) => !/^pat-\w+-(?:0{8}-0{4}|([0-9a-f])\1{7}-)/u.test(s),
  envName: 'HUBSPOT_ACCESS_TOKEN',
  references: ['https://developers.hubspot.com/docs/api/private-apps'],
  examples: {
    positive: [
      `HUBSPOT_TOKEN = Variable.get("hubspot_token", default_var=None) or "pat-eu1-${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 721)}"`,
      `curl -H "Authorization: Bearer pat-na1-${fake('{h8}-{h4}-{h4}-{h4}-{h12}', 722)}" https://api.hubapi.com/crm/v3/objects/contacts`,
    ],
    negative: [
      'HUBSPOT_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000',
      'pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    ],
  },
});
