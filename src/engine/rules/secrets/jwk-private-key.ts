import { defineRule, fake, shannonEntropy } from '../defineRule';

// A private key written as a JSON Web Key (RFC 7517/7518): an EC, OKP (Ed25519) or RSA key's
// private exponent `d`, or a symmetric (`"kty": "oct"`) key's `k`, base64url without padding. A
// public JWK (a JWKS endpoint's keys) has `n`/`e` or `x`/`y` only, so `d` or `k` beside a `kty`
// is the key's secret half. The JSON may sit escaped inside a string (an env var, a Helm value:
// `\"d\":\"…\"`). Not the RSA key's other private members (p, q, dp, dq, qi): one finding names the
// key, and `d` alone recovers it.
export default defineRule({
  id: 'jwk-private-key',
  category: 'secret',
  description: 'Private key in JSON Web Key form: the "d" member of an EC, OKP or RSA JWK, or the "k" of a symmetric one, beside its "kty"',
  keywords: ['"kty', '\\"kty'],
  window: { before: 3000, after: 3000 },
  pattern: /\\?"(?:d|k)\\?"[ \t]*:[ \t]*\\?"([A-Za-z0-9_-]{22,1400})\\?"/gu,
  secretGroup: 1,
  // (Random key material, not words: `"k": "put-the-shared-secret-here"` is a placeholder.)
  validate: (s) => !/^[a-z]+(?:[_-][a-z]+)+$/u.test(s) && shannonEntropy(s) >= 3.5,
  envName: 'JWK_PRIVATE_KEY',
  references: ['https://www.rfc-editor.org/rfc/rfc7517', 'https://www.rfc-editor.org/rfc/rfc7518#section-6.2.2.1'],
  examples: {
    positive: [
      `{"kty": "EC", "crv": "P-256", "kid": "signing-2024", "x": "${fake('{w43}', 101444)}", "y": "${fake('{w43}', 101445)}", "d": "${fake('{w43}', 101446)}"}`,
      `OIDC_SIGNING_JWK="{\\"kty\\":\\"OKP\\",\\"crv\\":\\"Ed25519\\",\\"x\\":\\"${fake('{w43}', 101447)}\\",\\"d\\":\\"${fake('{w43}', 101448)}\\"}"`,
      `{\n  "keys": [\n    {\n      "kty": "oct",\n      "alg": "HS256",\n      "k": "${fake('{w43}', 101449)}"\n    }\n  ]\n}`,
    ],
    negative: [
      // a JWKS endpoint's public keys: no private member
      `{"keys": [{"kty": "EC", "crv": "P-256", "use": "sig", "x": "${fake('{w43}', 101450)}", "y": "${fake('{w43}', 101451)}"}]}`,
      '{"kty": "oct", "k": "put-the-shared-hmac-secret-here"}',
    ],
  },
});
