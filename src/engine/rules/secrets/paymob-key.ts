import { defineRule, fake } from '../defineRule';
import { decodeBase64, decodeJsonObject, encodeBase64, looksRandom } from './_providerKit';

/** A JWT's payload as Paymob's API key carries it: the merchant's class and profile. */
function isPaymobApiKey(s: string): boolean {
  const jwt = decodeBase64(s.slice(0, s.length - (s.length % 4)));
  if (jwt === undefined || !jwt.startsWith('eyJ')) return false;
  const payload = jwt.split('.')[1];
  if (payload === undefined) return false;
  const claims = decodeJsonObject(payload.replace(/-/gu, '+').replace(/_/gu, '/'));
  return claims !== undefined && 'class' in claims && 'profile_pk' in claims;
}

// Paymob's keys (Egypt, the UAE, Saudi Arabia, Oman, Pakistan): the secret key of its Intention API
// (`egy_sk_live_` or `_test_` and 64 hex digits; the `_pk_` public key is no match), and the legacy
// API key, a JWT (its payload names the merchant's class and profile) that the dashboard hands out
// base64-encoded once more, so it starts `ZXlK`.
export default defineRule({
  id: 'paymob-key',
  category: 'secret',
  description: 'Paymob secret key (egy_sk_…) or API key (a base64-encoded merchant JWT)',
  keywords: ['_sk_live_', '_sk_test_', 'zxlk'],
  pattern: /(?<![\w]|(?<!:)-)(?:egy|are|ksa|omn|pak)_sk_(?:live|test)_[0-9a-f]{64}(?![\w-])|(?<![\w+/-])ZXlK[A-Za-z0-9+/]{100,3000}={0,2}(?![\w+/=-])/gu,
  validate: (s) => (s.startsWith('ZXlK') ? isPaymobApiKey(s) : looksRandom(s.slice(12), 3.5)),
  publicPrefix: 12,
  envName: 'PAYMOB_SECRET_KEY',
  references: ['https://developers.paymob.com/egypt/getting-started-egypt/integration-guide-and-api-reference'],
  examples: {
    positive: [
      `PAYMOB_SECRET_KEY=egy_sk_live_${fake('{h64}', 4192)}`,
      `PAYMOB_API_KEY=${encodeBase64(`eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.${encodeBase64(`{"class":"Merchant","profile_pk":${fake('{d6}', 4193)},"name":"initial"}`, true)}.${fake('{w86}', 4194)}`)}`,
    ],
    negative: [
      `const paymob = new Paymob({ publicKey: "egy_pk_live_${fake('{a32}', 4195)}" });`,
      'PAYMOB_SECRET_KEY=egy_sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      // another base64-encoded JWT (no merchant claims)
      `TOKEN=${encodeBase64(`eyJhbGciOiJIUzI1NiJ9.${encodeBase64('{"sub":"42","exp":1735689600}', true)}.${fake('{w43}', 4196)}`)}`,
    ],
  },
});
