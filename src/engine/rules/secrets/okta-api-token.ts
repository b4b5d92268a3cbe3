import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'okta-api-token',
  category: 'secret',
  description: 'Okta API token (00… after SSWS or an Okta token key)',
  keywords: ['ssws', 'okta'],
  // 00 + 40 base64url characters, either in an "Authorization: SSWS <token>" header,
  // assigned to an Okta token/key name, or assigned to a plain token key below an okta: block
  pattern: new RegExp(
    [
      String.raw`SSWS[ \t]{1,3}(00[\w-]{40})(?![\w-])`,
      keyedSource(String.raw`okta[\w.-]{0,16}?(?:api[_-]?)?(?:token|key)`, String.raw`00[\w-]{40}(?![\w-])`),
      keyedSource(String.raw`\b(?:api[_-]?)?token`, String.raw`00[\w-]{40}(?![\w-])`),
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    // a plain "token:" key counts only inside an Okta block (e.g. okta.client.token in YAML)
    if (ctx.match[3] !== undefined && !isNear(ctx, /okta/iu, 200, 0)) return false;
    return hasCharClasses(s, 2) && looksRandom(s.slice(2), 3.5);
  },
  publicPrefix: 2,
  envName: 'OKTA_API_TOKEN',
  references: ['https://developer.okta.com/docs/guides/create-an-api-token/main/'],
  examples: {
    positive: [
      `curl -H "Authorization: SSWS ${fake('00{w40}')}" https://acme.okta.com/api/v1/users`,
      `OKTA_API_TOKEN=${fake('00{w40}', 3)}`,
      `okta:\n  client:\n    token: ${fake('00{w40}', 4)}`,
    ],
    negative: [
      `OKTA_API_TOKEN=${fake('00{w30}')}`,
      `OKTA_CLIENT_ID=${fake('0oa{a17}')}`,
      'Authorization: SSWS ${OKTA_API_TOKEN}',
      `Authorization: SSWS ${fake('11{w40}')}`,
      `github:\n  token: ${fake('00{w40}', 4)}`,
    ],
  },
});
