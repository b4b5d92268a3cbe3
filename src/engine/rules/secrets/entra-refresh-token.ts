import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Microsoft identity platform (Entra ID) refresh token: `0.A` or `1.A` and several hundred
// base64url characters, in parts joined by dots. It mints new access tokens for its user and app
// for up to 90 days, without a password or MFA. Developers' machines keep them in MSAL's token cache
// (the Azure CLI's `msal_token_cache.json`: `"credential_type": "RefreshToken"` over `"secret": "…"`),
// and API clients in their environments (Postman's `refreshToken`). Too long for the generic rules'
// values; the refresh word before it says which token it is.
export default defineRule({
  id: 'entra-refresh-token',
  category: 'secret',
  description: 'Microsoft Entra ID (Azure AD) refresh token (0.A…, hundreds of characters) after a refresh-token key or in an MSAL token cache',
  keywords: ['refreshtoken', 'refresh_token', 'refresh-token', 'refresh token'],
  window: { before: 200, after: 2500 },
  // (A header's refresh-token column speaks for its whole table: an SQL dump's mailbox connectors.)
  columns: true,
  pattern: /(?<![\w.-])[01]\.A[A-Za-z0-9_-]{100,3000}(?:\.[A-Za-z0-9_-]{2,1000}){0,4}(?![\w.-])/gu,
  validate: (s) => s.length >= 200 && looksRandom(s.slice(0, 200), 4),
  envName: 'AZURE_REFRESH_TOKEN',
  references: ['https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens'],
  examples: {
    positive: [
      `{\n  "RefreshToken": {\n    "a1-login.microsoftonline.com-refreshtoken-04b07795": {\n      "credential_type": "RefreshToken",\n      "secret": "0.AXkA${fake('{w400}', 101941)}.${fake('{w120}', 101942)}",\n      "home_account_id": "a1.b2"\n    }\n  }\n}`,
      `{ "key": "refreshToken", "value": "1.AXkA${fake('{w420}', 101943)}", "enabled": true }`,
      // an SQL dump's mailbox connectors, the token under its column many rows down
      `COPY public.mailbox_connectors (id, address, oauth_provider, oauth_refresh_token) FROM stdin;\n${Array.from({ length: 100 }, (_, i) => `${i}\tuser${i}@kestrel-mail.de\tgoogle\t\\N`).join('\n')}\n101\tops@kestrel-mail.de\tmicrosoft\t0.AQ${fake('{w380}', 102097)}\n\\.\n`,
    ],
    negative: [
      // a version number and a short value after the same key
      '"refresh_token": "0.A1"',
      `refresh_token: 0.A${'a'.repeat(300)}`,
    ],
  },
});
