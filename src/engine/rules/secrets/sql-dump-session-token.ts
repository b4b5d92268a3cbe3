import { defineRule, fake, minEntropy } from '../defineRule';
import { sqlCopyCell, sqlInsertCell } from '../pii/_sql';

/**
 * Framework tables that store a live token as it is sent (not its hash), with the column and the
 * token's shape: Django's sessions (`session_key`, 32 lower-case letters and digits) and Django REST
 * framework's tokens (`authtoken_token.key`, 40 hex digits); django-oauth-toolkit's access and
 * refresh tokens (30 or more letters and digits); Laravel's database sessions (`sessions.id`, 40)
 * and its old `users.api_token` (60 or 80).
 */
const TOKEN_CELLS: ReadonlyMap<string, { readonly column: string; readonly shape: RegExp }> = new Map([
  ['django_session', { column: 'session_key', shape: /^[a-z0-9]{32}$/u }],
  ['authtoken_token', { column: 'key', shape: /^[0-9a-f]{40}$/u }],
  ['oauth2_provider_accesstoken', { column: 'token', shape: /^[A-Za-z0-9]{30,80}$/u }],
  ['oauth2_provider_refreshtoken', { column: 'token', shape: /^[A-Za-z0-9]{30,80}$/u }],
  ['sessions', { column: 'id', shape: /^[A-Za-z0-9]{40}$/u }],
  ['users', { column: 'api_token', shape: /^[A-Za-z0-9]{60}$|^[A-Za-z0-9]{80}$/u }],
]);

// A session key or API token in a database dump (pg_dump's COPY rows, INSERT statements): whoever
// holds a dump of `django_session` or `authtoken_token` can sign in as its users until the rows
// expire. Which table and column a value sits in decides; the token's shape must fit.
export default defineRule({
  id: 'sql-dump-session-token',
  category: 'secret',
  description: "Session key or API token in a database dump of a framework's session or token table (Django, DRF, django-oauth-toolkit, Laravel)",
  keywords: ['django_session', 'authtoken_token', 'oauth2_provider_', 'sessions', 'api_token'],
  // The rows below the COPY line or INSERT statement (the table reader carries a COPY block's rows).
  window: { before: 0, after: 4000 },
  columns: true,
  pattern: /(?<![\w$.-])[A-Za-z0-9]{30,80}(?![\w$.-])/gu,
  validate: (s, ctx) => {
    if (!minEntropy(s, 3)) return false;
    const cell = sqlCopyCell(ctx.text, ctx.start) ?? sqlInsertCell(ctx.text, ctx.start);
    if (cell === undefined) return false;
    const expected = TOKEN_CELLS.get(cell.table);
    return expected !== undefined && cell.column.toLowerCase() === expected.column && expected.shape.test(s);
  },
  references: [
    'https://docs.djangoproject.com/en/stable/topics/http/sessions/#using-database-backed-sessions',
    'https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication',
    'https://laravel.com/docs/session#database',
  ],
  examples: {
    positive: [
      `COPY public.django_session (session_key, session_data, expire_date) FROM stdin;\n${fake('{l32}', 4101)}\t.eJx${fake('{w40}', 4102)}:1t${fake('{a5}', 4103)}\t2024-12-14 09:18:58+01\n\\.\n`,
      `COPY public.authtoken_token (key, created, user_id) FROM stdin;\n${fake('{h40}', 4104)}\t2024-01-21 09:18:58.166382+01\t1\n\\.\n`,
      `INSERT INTO \`sessions\` (\`id\`, \`user_id\`, \`ip_address\`, \`payload\`, \`last_activity\`) VALUES ('${fake('{a40}', 4105)}', 7, '10.0.4.2', 'YTo0On${fake('{b24}', 4106)}', 1733040000);`,
      `INSERT INTO oauth2_provider_accesstoken (id, token, expires, user_id) VALUES (12, '${fake('{a30}', 4107)}', '2025-01-02 10:00:00', 3);`,
    ],
    negative: [
      // Another table's column, or the same table's other columns
      `COPY public.orders (reference, created, user_id) FROM stdin;\n${fake('{h40}', 4108)}\t2024-01-21 09:18:58+01\t1\n\\.\n`,
      `COPY public.authtoken_token (key, created, user_id) FROM stdin;\n${fake('{l32}', 4109)}\t2024-01-21 09:18:58+01\t1\n\\.\n`,
      `INSERT INTO sessions (id, user_id, payload) VALUES ('${fake('{a32}', 4110)}', 7, 'x');`,
      // Prose that names the table
      `Sessions live in django_session; the key ${fake('{l32}', 4111)} came from the test fixture generator.`,
    ],
  },
});
