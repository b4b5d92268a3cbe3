import { defineRule, fake } from '../defineRule';
import { isRandomToken } from './_generic';

export default defineRule({
  id: 'authorization-token-scheme',
  category: 'secret',
  description: 'Token in an Authorization header under a Token, Key, Api-Key or Api-Token scheme (Django REST framework, NetBox, DHIS2, Dynatrace, payment gateways)',
  generic: true,
  keywords: ['authorization'],
  window: { before: 8, after: 200 },
  // The header's name, a separator (`: `, `": "`, `=`), a scheme, then the token (group 1).
  // Bearer and Basic have their own rules.
  pattern:
    /(?<![\w-])(?:[Aa]uthorization|AUTHORIZATION)["']?[ \t]*[:=,][ \t]*["'\x60]?(?:Token|token|TOKEN|Key|key|KEY|Api-Key|ApiKey|API-Key|Apikey|Api-Token|ApiToken)[ \t]{1,3}(?:token=["']?)?([A-Za-z0-9._~+/=-]{16,512})(?![A-Za-z0-9._~+/=-])/gu,
  secretGroup: 1,
  validate: (s, ctx) => !/^\.?[<{]/u.test(ctx.text.slice(ctx.end, ctx.end + 2)) && isRandomToken(s, 16, 3.2),
  publicPrefix: 0,
  envName: 'API_TOKEN',
  references: ['https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication', 'https://netboxlabs.com/docs/netbox/en/stable/integrations/rest-api/#authentication'],
  examples: {
    positive: [
      `curl -H "Authorization: Token ${fake('{h40}', 81)}" https://netbox.corp.lan/api/dcim/devices/`,
      `headers = {"Authorization": "Key ${fake('{h32}', 82)}"}`,
      `Authorization: Token token="${fake('{a32}', 83)}"`,
    ],
    negative: [
      'Authorization: Token ${NETBOX_TOKEN}',
      'curl -H "Authorization: Token <your-token>" https://netbox.corp.lan/api/',
      'Authorization: Token 0123456789abcdef0123456789abcdef01234567',
      'The Authorization header carries a token key issued by the server.',
    ],
  },
});
