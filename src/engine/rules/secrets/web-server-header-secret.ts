import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

// A credential that a web server or proxy adds to the requests it forwards, set in its config with
// no `:` or `=` between header and value: nginx's `proxy_set_header X-Api-Key "…";`, HAProxy's
// `http-request set-header X-Auth-Token …`, Apache's `RequestHeader set X-Api-Key "…"`. The header
// is Authorization (a bare token) or a name holding key, token, secret or auth. (Basic and Bearer
// values are authorization-basic-credentials' and authorization-bearer-token's.)
export default defineRule({
  id: 'web-server-header-secret',
  category: 'secret',
  description: 'API key or token set as a request header in an nginx, HAProxy or Apache config',
  generic: true,
  keywords: ['proxy_set_header', 'grpc_set_header', 'add_header', 'set-header', 'add-header', 'requestheader', 'header set', 'header always set'],
  // (The match starts up to ~20 characters before its keyword: `http-request set-header`.)
  window: { before: 32, after: 300 },
  pattern:
    /\b(?:proxy_set_header|grpc_set_header|add_header|http-(?:request|response)[ \t]{1,4}(?:set|add)-header|RequestHeader[ \t]{1,4}(?:set|append|add)|Header[ \t]{1,4}(?:always[ \t]{1,4})?set)[ \t]{1,8}(?:Authorization|[\w-]{0,30}(?:[Aa]pi-?[Kk]ey|API-?KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Aa]uth|AUTH)[\w-]{0,30})[ \t]{1,8}(["']?)([A-Za-z0-9_\-.+/=~]{16,400})\1(?=[ \t]*(?:;|$|\r?\n))/gmu,
  secretGroup: 2,
  validate: (value) => isLiteralSecretValue(value, true, 16) && isRandomToken(value, 16, 3.3),
  envName: 'API_KEY',
  references: ['https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header', 'https://docs.haproxy.org/2.8/configuration.html#4.2-http-request%20set-header'],
  examples: {
    positive: [
      `location /metrics {\n    proxy_set_header X-Api-Key "${fake('{h40}', 401)}";\n}`,
      `    http-request set-header X-Auth-Token ${fake('{a32}', 402)}`,
      `RequestHeader set X-Service-Token "${fake('{a28}', 403)}"`,
    ],
    negative: [
      '    proxy_set_header X-Api-Key $http_x_api_key;',
      '    proxy_set_header Authorization "";',
      '    add_header X-Request-Token-Id "request-id-placeholder-value";',
      '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    ],
  },
});
