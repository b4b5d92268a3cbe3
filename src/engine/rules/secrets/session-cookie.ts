import { defineRule, fake, minEntropy } from '../defineRule';
import { SESSION_NAMES } from './_cookies';

// A session or auth cookie in a Cookie or Set-Cookie header: copied from browser devtools ("Copy as
// cURL"), HAR files and logs, it logs whoever holds it in as the user.
export default defineRule({
  id: 'session-cookie',
  category: 'secret',
  description: 'Session or auth cookie value in a Cookie / Set-Cookie header (devtools cURL, HAR, logs)',
  // (A browser's or a phishing kit's cookie export names no cookie header: each cookie object is
  // `{"Name": "sid", "Value": "…", "Path": "/", "HttpOnly": true}`, its flag after its value.)
  // (And curl's short option, quoted as devtools' "Copy as cURL" and shell histories write it: `-b 'JSESSIONID=…'`.)
  keywords: ['cookie', '"httponly"', " -b '", ' -b "'],
  keywordWindows: { '"httponly"': { before: 400, after: 2000 } },
  window: { before: 40, after: 2000 },
  // NOTE: up to six cookies may come before the session's (`_ga=GA1.2.3; csrftoken=…; session=…`),
  // each read as a name and a value without `=` (but its base64 padding): a run of
  // `cookie=cookie=…` then fails at once instead of scanning 400 characters for a `;` at every position.
  // A HAR file's header entry may sit in a JSON string of its own (`\\"name\\": \\"Cookie\\"`, a chat
  // export's attachment; a Postman collection's is `"key": "Cookie"`), and its `cookies` list names each
  // cookie (`{"name": "sid", "value": "…"}`). Sentry's and Rollbar's events list headers as pairs (`["Cookie", "…"]`).
  // An iron-sealed cookie (hapi's, @hapi/iron: `Fe26.2**<hmac>*<salt>*<iv>*…`) keeps its stars.
  // A sentence may name the cookie before a colon (`the portal's session cookie: …`, `il cookie di sessione: …`).
  pattern: new RegExp(
    `(?:cookie["']?[ \\t]*[:=][ \\t]*\\[?["']?|(?<![\\w-])cookie[ \\t]+(?=[\\w.-]{1,40}=)|cookie(?:[ \\t]+[^\\s:;="'<>]{1,20}){1,4}[ \\t]*:[ \\t]*["']?|cookie["'][ \\t]*,[ \\t\\r\\n]{0,40}["']|\\\\?"(?:name|key)\\\\?"[ \\t]*:[ \\t]*\\\\?"cookie\\\\?"[ \\t]*,(?:[ \\t\\r\\n]|\\\\n){0,40}\\\\?"value\\\\?"[ \\t]*:[ \\t]*\\\\?"|-b[ \\t]+["']|--cookie[ \\t]+["'])(?:[^\\n"';=]{1,64}(?:=[^\\n"';=]{0,400}={0,2})?;[ \\t]*){0,6}${SESSION_NAMES}=((?:Fe26\\.2\\*[A-Za-z0-9*_-]{20,1024})|[A-Za-z0-9%._~+/=-]{20,1024})` +
      `|"name"[ \\t]*:[ \\t]*"${SESSION_NAMES}"[ \\t]*,[ \\t\\r\\n]{0,40}"value"[ \\t]*:[ \\t]*"([A-Za-z0-9%._~+/=-]{20,1024})"` +
      // a framework's log context or a request dump that maps cookies' names to their values (Laravel's
      // `"cookies":{"laravel_session":"…"}`, Django's `COOKIES = {'sessionid': '…'}`), the session's among up to six
      `|cookies["']?[ \\t]*[:=][ \\t]*\\{[ \\t\\r\\n]{0,40}(?:["'][^"'\\n]{1,64}["'][ \\t]*:[ \\t]*["'][^"'\\n]{0,400}["'][ \\t]*,[ \\t\\r\\n]{0,40}){0,6}["']${SESSION_NAMES}["'][ \\t]*:[ \\t]*["']([A-Za-z0-9%._~+/=-]{20,1024})["']`,
    'giu',
  ),
  secretGroup: [1, 2, 3],
  // (Hex carries at most 4 bits a character: a random 32-digit session id measures ~3.5 to 3.9, sometimes less.)
  validate: (s) => minEntropy(s, /^[0-9a-f]+$/iu.test(s) ? 3.0 : 3.5) && !/^(?:deleted|null|undefined|x+)$/iu.test(s),
  envName: 'SESSION_COOKIE',
  references: ['https://owasp.org/www-community/attacks/Session_hijacking_attack'],
  examples: {
    positive: [
      // a shell history's curl with the session cookie, hex and iron-sealed
      `curl -s -b 'JSESSIONID=${fake('{H32}', 101954)}' https://backoffice.example.internal/gw/admin/queues`,
      `curl -s -b '__Host-portal=Fe26.2**${fake('{h64}', 101955)}*${fake('{w22}', 101956)}*${fake('{w43}', 101957)}' https://portal.example.org/api/me`,
      // a prompt that pastes the session cookie after saying what it is, in Italian
      `e il cookie di sessione del portale: ASP.NET_SessionId=${fake('{w43}', 101595)}`,
      // a Sentry event's request headers, as name and value pairs
      `"headers": [\n  [\n    "Cookie",\n    "shop_sync_session=${fake('{h32}', 100885)}; _ga=GA1.1.1234509876.1700000000"\n  ]\n]`,
      `curl 'https://shop.acme.io/api/cart' -H 'cookie: _ga=GA1.2.3; session=${fake('{w48}', 1)}; theme=dark'`,
      `{"name": "Cookie", "value": "sid=${fake('{w40}', 2)}"}`,
      `"header": [{"key": "Cookie", "value": "csrftoken=${fake('{a32}', 12)}; sessionid=${fake('{l32}', 13)}"}]`,
      `{\n  "name": "cookie",\n  "value": "bl_session=${fake('{a48}', 4)}; _ga=GA1.1.1738291023.1717490000"\n}`,
      `  -H 'cookie: portal_sid=${fake('{a64}', 5)}; cookieconsent_status=dismiss' \\`,
      `Set-Cookie: laravel_session=${fake('{b64}', 3)}; path=/; httponly`,
      // a shop admin's session cookie in a HAR entry, `_session_id` after its name
      `{\n  "name": "Cookie",\n  "value": "_store_admin_session_id=${fake('{w43}', 100919)}; locale=en"\n}`,
      // Go's http.Header dumped as JSON, a hex session id after a tracking cookie
      `"Header":{"Cookie":["app_sid=${fake('{w43}', 14)}; lang=de"]}`,
      `  cookie: _ga=GA1.1.1234509876.1700000000; portal_session=${fake('{h32}', 15)}; _csrf=undefined`,
      `headers={'Host': 'id.acme.io', 'Cookie': 'ac_csrftoken=${fake('{a32}', 6)}; ac_sessionid=${fake('{w32}', 7)}'}`,
      `"cookies": [\n  {\n    "name": "tw_sid",\n    "value": "${fake('{w40}', 8)}"\n  }\n]`,
      // a phishing kit's captured tokens: Okta's session cookies by domain, no cookie header anywhere
      `"tokens": {\n  ".kestrel.okta.com": {\n    "idx": {\n      "Name": "idx",\n      "Value": "${fake('{w40}', 101754)}.${fake('{w22}', 101755)}",\n      "Path": "/",\n      "HttpOnly": true\n    }\n  }\n}`,
      // a Laravel log's context: the request's cookies by name
      `[2025-02-11 08:03:51] local.WARNING: Token mismatch {"route":"cart.update","cookies":{"XSRF-TOKEN":"${fake('{b64}', 100904)}","laravel_session":"${fake('{b64}', 100905)}"}}`,
      `COOKIES = {'csrftoken': 'x', 'sessionid': '${fake('{l32}', 100906)}'}`,
      `"extracted_content": "{\\n  \\"headers\\": [{\\n    \\"name\\": \\"Cookie\\",\\n    \\"value\\": \\"connect.sid=s%3A${fake('{w40}', 9)}\\"\\n  }]"`,
      // a portal's debug log: the word cookie, then the session cookie's name and value
      `2024-11-20T17:02:10Z debug [session] cookie portal_session=${fake('{a32}', 8230)}.${fake('{a43}', 8231)} user=42`,
    ],
    negative: [
      "curl -H 'cookie: theme=dark; lang=en' https://acme.io",
      'Set-Cookie: session=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT',
      `Cookie: session=${'a'.repeat(32)}`,
      `"cookies": [{ "name": "theme", "value": "${fake('{w40}', 10)}" }]`,
      `"cookies":{"theme":"dark","cookieconsent":"${fake('{w40}', 100907)}"}`,
      // the word cookie before a setting of its own, not a cookie
      'cookie max_age=3600 secure=true',
    ],
  },
});
