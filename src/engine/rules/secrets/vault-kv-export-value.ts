import { defineRule, fake } from '../defineRule';
import { isCryptHash, isLiteralSecretValue, isRandomToken } from './_generic';
import { native } from '../../scan/nativeRegex';

/** The last segment of a Vault path when it names an identifier, a name or an address, not a secret (`minor_id`, `username`; not `secret_id`). */
const PATH_NO_SECRET = native(/^(?:(?![\w-]*(?:secret|key)[_-]?ids?$)(?:[\w-]*[_-])?ids?|(?:[\w-]*[_-])?(?:(?:user)?name|e-?mail|url|uri|host(?:name)?|region|endpoint|account))$/iu);

// A secret's value in a plain-text export of a secrets store: HashiCorp Vault's KV engine dumped to
// JSON for a backup or a DR drill (`"secret/app/db_password": {"data": {"value": "…"}}`), and tools
// that write the same shape. The value's key is only `value`; the secret's path names what it is,
// so the path must end in a credential's word (password, token, secret, a key, credentials).
// Or a secrets inventory's entry (group 3): the path in its own field, other fields (version, owner,
// rotation) before its value, `{"path": "kv/prod/mailer/transactional", …, "value": "…"}`. Whatever
// the path's last word, what an inventory of a secrets store lists is a secret, unless that word
// names an id, a name or an address (`…/minor_id`, `…/username`).
export default defineRule({
  id: 'vault-kv-export-value',
  category: 'secret',
  description: "Secret's value in a secrets store's JSON export, under a path that names a credential (Vault KV: \"secret/…/db_password\": {\"data\": {\"value\": …}}), or in a secrets inventory's entry for a Vault KV path",
  keywords: ['"secret/', '"kv/', '"secrets/'],
  // (An inventory's entry starts at its `"path"` key, just before the path.)
  window: { before: 16, after: 400 },
  pattern:
    /"(?:secret|kv)\/[^"\n]{0,200}?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|private[_-]?key|signing(?:[_-]?key)?|encryption[_-]?key|master[_-]?key|client[_-]?secret|credentials?|refresh[_-]?token)[^"\/\n]{0,30}"[ \t]*:[ \t]*\{\s{0,40}"data"[ \t]*:[ \t]*\{\s{0,40}"value"[ \t]*:[ \t]*"([^"\\\r\n]{8,512})"|"path"[ \t]*:[ \t]*"((?:kv|secrets?)\/[^"\\\r\n]{1,200})"(?:[ \t\r\n]*,[ \t\r\n]*"(?!value")[\w-]{1,30}"[ \t]*:[ \t]*(?:"[^"\\\r\n]{0,120}"|true|false|null|-?\d{1,14}(?:\.\d{1,6})?)){0,8}[ \t\r\n]*,[ \t\r\n]*"value"[ \t]*:[ \t]*"([^"\\\r\n]{6,300})"/gu,
  secretGroup: [1, 3],
  validate: (s, ctx) => {
    if (ctx.match[3] === undefined) return !isCryptHash(s) && isLiteralSecretValue(s, true, 8) && isRandomToken(s, 8, 3);
    const path = ctx.match[2] as string;
    return isLiteralSecretValue(s, true, 6) && !/^\{\{[^}]*\}\}$|^<[^>]*>$/u.test(s) && !PATH_NO_SECRET.test(path.slice(path.lastIndexOf('/') + 1));
  },
  envName: 'SECRET_VALUE',
  references: ['https://developer.hashicorp.com/vault/docs/secrets/kv', 'https://developer.hashicorp.com/vault/docs/commands/kv/get'],
  examples: {
    positive: [
      `{\n  "secrets": {\n    "secret/payroll/tenants/acme/sftp_password": {\n      "data": {\n        "value": "${fake('{a14}', 101428)}+-"\n      }\n    }\n  }\n}`,
      `"kv/ledger/prod/bamboohr_api_key": {"data": {"value": "${fake('{h40}', 101429)}"}}`,
      // a secrets inventory's entries, other fields between the path and the value
      `{"path": "kv/prod/mailer/transactional", "version": 3, "owner": "platform", "rotation_days": null, "value": "${fake('{a22}', 101809)}"}`,
    ],
    negative: [
      // a path that names no credential, a placeholder value
      `"secret/payroll/tenants/acme/sftp_host": {"data": {"value": "sftp.${fake('{l8}', 101430)}.example.net"}}`,
      '"secret/payroll/tenants/acme/sftp_password": {"data": {"value": "<set-me-in-vault>"}}',
      // an inventory's template reference, an id under its path, and a path that is no secrets store's
      '{"path": "kv/prod/mailer/transactional", "version": 3, "value": "{{ vault_mailer_key }}"}',
      '{"path": "kv/prod/billing/minor_id", "version": 1, "rotation_days": null, "value": "KSTRL00042"}',
      '{"path": "assets/img/logo.png", "size": 2048, "value": "b3JnLmFjbWUubG9nbw"}',
    ],
  },
});
