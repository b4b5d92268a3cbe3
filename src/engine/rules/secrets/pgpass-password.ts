import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// A PostgreSQL password file line (~/.pgpass, PGPASSFILE): hostname:port:database:username:password,
// `*` for any field but the password. Read on PostgreSQL's and PgBouncer's ports, whose lines carry
// them (`:5432:`, `:6432:`, Redshift's `:5439:`, CockroachDB's `:26257:`) or a wildcard. A `#` inside the
// password is literal (a comment only starts a line); `:` and `\` come escaped.
export default defineRule({
  id: 'pgpass-password',
  category: 'secret',
  description: 'Password in a PostgreSQL password file line (host:port:database:user:password)',
  keywords: [':5432:', ':5433:', ':5434:', ':5439:', ':6432:', ':26257:', ':*:'],
  window: { before: 260, after: 260 },
  pattern: /(?<![^\n])(?:[A-Za-z0-9][\w.-]{0,252}|\*):(?:543[2349]|6432|26257|\*):(?:[\w.-]{1,63}|\*):(?:[\w.@-]{1,63}|\*):((?:[^\s:\\]|\\.){4,128})[ \t]*(?=\r?\n|$)/gu,
  secretGroup: 1,
  validate: (value) => isLiteralSecretValue(value, true, 4) && !/^(?:postgres|password|secret|changeme)$/iu.test(value),
  envName: 'PGPASSWORD',
  references: ['https://www.postgresql.org/docs/current/libpq-pgpass.html'],
  examples: {
    positive: [
      `# survey DB\npg-research.internal.acme.io:5432:research:gwanjiru:${fake('{a9}', 711)}@${fake('{a5}', 712)}`,
      `*:6432:*:pgbouncer_admin:${fake('{a18}', 713)}\n`,
      `redshift-prod.abc123xyz9.eu-west-1.redshift.amazonaws.com:5439:claims:svc_etl:${fake('{a6}', 714)}-${fake('{a4}', 715)}#${fake('{a4}', 716)}`,
    ],
    negative: [
      'localhost:5432:*:postgres:postgres',
      'db.internal:5432:app:app_user:${PGPASSWORD}',
      '2024-05-06:5432:12:30:45',
    ],
  },
});
