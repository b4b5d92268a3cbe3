import { defineRule, fake } from '../defineRule';
import { CREDENTIAL_WORD, isLiteralSecretValue, isPublicClientKey } from './_generic';

/** The header of the data table that `vault kv get` prints under `====== Data ======`. */
const DATA_TABLE = /=+ Data =+\r?\nKey[ \t]+Value\r?\n-+[ \t]+-+\r?\n/u;

// A secret's value in `vault kv get` output, pasted into a chat or a ticket: HashiCorp Vault prints
// a KV v2 secret's fields as a two-column table under `====== Data ======` (Key, Value, dashes),
// a field's name, spaces, its value. A row is a secret when its name says so (`PG_PASSWORD`,
// `stripe_secret_key`); the metadata table above (`created_time`, `version`) never does.
export default defineRule({
  id: 'vault-kv-output',
  category: 'secret',
  description: 'Secret value in `vault kv get` output (a row of the Data table whose key names a password, secret, token or key)',
  generic: true,
  keywords: ['= data ='],
  window: { before: 0, after: 4000 },
  pattern: /(?:^|\n)([A-Za-z][\w.-]{0,60})[ \t]{2,}(\S{6,300})[ \t]*(?=\r?\n|$)/gu,
  secretGroup: 2,
  validate: (s, ctx) => {
    const key = ctx.match[1] as string;
    if (!CREDENTIAL_WORD.test(key) || /(?:^|[_.-])(?:id|name|user(?:name)?|url|host|port|ttl|type|file|path)$/iu.test(key)) return false;
    // In the table: its header above, with no blank line between.
    const before = ctx.text.slice(Math.max(0, ctx.start - 4000), ctx.start);
    const header = before.search(DATA_TABLE);
    if (header === -1 || /\n[ \t]*\r?\n/u.test(before.slice(header + 12))) return false;
    return isLiteralSecretValue(s.replace(/^-/u, ''), true, 6) && !isPublicClientKey(s);
  },
  envName: 'VAULT_SECRET',
  references: ['https://developer.hashicorp.com/vault/docs/commands/kv/get'],
  examples: {
    positive: [
      `$ vault kv get secret/payments/prod\n========== Data ==========\nKey                     Value\n---                     -----\nPG_HOST                 payments-prod.internal\nPG_PASSWORD             ${fake('{a24}', 1)}`,
    ],
    negative: [
      '====== Metadata ======\nKey                Value\n---                -----\ncreated_time       2024-03-11T07:45:02.913466Z\nversion            7',
      `========== Data ==========\nKey                     Value\n---                     -----\nPG_PASSWORD_FILE        /etc/secrets/pg\nAPI_TOKEN_TTL           3600s`,
      `========== Data ==========\nKey                     Value\n---                     -----\nSTRIPE_PUBLISHABLE_KEY  pk_live_${fake('{a40}', 2)}`,
    ],
  },
});
