import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** Stored password hashes (PostgreSQL md5 and SCRAM, MySQL's `*` SHA-1): not the password itself. */
const PASSWORD_HASH = /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$.*|\*[0-9A-F]{40})$/u;

// A password in an SQL statement that creates or changes a database account, where no `=` joins it
// to its key: PostgreSQL's `CREATE ROLE … PASSWORD '…'`, MySQL's and Oracle's `IDENTIFIED BY '…'`
// (also `IDENTIFIED WITH plugin BY`), MySQL's `SET PASSWORD FOR … = '…'`, SQL Server's
// `CREATE LOGIN … WITH PASSWORD = '…'` (T-SQL's Unicode literals `N'…'` too), and T-SQL procedure
// parameters such as `sp_addlinkedsrvlogin … @rmtpassword = N'…'`. Quoted in either quote, or bare
// (Oracle). Migrations, seed scripts and DBA notes carry them.
export default defineRule({
  id: 'sql-password-literal',
  category: 'secret',
  description: 'Password in an SQL statement that creates or alters a database user (CREATE ROLE … PASSWORD, IDENTIFIED BY)',
  generic: true,
  keywords: ['create user', 'create role', 'alter user', 'alter role', 'create login', 'alter login', 'identified', 'set password', '@password', '@rmtpassword', '@passwd'],
  // (16 before: a window that started at the keyword would make `\b` hold inside "Reset password".)
  window: { before: 16, after: 400 },
  // A bare (unquoted) value only inside CREATE/ALTER USER; elsewhere `identified by` is prose too.
  pattern:
    /\b(?:create|alter)\s{1,4}(?:user|role|login)\b[^;]{0,200}?\b(?:password|identified\s{1,4}(?:with\s{1,4}\w{1,40}\s{1,4})?by)\s{0,4}(?:=\s{0,4})?(?:password\s{0,4}\(\s{0,4})?(?:N?'([^'\r\n]{1,128})'|"([^"\r\n]{1,128})"|([A-Za-z0-9_#$!*+-][^\s;'"(),]{3,127}))|(?:\bset\s{1,4}password\b[^;=]{0,120}=|\bidentified\s{1,4}(?:with\s{1,4}\w{1,40}\s{1,4})?by)\s{0,4}(?:password\s{0,4}\(\s{0,4})?(?:N?'([^'\r\n]{1,128})'|"([^"\r\n]{1,128})")|@(?:rmt)?pass(?:word|wd)\s{0,4}=\s{0,4}N?'([^'\r\n]{1,128})'/giu,
  secretGroup: [1, 2, 3, 4, 5, 6],
  validate: (value, ctx) => {
    const quoted = ctx.match[3] === undefined;
    if (PASSWORD_HASH.test(value)) return false;
    // `PASSWORD NULL`, `IDENTIFIED BY VALUES`, `PASSWORD EXPIRE`: keywords, not passwords.
    if (!quoted && /^(?:null|values|expire|password|by|with|valid|in|role|login)$/iu.test(value)) return false;
    return isLiteralSecretValue(value, quoted, 4);
  },
  envName: 'DB_PASSWORD',
  references: [
    'https://www.postgresql.org/docs/current/sql-createrole.html',
    'https://dev.mysql.com/doc/refman/8.0/en/create-user.html',
    'https://cwe.mitre.org/data/definitions/798.html',
  ],
  examples: {
    positive: [
      `CREATE ROLE etl_reader LOGIN PASSWORD '${fake('{a10}', 391)}#${fake('{d3}', 392)}';`,
      `ALTER USER app WITH ENCRYPTED PASSWORD '${fake('{a14}', 393)}';`,
      `CREATE USER 'report'@'%' IDENTIFIED BY '${fake('{a12}', 394)}!';`,
      `ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '${fake('{a12}', 395)}';`,
      `CREATE USER billing IDENTIFIED BY ${fake('{a12}', 396)}_${fake('{d2}', 397)};`,
      `SET PASSWORD FOR 'backup'@'10.0.0.%' = '${fake('{a16}', 398)}';`,
      `CREATE LOGIN [reports] WITH PASSWORD = N'${fake('{a12}', 399)}#${fake('{d2}', 400)}', CHECK_POLICY = ON;`,
      `EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY', @useself = N'False', @rmtuser = N'ro', @rmtpassword = N'${fake('{a12}', 401)}';`,
    ],
    negative: [
      "CREATE ROLE app LOGIN PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';",
      'CREATE USER reporting PASSWORD NULL;',
      "CREATE USER 'app'@'%' IDENTIFIED BY PASSWORD '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19';",
      "CREATE USER app WITH PASSWORD '${DB_PASSWORD}';",
      'cur.execute("ALTER ROLE app WITH PASSWORD %s", (new_password,))',
      'ALTER USER app PASSWORD EXPIRE;',
      "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY', @rmtpassword = N'$(LinkedServerPassword)';",
    ],
  },
});
