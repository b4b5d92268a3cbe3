import { defineRule, fake, minEntropy } from '../defineRule';
import { toUserPass } from './_providerKit';

/** Decodes base64 into `user:pass`; undefined when it is not base64 of printable ASCII credentials. */
function decodeUserPass(b64: string): { user: string; pass: string } | undefined {
  try {
    return toUserPass(atob(b64));
  } catch {
    return undefined;
  }
}

const btoaFake = (s: string): string => btoa(s);

export default defineRule({
  id: 'authorization-basic-credentials',
  category: 'secret',
  description: 'HTTP Basic credentials (base64 user:password) in an Authorization header',
  generic: true,
  keywords: ['basic', '_auth'],
  // Every match holds one of the keywords: a header or setting name of at most ~35 characters
  // before it, a value of at most 400 after it. (Without a window it searched whole texts: 0.26 s
  // of the bench corpus, 5% of its scan.)
  window: { before: 64, after: 512 },
  // "Authorization" + ":" or quote-separated (or, as web servers set headers, spaces and a quote:
  // nginx's `proxy_set_header Authorization "Basic …"`) + "Basic" + base64 of user:password (8-400 chars)
  // Or a setting named for Basic credentials (`debug-basic-auth=…`, `BASIC_AUTH: …`,
  // `PARTNER_BASIC: …`), base64 of user:password; or a string literal that is a whole header value,
  // `"Basic <base64>"`, as code builds it; or a whole field of a tshark or Zeek row (`…|Basic <base64>|…`);
  // or an .npmrc's `_auth=` (npm's legacy registry credentials, base64 of user:password).
  // The value must decode to user:password either way. Or a Basic-auth setting written in plain
  // `user:password` (Flower's `basic_auth`, `--basic_auth=…`, `FLOWER_BASIC_AUTH=…` in an .env). Or a log's
  // line about the header it built or sent (`auth header built: Basic <base64>`), group 7.
  // (A setting's base64 value ends at a colon: `ADMIN_BASIC_AUTH=operations:…` is a plain pair, group 6.)
  pattern: /(?:[Aa]uthorization|(?<![\w-])auth)["']?(?:[ \t]{0,3}[:=,][ \t]{0,3}["']?|[ \t]{1,3}["'])[Bb]asic[ \t]{1,3}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])|(?:(?:[Bb]asic|BASIC)[-_.]?(?:[Aa]uth|AUTH)[\w.-]{0,20}|(?<![\w.-])[A-Za-z][\w.-]{0,30}[-_.](?:BASIC|[Bb]asic))["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=:])|["'\x60][Bb]asic[ \t]{1,3}([A-Za-z0-9+/]{8,400}={0,2})["'\x60]|(?<=^|[|\t\n])Basic[ \t]([A-Za-z0-9+/]{8,400}={0,2})(?=[|\t\r\n]|$)|(?<![\w.-])_auth[ \t]{0,3}=[ \t]{0,3}["']?([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])|(?:[Bb]asic|BASIC)[-_.]?(?:[Aa]uth|AUTH)[\w.-]{0,20}["']?[ \t]{0,3}[:=][ \t]{0,3}["']?([\w.@-]{1,64}:[^\s"',;:]{6,128})(?=["',;]|\s|$)|[Hh]eader(?: [a-z]{2,12}){0,2}:[ \t]{0,3}Basic[ \t]{1,3}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/gu,
  secretGroup: [1, 2, 3, 4, 5, 6, 7],
  validate: (s, ctx) => {
    // A setting's plain `user:password` (Flower's `basic_auth`), not a hashed one (htpasswd's `$apr1$…`, bcrypt's `$2y$…`).
    if (ctx.match[6] !== undefined) {
      const pass = s.slice(s.indexOf(':') + 1);
      return !pass.startsWith('$') && /\d/u.test(pass) && /[A-Za-z]/u.test(pass) && minEntropy(pass, 2.5) && !/^(?:pass(?:word)?\d*|secret\d*|changeme\d*)$/iu.test(pass);
    }
    const up = decodeUserPass(s);
    if (!up) return false;
    // An API key sent as the user name with an empty password (Stripe, Mailgun, Twilio's style).
    if (up.pass === '') return up.user.length >= 20 && minEntropy(up.user, 3.5);
    return up.pass.length >= 4 && !/^(?:pass(?:word)?|secret|x+|\*+|changeme)$/iu.test(up.pass);
  },
  envName: 'BASIC_AUTH',
  references: ['https://datatracker.ietf.org/doc/html/rfc7617'],
  examples: {
    positive: [
      // a client's debug log of the header it built
      `2024-05-02 10:14:07.112 DEBUG [main] c.e.psp.Client - auth header built: Basic ${btoaFake(`PARTNER_API:${fake('{a24}', 101577)}`)}`,
      `FLOWER_BASIC_AUTH=admin:${fake('{a6}', 100889)}*${fake('{a8}', 100890)}7`,
      // a user name of eight letters or more, which the base64 branch must not take for a whole value
      `ADMIN_BASIC_AUTH=operations:${fake('{a8}.{a4}.{a6}', 101655)}7`,
      `curl -H "Authorization: Basic ${btoaFake('deploy:Vq7-Lm2x-Rt9z')}" https://ci.internal.io`,
      `DEBUG gw upstream=payments auth="Basic ${btoaFake(`${fake('{a32}', 1)}:`)}" status=200`,
      `Mar 12, 2024 05:13:32 UTC|10.40.2.15|10.40.7.31|GET|ci.corp.example|/job/deploy/build|Basic ${btoaFake(`deploy-bot:${fake('{a14}', 5)}`)}||`,
      `    proxy_set_header Authorization "Basic ${btoaFake('metrics:Wq8-Zt4n-Lp2v')}";`,
      `orders.payment-gateway.debug-basic-auth=${btoaFake('kh-orders:Vb7nQ2mX9kLt')}`,
      `      KYC_PARTNER_BASIC: ${btoaFake('kyc-live:Rq7-Vn3x-Wt9p')}`,
      `MATCH_GIT_BASIC_AUTHORIZATION=${btoaFake(`build-bot:${fake('{a20}', 100977)}`)}`,
      `    private val header = "Basic ${btoaFake('kyc-sandbox:Zx8-Mq2r-Kt4b')}"`,
      `registry=https://nexus.example.io/repository/npm-group/\n//nexus.example.io/repository/npm-private/:_auth=${btoaFake(`svc-npm:${fake('{a16}', 6)}`)}\nalways-auth=true`,
      `[celery]\nflower_port = 5555\nflower_basic_auth = flower:${fake('{a6}', 7)}${fake('{d2}', 8)}${fake('{a6}', 9)}`,
    ],
    negative: [
      `Authorization: Basic ${btoaFake('user:password')}`,
      'Authorization: Basic ${CREDENTIALS}',
      `Authorization: Basic ${btoaFake('no-colon-here')}`,
      `Authorization: Basic ${btoaFake('deploy:')}`,
      `const label = "Basic ${btoaFake('no-colon-in-this-one')}"`,
      'AUTH_MODE_BASIC: false',
      // an htpasswd hash as Traefik's basic auth takes it, an npm token that is not user:password
      'traefik.http.middlewares.auth.basicauth.users=admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/',
      `//registry.npmjs.org/:_auth=${btoaFake('no-colon-in-this-token')}`,
    ],
  },
});
