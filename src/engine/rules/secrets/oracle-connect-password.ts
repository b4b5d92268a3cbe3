import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// An Oracle connect string on a command line: `user/password@host:port/service` or `user/password@//host…`
// after sqlplus, sqlcl, expdp, impdp, exp, imp, sqlldr, rman or dgmgrl, as backup scripts and runbooks
// write it, or after `connect` at a tool's prompt (`SQL> connect …`, `DGMGRL> connect c##admin/…@DB`)
// (the password is group 1). Not `/ as sysdba` (OS authentication, no password).
export default defineRule({
  id: 'oracle-connect-password',
  category: 'secret',
  description: "Password in an Oracle connect string on a command line (sqlplus user/password@db, expdp, rman)",
  keywords: ['sqlplus', 'sqlcl', 'expdp', 'impdp', 'sqlldr', 'rman', 'exp ', 'imp ', 'dgmgrl', '> connect ', '> conn '],
  window: { before: 16, after: 200 },
  pattern: /(?:\b(?:sqlplus|sqlcl|expdp|impdp|exp|imp|sqlldr|rman|dgmgrl)\b[^\n|;&]{0,60}?|(?:SQL|DGMGRL|RMAN)> ?conn(?:ect)?)[ \t]["']?[A-Za-z][\w$#]{0,29}\/([^\s/@"'$]{4,64})@(?:\/\/)?[\w.-]{1,253}/gu,
  secretGroup: 1,
  validate: (s) => isLiteralSecretValue(s, true, 4) && !/^(?:password|passwd|pwd|secret|changeme)$/iu.test(s),
  envName: 'ORACLE_PASSWORD',
  references: ['https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html'],
  examples: {
    positive: [
      `expdp system/${fake('{a8}', 577)}_.Q@ora-legacy-01.example.internal:1521/SINPROD directory=DUMP`,
      `sqlplus -s CLAIMS_APP/${fake('{a6}', 578)}#2023@//ora-01.acme.internal:1521/PROD <<SQL`,
      `dgmgrl sys/${fake('{a12}', 579)}@ORCLPROD_A`,
      `DGMGRL> connect c##dgadmin/${fake('{a10}', 580)}%q@ORCLPROD_B`,
    ],
    negative: ['sqlplus / as sysdba', 'sqlplus -s scott/${ORACLE_PASSWORD}@//db:1521/ORCL', 'rman target /'],
  },
});
