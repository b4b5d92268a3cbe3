import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { decodeJsonObject, encodeBase64, isDocumentationJwtPayload, isSupabaseAnonPayload } from './_providerKit';

function b64url(json: object): string {
  return encodeBase64(JSON.stringify(json), true);
}

/** A signed token for the examples: a real JSON header and payload, a fake signature. */
function sampleJwt(header: object, payload: object, seed: number): string {
  return `${b64url(header)}.${b64url(payload)}.${fake('{w43}', seed)}`;
}

/** A claim's placeholder value in a docs page's sample token. */
const SAMPLE_CLAIM = native(/^(?:example|sample|test|demo|placeholder|string|x+)$/iu);

export default defineRule({
  id: 'jwt',
  category: 'secret',
  description: 'JSON Web Token (eyJ… header.payload.signature) whose header decodes to JSON with an "alg"',
  keywords: ['eyj'],
  // base64url header starting eyJ ('{"') + . + base64url payload + . + base64url signature (empty for
  // alg "none", which is still reported: the token may be accepted by a lax verifier). A fourth
  // segment (JWE compact form) is not matched.
  // A match starts at its keyword and is at most 24,581 characters long.
  window: { before: 4, after: 24_600 },
  pattern: /(?<![\w.]|(?<!:)-)eyJ[\w-]{8,4096}\.[\w-]{2,16384}\.[\w-]{0,4096}(?![\w-]|\.[\w-])/gu,
  validate: (s) => {
    const [header = '', payload = ''] = s.split('.');
    const h = decodeJsonObject(header);
    if (!h || typeof h.alg !== 'string') return false;
    // the tokens from the jwt.io introduction, the PyJWT/ruby-jwt READMEs and RFC 7515 are documentation
    const p = decodeJsonObject(payload);
    if (isDocumentationJwtPayload(p)) return false;
    // A token without claims (`{}`): no subject, no expiry, no audience; a test's fixture.
    if (p && Object.keys(p).length === 0) return false;
    // A header that names a signing algorithm over an empty signature: a token cut short (a log's
    // truncated line) or a decoded sample; no verifier that checks the algorithm accepts it.
    if (s.endsWith('.') && h.alg.toLowerCase() !== 'none') return false;
    // A docs page's unsigned sample, its claims all placeholders (`{"session": "example"}`).
    if (s.endsWith('.') && p && Object.values(p).every((v) => typeof v === 'string' && SAMPLE_CLAIM.test(v))) return false;
    // The keys `supabase start` prints for a local stack (issuer supabase-demo): every developer's
    // machine has the same two, signed with the CLI's published default secret.
    if (p && p.iss === 'supabase-demo') return false;
    // Supabase's anon key is public by design.
    return !isSupabaseAnonPayload(p);
  },
  publicPrefix: 3,
  envName: 'JWT',
  references: ['https://www.rfc-editor.org/rfc/rfc7519', 'https://www.rfc-editor.org/rfc/rfc7515#section-7.1'],
  examples: {
    positive: [
      `Authorization: Bearer ${sampleJwt({ alg: 'HS256', typ: 'JWT' }, { sub: fake('{d8}'), role: 'admin', iat: 1718000000 }, 1)}`,
      `{"id_token": "${sampleJwt({ alg: 'RS256', kid: fake('{h16}') }, { iss: 'https://login.acme.io', aud: 'web', exp: 1900000000 }, 2)}"}`,
      `SUPABASE_SERVICE_ROLE_KEY=${b64url({ alg: 'none' })}.${b64url({ role: 'service_role', iat: 1700000000 })}.`,
    ],
    negative: [
      // a local Supabase stack's service-role key, as `supabase status` prints it
      `service_role key: ${sampleJwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase-demo', role: 'service_role', exp: 1983812996 }, 101530)}`,
      'const RFC7515_A1_JWS: &str = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";',
      // header decodes to JSON without "alg"
      `token=${b64url({ typ: 'JWT' })}.${b64url({ sub: '42' })}.${fake('{w43}')}`,
      // header starts like JSON but does not decode to it
      `token=eyJ${fake('{w30}')}.${fake('{w40}')}.${fake('{w43}')}`,
      `token=${b64url({ alg: 'HS256' })}.${b64url({ sub: '42' })}`,
      `Authorization: Bearer ${sampleJwt({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 3)}`,
      `>>> print(encoded)\n${sampleJwt({ alg: 'HS256', typ: 'JWT' }, { some: 'payload' }, 4)}`,
      `"client_token": "${b64url({ alg: 'none' })}.${b64url({ session: 'example' })}."`,
      `const token = '${sampleJwt({ alg: 'HS256' }, {}, 7)}';`,
      `GET /api/me?token=${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: fake('{d8}', 6), scope: 'read' })}. 401`,
      `NEXT_PUBLIC_SUPABASE_ANON_KEY=${sampleJwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: fake('{l20}'), role: 'anon', iat: 1700000000 }, 5)}`,
      `jwe=${b64url({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.${fake('{w40}')}.${fake('{w16}')}.${fake('{w40}')}.${fake('{w22}')}`,
    ],
  },
});
