import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue, looksLikeWords } from './_generic';

// The key of an SQL encryption function written into the query: MySQL's `AES_ENCRYPT(col, 'key')`
// and `AES_DECRYPT(…)`, PostgreSQL's pgcrypto `pgp_sym_encrypt(data, 'key')` and `pgp_sym_decrypt`.
// Whoever reads the query (a MyBatis mapper, a migration, a query log) can decrypt the column. The
// first argument may hold one level of parentheses (`UNHEX(ssn_enc)`) or a bind (`#{ssn}`).
export default defineRule({
  id: 'sql-encryption-key-literal',
  category: 'secret',
  description: "Key literal of an SQL encryption function (MySQL's AES_ENCRYPT/AES_DECRYPT, pgcrypto's pgp_sym_encrypt/decrypt)",
  generic: true,
  keywords: ['aes_encrypt', 'aes_decrypt', 'pgp_sym_encrypt', 'pgp_sym_decrypt'],
  pattern:
    /(?:aes_(?:en|de)crypt|pgp_sym_(?:en|de)crypt(?:_bytea)?)[ \t]*\((?:[^(),'\n]|\([^()\n]{0,200}\)|'[^'\n]{0,200}'){1,300},[ \t]*'([^'\n\\]{8,128})'/giu,
  secretGroup: 1,
  // A random key, not a name for one (`dev-only-key`, `key_str`): a digit or mixed case, and no run of words.
  validate: (s) => isLiteralSecretValue(s, true, 8) && /\d|[a-z].*[A-Z]|[A-Z].*[a-z]/u.test(s) && !looksLikeWords(s.replace(/[-_.]/gu, ' ')) && !/^(?:my|your)[_-]?/iu.test(s),
  redactAs: 'secret',
  references: ['https://dev.mysql.com/doc/refman/8.4/en/encryption-functions.html#function_aes-encrypt', 'https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PGP-ENC-FUNCS'],
  examples: {
    positive: [
      `INSERT INTO customer_vault (customer_id, ssn_enc)\nVALUES (#{customerId}, HEX(AES_ENCRYPT(#{ssn}, '${fake('{a32}', 1231)}')))`,
      `SELECT CAST(AES_DECRYPT(UNHEX(ssn_enc), '${fake('{a32}', 1232)}') AS CHAR) FROM customer_vault`,
      `UPDATE patients SET ssn_enc = pgp_sym_encrypt(ssn, '${fake('{a24}', 1233)}');`,
    ],
    negative: [
      "SELECT AES_ENCRYPT('text', 'key_str');",
      "INSERT INTO vault VALUES (pgp_sym_encrypt('012345678901', 'dev-only-key'));",
      "SELECT AES_DECRYPT(ssn_enc, '${ENCRYPTION_KEY}') FROM t",
      'SELECT pgp_sym_decrypt(ssn_enc, current_setting(\'app.key\')) FROM t',
    ],
  },
});
