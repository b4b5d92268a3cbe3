import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A user and a password passed as two literals to an HTTP client's basic authentication: Python's
// requests and httpx (`auth=("svc", "…")`, `HTTPBasicAuth("svc", "…")`, aiohttp's `BasicAuth(…)`),
// OkHttp's `Credentials.basic(…)`, Apache HttpClient's `UsernamePasswordCredentials(…)`, Spring's
// and Go's `SetBasicAuth(…)`, Spring's `HttpHeaders.encodeBasicAuth(…)`, a client's own `basic(user,
// password)` helper, supertest's `.auth(…)`. An SDK that takes its key id and secret as
// such a pair (`razorpay.Client(auth=("rzp_live_…", "…"))`) passes a secret the same way. The
// password must be a literal: a name or a call is a reference, not the value.
export default defineRule({
  id: 'basic-auth-call-password',
  category: 'secret',
  description: 'Password given as a literal with its user to an HTTP client\'s basic authentication (auth=("user", "…"), HTTPBasicAuth, SetBasicAuth)',
  keywords: ['auth=', 'auth =', 'basicauth(', 'basic(', 'digestauth(', 'proxyauth(', 'credentials.basic(', 'usernamepasswordcredentials(', '.auth('],
  window: { before: 40, after: 400 },
  pattern:
    /(?:(?<!\w)auth[ \t]*=[ \t]*\(|(?<![\w])(?:HTTP(?:Basic|Digest|Proxy)Auth|BasicAuth|Credentials\.basic|UsernamePasswordCredentials|[sS]etBasicAuth|basicAuth|encodeBasicAuth|(?<![\w.])basic)\(|\.auth\()[ \t]*(["'])([^"'\n\\]{1,128})\1[ \t]*,[ \t]*(["'])([^"'\n\\]{4,200})\3[ \t]*[),]/gu,
  secretGroup: 4,
  // (Six characters at least: `auth=("user", "pass")` is the docs' stand-in.)
  validate: (value) => isLiteralSecretValue(value, true, 6),
  envName: 'HTTP_PASSWORD',
  references: ['https://requests.readthedocs.io/en/latest/user/authentication/', 'https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `r = requests.get(f"{BASE}/reports/daily", auth=("svc-reports", "${fake('{a12}', 100946)}"), timeout=30)`,
      `razorpay_client = razorpay.Client(auth=("rzp_live_${fake('{a14}', 100947)}", "${fake('{a24}', 100948)}"))`,
      `req.SetBasicAuth("exporter", "${fake('{a10}', 100949)}!${fake('{d2}', 100950)}")`,
      `String credential = Credentials.basic("jenkins", "${fake('{a16}', 100951)}");`,
      `session.auth = ('admin', '${fake('{a14}', 100952)}')`,
      // an SAP connector's own helper for its RFC user
      `        return basic("RFC_SHOP", "${fake('{A3}', 101182)}#${fake('{a12}', 101183)}!");`,
    ],
    negative: [
      'r = requests.get(url, auth=(USER, PASSWORD))',
      'r = requests.get(url, auth=("svc-reports", os.environ["REPORTS_PASSWORD"]))',
      'auth=("user", "pass")',
      "session.auth = ('admin', '<password>')",
      'req.SetBasicAuth("exporter", "${EXPORTER_PASSWORD}")',
      'const b = basic("user", passwordFromVault());',
    ],
  },
});
