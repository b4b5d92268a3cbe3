import { defineRule, fake, hasCharClasses } from '../defineRule';

// A Salesforce access token or session id: the org's id (`00D` and 12 or 15 letters and digits),
// an exclamation mark, then the token (`!AQ…`, `!AR…`), as OAuth flows, `sf org display` and
// debug logs print it. It acts as the user in the org's API until the session ends.
export default defineRule({
  id: 'salesforce-access-token',
  category: 'secret',
  description: "Salesforce access token or session id (the org id, '!', the token)",
  keywords: ['00d'],
  pattern: /(?<![\w!])00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{60,200}(?![\w.!])/gu,
  validate: (s) => hasCharClasses(s.slice(s.indexOf('!') + 1), 3),
  publicPrefix: 15,
  envName: 'SALESFORCE_ACCESS_TOKEN',
  references: ['https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_understanding_authentication.htm'],
  examples: {
    positive: [
      `SF_ACCESS_TOKEN=00D5f${fake('{a10}', 1271)}!AQ4A${fake('{a40}', 1272)}.${fake('{a50}', 1273)}`,
      `Authorization: Bearer 00D${fake('{a12}', 1274)}!AR8AQ${fake('{a90}', 1275)}`,
    ],
    negative: [`org id 00D5f${fake('{a10}', 1276)} (Production)`, 'SF_ACCESS_TOKEN=00DXXXXXXXXXXXX!<access-token>'],
  },
});
