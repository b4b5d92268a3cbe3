import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, NOT_A_SECRET_KEY } from './_generic';

// Settings stored as {"key": "<name>", "value": "<value>"} pairs (Yandex Lockbox's payload entries
// say "textValue"): Postman and Insomnia
// environments and collections, Azure App Service and Terraform variable exports, GitHub Actions
// matrix entries, `az keyvault secret show` output (other fields between the name and the value:
// `"enabled"`, `"updated"`). The secret word is in the key's name, the secret in the sibling
// "value"; or a Postman variable says it is one (`"type": "secret"`, group 8). Terraform's plan
// output writes an ECS container's environment the same way in HCL (`+ name = "DD_API_KEY"` over
// `+ value = "…"`, group 9).
export default defineRule({
  id: 'keyvalue-pair-secret',
  category: 'secret',
  description: 'Secret in a {"key": "…password/token/secret…", "value": "…"} pair (Postman, app settings exports) a Kubernetes env entry (- name: …PASSWORD, value: …) or a Terraform state / ARM parameter value',
  generic: true,
  // (`value  ` too: terraform fmt aligns a block's `=` signs, `value        = "…"`.)
  keywords: ['"value"', 'value:', 'value = "', '"textvalue"', 'value  '],
  window: { before: 300, after: 300 },
  // JSON pairs (group 2), YAML list entries as Kubernetes and ECS environments write them (group 4),
  // or a named object holding its value (group 6), as Terraform state outputs and ARM parameter files
  // write them (`"db_password": {"sensitive": true, "value": "…"}`), or a Keycloak realm export's
// credential (`{"type": "password", "value": "…"}`, group 7), or an integration's auth object
// (`"auth": {"type": "apikey", "header": "X-Partner-Key", "value": "…"}`, group 7 too). The list entries:
  //   - name: DB_PASSWORD
  //     value: "…"
  // or in YAML's flow style, one entry a line (group 11): `- {name: DB_PASSWORD, value: "…"}`.
  pattern:
    /"(?:key|name)"[ \t]*:[ \t]*"([\w.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret|(?:signing|encryption|master|hmac|access|app|primary|secondary|account|shared|routing|integration)[_-]?key)[\w.-]{0,20})"[ \t]*,(?:[ \t\r\n]*"(?:enabled|updated|created|type|description|contentType|version|tags)"[ \t]*:[ \t]*(?:"[^"\r\n]{0,80}"|true|false|null|\d{1,14})[ \t]*,){0,4}[ \t\r\n]*"(?:value|textValue)"[ \t]*:[ \t]*"([^"\\\r\n]{6,300})"|-[ \t]{1,4}name:[ \t]{0,4}["']?[\w.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret|(?:signing|encryption|master|hmac)[_-]?key)[\w.-]{0,20}["']?[ \t]*\r?\n[ \t]{1,40}value:[ \t]{1,4}(["']?)([^"'\s#][^"'\r\n#]{4,298}[^"'\s#])\3[ \t]*(?=\r?\n|$)|"([\w.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret|(?:signing|encryption|master|hmac)[_-]?key)[\w.-]{0,20})"[ \t]*:[ \t]*\{[ \t\r\n]*(?:"(?:sensitive|type)"[ \t]*:[ \t]*(?:true|"string"),[ \t\r\n]*){0,2}"value"[ \t]*:[ \t]*"([^"\\\r\n]{6,300})"|"type"[ \t]*:[ \t]*"(?:password|api[_-]?key|apikey|bearer)"[ \t]*,[ \t\r\n]*(?:"(?:header|in|name)"[ \t]*:[ \t]*"[^"\r\n]{1,60}"[ \t]*,[ \t\r\n]*)?"value"[ \t]*:[ \t]*"([^"\\\r\n]{6,300})"|"key"[ \t]*:[ \t]*"[\w.-]{1,60}"[ \t]*,[ \t\r\n]*"value"[ \t]*:[ \t]*"([^"\\\r\n]{6,300})"(?=[ \t]*,[ \t\r\n]*"type"[ \t]*:[ \t]*"secret")|(?<![\w.-])name[ \t]*=[ \t]*"[\w.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret|(?:signing|encryption|master|hmac|access|app)[_-]?key)[\w.-]{0,20}"[ \t]*\r?\n[ \t]{0,40}[+~-]?[ \t]{0,4}value[ \t]*=[ \t]*"([^"\\\r\n]{6,300})"|\{[ \t]*name:[ \t]{0,4}["']?[\w.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|client[_-]?secret|(?:signing|encryption|master|hmac)[_-]?key)[\w.-]{0,20}["']?[ \t]*,[ \t]*value:[ \t]{0,4}(["']?)([^"'\s#,{}\[\]][^"'\r\n#,{}]{4,298}[^"'\s#,{}])\10[ \t]*\}/giu,
  secretGroup: [2, 4, 6, 7, 8, 9, 11],
  // (An upper-case note in the value's place, `REPLACED-SEE-TICKET-2188`, is no secret.)
  // (A pair whose name says its token guards one form, a HAR's `x-csrf-token` or Rails' `authenticity_token`, holds no credential.)
  validate: (s, ctx) => !NOT_A_SECRET_KEY.test(ctx.match[1] ?? ctx.match[5] ?? '') && isLiteralSecretValue(s, true, 6) && !/^\{\{[^}]*\}\}$|^<[^>]*>$|^[A-Z]{4,}(?:[-_][A-Z0-9]{2,})+$/u.test(s),
  envName: 'SECRET',
  references: ['https://learning.postman.com/docs/sending-requests/variables/managing-environments/'],
  examples: {
    positive: [
      `{"key": "password", "value": "${fake('{a8}', 1)}^${fake('{a6}', 2)}", "type": "text"}`,
      `[{ "name": "STRIPE_API_KEY", "value": "${fake('{a32}', 3)}", "slotSetting": false }]`,
      `{"entries": [{"key": "SMTP_PASSWORD", "textValue": "${fake('{a16}', 101729)}"}]}`,
      `        env:\n        - name: DB_PASSWORD\n          value: ${fake('{a10}', 479)}!${fake('{d2}', 480)}\n`,
      `  - name: "STRIPE_SECRET"\n    value: "${fake('{a24}', 481)}"`,
      `"outputs": {\n    "db_password": {\n      "value": "${fake('{a20}', 602)}#${fake('{a3}', 603)}",\n      "type": "string",\n      "sensitive": true\n    }`,
      `"parameters": { "adminPassword": { "value": "${fake('{a14}', 604)}!" } }`,
      `"credentials": [{ "type": "password", "value": "${fake('{a8}', 605)}!${fake('{a4}', 606)}", "temporary": true }]`,
      `"auth": {\n  "type": "apikey",\n  "header": "X-Partner-Key",\n  "value": "${fake('{h40}', 101506)}"\n}`,
      `"variables": {\n  "JWT_SIGNING_KEY": {\n    "value": "${fake('{a48}', 607)}"\n  }\n}`,
      `{\n  "enabled": true,\n  "name": "Partner-ClientSecret",\n  "updated": "2023-11-02T19:44:10+00:00",\n  "value": "${fake('{a32}', 608)}"\n}`,
      `    { "key": "apim_subscription", "value": "${fake('{h32}', 609)}", "type": "secret", "enabled": true },`,
      `              env:\n                - {name: REDIS_PASSWORD, value: "${fake('{a22}', 100942)}"}\n                - {name: REDIS_HOST, value: cache-main}\n`,
      `                      + {\n                          + name  = "DD_API_KEY"\n                          + value = "${fake('{h32}', 610)}"\n                        },`,
      // PagerDuty's Events API routing key in a Postman environment
      `{\n  "key": "pagerduty_routing_key",\n  "value": "${fake('{h32}', 101801)}"\n}`,
      // a Terraform resource's literal value, its block's `=` signs aligned
      `resource "azurerm_key_vault_secret" "sftp" {\n  name         = "PartnerSftpPassword"\n  value        = "${fake('{a6}', 101802)}^-${fake('{a9}', 101803)}"\n}`,
    ],
    negative: [
      // a HAR capture's form token and its header: each guards one form
      `{ "name": "authenticity_token", "value": "${fake('{b86}', 101935)}" }`,
      `{ "name": "x-csrf-token", "value": "${fake('{b86}', 101936)}" }`,
      '{"key": "password", "value": "{{password}}", "type": "secret"}',
      '{"key": "username", "value": "billing-bot"}',
      '{"key": "token_url", "value": "https://auth.acme.io/token"}',
      '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}',
      '- name: API_TOKEN\n  value: "{{ .Values.apiToken }}"',
      '- name: DB_PASSWORD\n  value: $(DB_PASSWORD_FROM_VAULT)',
      '- {name: DB_PASSWORD, value: "${DB_PASSWORD}"}',
      '{ "key": "base_url", "value": "https://api.acme.io/v2", "type": "default" }',
      '{\n  "name": "Legacy-Sftp-Password",\n  "value": "REPLACED-SEE-CLM-2188"\n}',
      '                          + name  = "DD_API_KEY"\n                          + value = (sensitive value)',
    ],
  },
});
