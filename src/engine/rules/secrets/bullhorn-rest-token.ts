import { defineRule, fake, minEntropy } from '../defineRule';
import { UUID_SOURCE } from './_generic';

// Bullhorn's REST API (staffing CRM) answers a login with a session token, `BhRestToken`, that
// every later call carries as a header or a query parameter (`?BhRestToken=…`). It is shaped like a
// UUID, which the shared filters would drop as an identifier: the key is what says credential here.
// Its OAuth server's access and refresh tokens are a data centre's number and a UUID (`22:…`,
// URL-encoded `22%3A…`), read under their keys near the server's name.
export default defineRule({
  id: 'bullhorn-rest-token',
  category: 'secret',
  description: 'Bullhorn REST API session token (BhRestToken) and OAuth access and refresh tokens',
  keywords: ['bhresttoken', 'bullhorn'],
  window: { before: 0, after: 140 },
  keywordWindows: { bullhorn: { before: 240, after: 240 } },
  pattern: new RegExp(
    String.raw`(?<![\w-])BhRestToken["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(${UUID_SOURCE}|[A-Za-z0-9_-]{20,80})(?![\w-])` +
      String.raw`|(?<![\w-])(?:access_token|refresh_token|[A-Z_]{0,24}(?:ACCESS|REFRESH)_TOKEN)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(\d{1,3}(?::|%3A)${UUID_SOURCE})(?![\w-])`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (value) => {
    const random = value.replace(/^\d{1,3}(?::|%3A)/u, '').replace(/-/gu, '');
    return minEntropy(random, 3) && !/^(?:0+|f+|x+)$/iu.test(random);
  },
  skipFilters: true,
  envName: 'BULLHORN_REST_TOKEN',
  references: ['https://bullhorn.github.io/rest-api-docs/#authentication', 'https://bullhorn.github.io/Getting-Started-with-REST/'],
  examples: {
    positive: [
      `{"BhRestToken":"${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 701)}","restUrl":"https://rest-east.bullhornstaffing.example/rest-services/1abc/"}`,
      `GET /rest-services/1abc/entity/Candidate/4711?fields=id&BhRestToken=${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 702)}`,
      `curl -H "BhRestToken: ${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 703)}" "$REST_URL/search/Candidate"`,
      `curl -X POST 'https://auth.bullhornstaffing.example/oauth/token?grant_type=refresh_token&refresh_token=22%3A${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 705)}&client_id=x'`,
      `BULLHORN_REFRESH_TOKEN=22:${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 706)}`,
    ],
    negative: [
      'BhRestToken=00000000-0000-0000-0000-000000000000',
      'headers["BhRestToken"] = session.token',
      `"restToken": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 704)}"`,
      // an OAuth token of that shape far from any Bullhorn name
      `REFRESH_TOKEN=22:${fake('{h8}-{h4}-4{h3}-8{h3}-{h12}', 707)}`,
    ],
  },
});
