import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isLiteralSecretValue, isPublicClientKey, isRandomToken } from './_generic';

// A secret in the key/value table that HashiCorp Vault's CLI prints (`vault kv get`, `vault read`),
// pasted with a terminal session:
//   Key            Value
//   ---            -----
//   db_password    jMAk9fEznHQmuQirnJuKHwu3of
// The header's underline is the context; a row whose key names a password, a secret, a token or
// a key (in lower or upper case: `db_password`, `PG_PASSWORD`) holds its value after two or more spaces. A password may be any literal; a token's or a
// key's value must look random (`token_ttl    768h`, `token_policies    [default]` do not).
export default defineRule({
  id: 'cli-table-secret',
  category: 'secret',
  description: "Secret in a CLI's key/value table (vault kv get, vault read)",
  generic: true,
  keywords: ['value\n---', 'value\r\n---'],
  keywordWindows: { 'value\n---': { before: 8, after: 4000 }, 'value\r\n---': { before: 8, after: 4000 } },
  window: { before: 8, after: 4000 },
  pattern:
    /^([a-z][\w.-]{0,40}?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|secret[_-]?key|credentials?)|[A-Z][A-Z0-9_.-]{0,40}?(?:PASSWORD|PASSWD|PWD|PASSPHRASE|SECRET|TOKEN|API[_-]?KEY|PRIVATE[_-]?KEY|ACCESS[_-]?KEY|SECRET[_-]?KEY|CREDENTIALS?))[ \t]{2,}([^\s]{6,300})[ \t]*$/gmu,
  secretGroup: 2,
  validate: (s, ctx) => {
    const key = ctx.match[1] as string;
    // The table's header is above the row: `Key  Value` over `---  -----`.
    if (!/(?:^|\n)Key[ \t]{2,}Value\r?\n---[ \t]{2,}-----/u.test(ctx.text.slice(Math.max(0, ctx.start - 4000), ctx.start))) return false;
    if (/(?:ttl|period|policies|type|accessor|path|version|renewable|num_uses|max_ttl|duration)$/iu.test(key)) return false;
    // (A value may start with a dash: `-Lv4…`, which no flag is here.)
    if (!isLiteralSecretValue(s.replace(/^-/u, ''), false, 6) || isPublicClientKey(s) || /^(?:n\/a|<nil>|\[\]|map\[\]|true|false|null)$/u.test(s)) return false;
    if (/pass|pwd/iu.test(key)) return hasCharClasses(s, 2);
    return isRandomToken(s, 16, 3.0);
  },
  envName: 'SECRET',
  references: ['https://developer.hashicorp.com/vault/docs/commands/kv/get'],
  examples: {
    positive: [
      `====== Data ======\nKey            Value\n---            -----\ndb_password    ${fake('{a26}', 1301)}\ndb_user        cache_warm`,
      `Key                Value\n---                -----\nrefresh_interval   768h\napi_token          ${fake('{a40}', 1302)}`,
      `========== Data ==========\nKey                     Value\n---                     -----\nPG_HOST                 payments-prod.internal\nPG_PASSWORD             -${fake('{a24}', 1304)}`,
    ],
    negative: [
      'Key                 Value\n---                 -----\ntoken_accessor      n/a\ntoken_policies      ["default"]\ntoken_ttl           768h',
      `Key            Value\n---            -----\ndb_password    \${DB_PASSWORD}`,
      `| Key | Value |\n|---|---|\n| db_password | ${fake('{a26}', 1303)} |`,
      `Key                     Value\n---                     -----\nSTRIPE_PUBLISHABLE_KEY  pk_live_${fake('{a40}', 1305)}\nSTRIPE_TOKEN_TTL        3600s`,
    ],
  },
});
