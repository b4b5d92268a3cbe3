import { defineRule, fake } from '../defineRule';
import { isCryptHash, isLiteralSecretValue, isRandomToken } from './_generic';

// A secret's value in a plain-text export of a secrets store: HashiCorp Vault's KV engine dumped to
// JSON for a backup or a DR drill (`"secret/app/db_password": {"data": {"value": "…"}}`), and tools
// that write the same shape. The value's key is only `value`; the secret's path names what it is,
// so the path must end in a credential's word (password, token, secret, a key, credentials).
export default defineRule({
  id: 'vault-kv-export-value',
  category: 'secret',
  description: "Secret's value in a secrets store's JSON export, under a path that names a credential (Vault KV: \"secret/…/db_password\": {\"data\": {\"value\": …}})",
  keywords: ['"secret/', '"kv/'],
  window: { before: 0, after: 400 },
  pattern:
    /"(?:secret|kv)\/[^"\n]{0,200}?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|private[_-]?key|signing(?:[_-]?key)?|encryption[_-]?key|master[_-]?key|client[_-]?secret|credentials?|refresh[_-]?token)[^"\/\n]{0,30}"[ \t]*:[ \t]*\{\s{0,40}"data"[ \t]*:[ \t]*\{\s{0,40}"value"[ \t]*:[ \t]*"([^"\\\r\n]{8,512})"/gu,
  secretGroup: 1,
  validate: (s) => !isCryptHash(s) && isLiteralSecretValue(s, true, 8) && isRandomToken(s, 8, 3),
  envName: 'SECRET_VALUE',
  references: ['https://developer.hashicorp.com/vault/docs/secrets/kv', 'https://developer.hashicorp.com/vault/docs/commands/kv/get'],
  examples: {
    positive: [
      `{\n  "secrets": {\n    "secret/payroll/tenants/acme/sftp_password": {\n      "data": {\n        "value": "${fake('{a14}', 101428)}+-"\n      }\n    }\n  }\n}`,
      `"kv/ledger/prod/bamboohr_api_key": {"data": {"value": "${fake('{h40}', 101429)}"}}`,
    ],
    negative: [
      // a path that names no credential, a placeholder value
      `"secret/payroll/tenants/acme/sftp_host": {"data": {"value": "sftp.${fake('{l8}', 101430)}.example.net"}}`,
      '"secret/payroll/tenants/acme/sftp_password": {"data": {"value": "<set-me-in-vault>"}}',
    ],
  },
});
