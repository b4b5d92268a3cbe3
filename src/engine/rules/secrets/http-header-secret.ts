import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, isRandomToken } from './_generic';

/** Headers that carry a credential. */
const HEADER = String.raw`(?:[Aa]uthorization|AUTHORIZATION|[Pp]roxy-[Aa]uthorization|[Xx]-[Aa]pi-[Kk]ey|[Aa]pi-[Kk]ey|[Xx]-[Aa]uth-[Tt]oken|[Xx]-[Aa]ccess-[Tt]oken|[Pp]rivate-[Tt]oken|[Xx]-[Vv]ault-[Tt]oken|[Oo]cp-[Aa]pim-[Ss]ubscription-[Kk]ey)`;

// A credential in a header written as a name/value pair, as tools store requests and proxies
// add headers: a Postman or Insomnia collection (`{"key": "x-api-key", "value": "…"}`), Envoy's
// `request_headers_to_add` (`{key: Authorization, value: "Basic …"}`), a Kubernetes probe's
// `httpHeaders` (`- name: Authorization` / `value: Bearer …`). The value (group 1) may carry its
// scheme (`Bearer `, `Basic `, `Token `).
export default defineRule({
  id: 'http-header-secret',
  category: 'secret',
  description: 'Credential in an HTTP header stored as a name/value pair (Postman collections, Envoy, Kubernetes probes)',
  generic: true,
  keywords: ['authorization', 'api-key', 'auth-token', 'access-token', 'private-token', 'vault-token', 'subscription-key'],
  window: { before: 40, after: 400 },
  pattern: new RegExp(
    String.raw`(?:["']?(?:key|name)["']?[ \t]*:[ \t]*["']?${HEADER}["']?[ \t]*,?[ \t]*(?:\r?\n[ \t]{0,40}(?:-[ \t]+)?)?["']?value["']?[ \t]*:[ \t]*)["']?(?:(?:Bearer|Basic|Token|token|bearer|basic)[ \t]+)?([A-Za-z0-9+/_.~=:-]{12,512})["']?`,
    'gu',
  ),
  secretGroup: 1,
  validate: (s) => isLiteralSecretValue(s, true, 12) && isRandomToken(s.replace(/^[A-Za-z]{2,12}[_-](?=.{16})/u, ''), 12, 3.3),
  envName: 'API_TOKEN',
  references: ['https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/', 'https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/core/v3/base.proto#config-core-v3-headervalueoption'],
  examples: {
    positive: [
      `"header": [\n  {\n    "key": "x-api-key",\n    "value": "${fake('{a40}', 599)}",\n    "type": "text"\n  }\n]`,
      `- header: {key: Authorization, value: "Basic ${fake('{b56}', 600)}"}`,
      `httpHeaders:\n  - name: Authorization\n    value: Bearer ${fake('{w48}', 601)}`,
    ],
    negative: [
      '{"key": "Authorization", "value": "Bearer {{access_token}}"}',
      '- header: {key: x-api-key, value: "%REQ(x-api-key)%"}',
      '{"key": "Content-Type", "value": "application/json"}',
      '{"key": "x-api-key", "value": "<your-api-key>"}',
    ],
  },
});
