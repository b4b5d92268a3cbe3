import { defineRule, fake } from '../defineRule';
import { isRandomToken } from './_generic';

export default defineRule({
  id: 'authorization-bearer-token',
  category: 'secret',
  description: 'Bearer token in an Authorization header or string',
  generic: true,
  keywords: ['bearer'],
  // "Bearer" + 1-3 spaces + a token of RFC 6750 b64token characters (16-2048)
  pattern: /(?<![\w]|(?<!:)-)[Bb]earer[ \t]{1,3}([A-Za-z0-9\-._~+/]{16,2048}=*)(?![A-Za-z0-9\-._~+/=])/gu,
  secretGroup: 1,
  // `Bearer eyJhbGciOi….<payload>.<signature>`: a template whose parts are placeholders.
  // (Nor a payment provider's publishable key, `pk_live_…`, that a checkout's script sends as its bearer:
  // it ships in every page that loads the script.)
  validate: (s, ctx) => !/^\.?</u.test(ctx.text.slice(ctx.end, ctx.end + 2)) && !/^pk_(?:live|test)_/u.test(s) && isRandomToken(s, 16, 3.2),
  publicPrefix: 0,
  envName: 'AUTH_TOKEN',
  references: ['https://datatracker.ietf.org/doc/html/rfc6750#section-2.1'],
  examples: {
    positive: [
      `curl -H "Authorization: Bearer ${fake('{a40}')}" https://api.vendor.io/v1/me`,
      `headers = {"Authorization": "Bearer ${fake('{w64}')}"}`,
    ],
    negative: [
      'Authorization: Bearer ${TOKEN}',
      'Authorization: Bearer <token>',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>',
      'Authorization: Bearer YOUR_ACCESS_TOKEN',
      'The bearer token must be sent in the header.',
      'Authorization: Bearer aaaaaaaaaaaaaaaaaaaaaaaa',
      // a checkout script's request, authorised by the shop's publishable key
      `"name": "Authorization", "value": "Bearer pk_live_${fake('{h40}', 101683)}"`,
    ],
  },
});
