import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'cloudflare-api-token',
  category: 'secret',
  description: 'Cloudflare API token: scannable cfut_/cfat_ format, or a 40-character token named as Cloudflare',
  keywords: ['cfut_', 'cfat_', 'cloudflare', 'cf_', 'cf-'],
  // the prefixed form holds the keyword; legacy forms sit next to a Cloudflare name
  window: { before: 400, after: 400 },
  // (1) cfut_ (user) / cfat_ (account) + 40 alphanumerics + 8-hex checksum;
  // (2) legacy 40-character token assigned to a Cloudflare/CF token key;
  // (3) legacy token sent as a Bearer token, with Cloudflare mentioned nearby
  pattern: new RegExp(
    [
      String.raw`(?<![\w-])(cf(?:ut|at)_[A-Za-z0-9]{40}[a-f0-9]{8})(?![\w-])`,
      keyedSource(String.raw`cloudflare[\w.-]{0,16}?token|\bcf[_-](?:api[_-])?token`, String.raw`[A-Za-z0-9_-]{40}(?![\w-])`),
      String.raw`Bearer[ \t]{1,3}([A-Za-z0-9_-]{40})(?![\w-])`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    if (ctx.match[3] !== undefined && !isNear(ctx, /cloudflare/iu, 400, 400)) return false;
    // another vendor's prefixed token (ghp_…, glpat-…) sent to a Cloudflare-adjacent API is not a Cloudflare token
    if (ctx.match[1] === undefined && /^[a-z]{2,6}[_-]/u.test(s)) return false;
    return hasCharClasses(s, 2) && looksRandom(s, 3.5);
  },
  envName: 'CLOUDFLARE_API_TOKEN',
  references: [
    'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/',
    'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
  ],
  examples: {
    positive: [
      `CLOUDFLARE_API_TOKEN=${fake('cfut_{a40}{h8}')}`,
      `cloudflare_api_token = "${fake('{w40}')}"`,
      `curl https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer ${fake('{a40}', 4)}"`,
    ],
    negative: [
      `curl https://api.example.org/v1 -H "Authorization: Bearer ${fake('{a40}', 4)}"`,
      `CLOUDFLARE_API_TOKEN=${fake('{a39}')}`,
      'CLOUDFLARE_API_TOKEN=your-cloudflare-api-token-goes-right-here',
      `CLOUDFLARE_ZONE_ID=${fake('{h32}')}`,
      `# deploy to cloudflare pages\ncurl -H "Authorization: Bearer ${fake('ghp_{a36}')}" https://api.github.com/user`,
      fake('cfk_{a40}{h8}'),
    ],
  },
});
