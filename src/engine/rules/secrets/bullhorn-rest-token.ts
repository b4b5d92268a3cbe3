import { defineRule, fake, minEntropy } from '../defineRule';

// Bullhorn's REST API (staffing CRM) answers a login with a session token, `BhRestToken`, that
// every later call carries as a header or a query parameter (`?BhRestToken=…`). It is shaped like a
// UUID, which the shared filters would drop as an identifier: the key is what says credential here.
export default defineRule({
  id: 'bullhorn-rest-token',
  category: 'secret',
  description: 'Bullhorn REST API session token (BhRestToken)',
  keywords: ['bhresttoken'],
  window: { before: 0, after: 140 },
  pattern: /(?<![\w-])BhRestToken["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_-]{20,80})(?![\w-])/gu,
  secretGroup: 1,
  validate: (value) => minEntropy(value.replace(/-/gu, ''), 3) && !/^(?:0+|f+|x+)$/iu.test(value.replace(/-/gu, '')),
  skipFilters: true,
  envName: 'BULLHORN_REST_TOKEN',
  references: ['https://bullhorn.github.io/rest-api-docs/#authentication', 'https://bullhorn.github.io/Getting-Started-with-REST/'],
  examples: {
    positive: [
      `{"BhRestToken":"${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 701)}","restUrl":"https://rest-east.bullhornstaffing.example/rest-services/1abc/"}`,
      `GET /rest-services/1abc/entity/Candidate/4711?fields=id&BhRestToken=${fake('{h8}-{h4}-4{h3}-9{h3}-{h12}', 702)}`,
      `curl -H "BhRestToken: ${fake('{h8}-{h4}-4{h3}-b{h3}-{h12}', 703)}" "$REST_URL/search/Candidate"`,
    ],
    negative: [
      'BhRestToken=00000000-0000-0000-0000-000000000000',
      'headers["BhRestToken"] = session.token',
      `"restToken": "${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 704)}"`,
    ],
  },
});
