import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, keyedSource, looksRandom } from './_providerKit';

/** A Duo application's context: the word Duo, its API host, or an integration key (DI + 18) near the secret. */
const DUO_CONTEXT = /duo|\bDI[0-9A-Z]{18}\b/iu;

export default defineRule({
  id: 'duo-secret-key',
  category: 'secret',
  description: 'Duo Security application secret key (skey, 40 characters) beside its integration key or host',
  keywords: ['skey', 'duo'],
  // pam_duo.conf's and the Authentication Proxy's `skey=`, an env's DUO_SKEY / DUO_SECRET_KEY, a
  // Duo client's secret_key / client_secret; the key is read near its section or integration key.
  window: { before: 400, after: 400 },
  pattern: new RegExp(
    keyedSource(String.raw`(?<![\w-])(?:skey|duo[\w.-]{0,24}?(?:skey|secret[_-]?key|client[_-]?secret)|secret[_-]?key)`, String.raw`[A-Za-z0-9]{40}(?![\w-])`),
    'giu',
  ),
  secretGroup: 1,
  validate: (s, ctx) => hasCharClasses(s, 2) && looksRandom(s, 3.5) && isNear(ctx, DUO_CONTEXT, 400, 400),
  envName: 'DUO_SKEY',
  references: ['https://duo.com/docs/duounix', 'https://duo.com/docs/authproxy-reference'],
  examples: {
    positive: [
      `[duo]\nikey = ${fake('DI{u18}', 61)}\nskey = ${fake('{a40}', 62)}\nhost = api-${fake('{h8}', 63)}.duosecurity.com`,
      `DUO_SKEY=${fake('{a40}', 64)}`,
      `[radius_server_auto]\nikey=${fake('DI{u18}', 65)}\nskey=${fake('{a40}', 66)}\napi_host=api-${fake('{h8}', 67)}.duosecurity.com`,
    ],
    negative: [
      `[duo]\nikey = ${fake('DI{u18}', 61)}\nskey = ${fake('{a32}', 62)}`,
      `secret_key = "${fake('{a40}', 68)}"  # signing key for sessions`,
      `[duo]\nskey = \${DUO_SKEY}\nhost = api-${fake('{h8}', 63)}.duosecurity.com`,
    ],
  },
});
