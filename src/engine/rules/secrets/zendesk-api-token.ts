import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'zendesk-api-token',
  category: 'secret',
  description: 'Zendesk API token (40 characters named as a Zendesk token, or in email/token: basic auth)',
  keywords: ['zendesk', 'zd_', 'zd-'],
  // (1) 40 alphanumerics assigned to a Zendesk token name; (2) the "<email>/token:<token>" basic-auth
  // form, with Zendesk mentioned nearby; (3) a token named in prose
  pattern: new RegExp(
    [
      keyedSource(String.raw`zendesk[\w.-]{0,20}?(?:api[_-]?)?token|\bzd[_-](?:api[_-])?token`, String.raw`[A-Za-z0-9]{40}(?![\w-])`),
      String.raw`\/token:([A-Za-z0-9]{40})(?![\w-])`,
      // (3) named in prose: "their zendesk token <token>"
      String.raw`\bzendesk (?:api )?token:?[ \t]{1,3}([A-Za-z0-9]{40})(?![\w-])`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    if (ctx.match[2] !== undefined && !isNear(ctx, /zendesk/iu, 200, 200)) return false;
    return hasCharClasses(s, 2) && looksRandom(s, 3.5);
  },
  envName: 'ZENDESK_API_TOKEN',
  references: ['https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token'],
  examples: {
    positive: [
      `ZENDESK_API_TOKEN=${fake('{a40}')}`,
      `curl https://acme.zendesk.com/api/v2/users.json -u agent@acme.test/token:${fake('{a40}', 2)}`,
      // a token in a ticket's note, and a Ruby script's default for its environment variable
      `the client sent us their zendesk token ${fake('{a40}', 101727)} by mail, please rotate`,
      `token = ENV.fetch('ZENDESK_TOKEN') { '${fake('{a40}', 101728)}' }`,
    ],
    negative: [
      `curl https://api.acme.test/v1 -u agent@acme.test/token:${fake('{a40}', 2)}`,
      `ZENDESK_SUBDOMAIN=acme`,
      `ZENDESK_API_TOKEN=${fake('{a24}')}`,
    ],
  },
});
