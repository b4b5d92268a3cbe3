import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** What PgBouncer keeps instead of a password: an MD5 digest (`md5` + 32 hex digits) or a SCRAM verifier. */
const STORED_HASH = /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$.*)$/u;

/** True when `value` is the user name or one of its parts (split at `_`, `-` and `.`). */
function isUserNamePart(value: string, user: string): boolean {
  const v = value.toLowerCase();
  const u = user.toLowerCase();
  return v === u || u.split(/[-_.]/u).includes(v);
}

// A PgBouncer auth file (userlist.txt, `auth_file`): one `"user" "password"` line per user. A line
// may hold the password itself or only its MD5 digest or SCRAM verifier; the plain ones are
// reported. Read where the text names PgBouncer or its auth file (a runbook's "Edit
// /etc/pgbouncer/userlist.txt:", the file itself under its name).
export default defineRule({
  id: 'pgbouncer-userlist-password',
  category: 'secret',
  description: 'Plain-text password in a PgBouncer auth file line ("user" "password")',
  keywords: ['pgbouncer', 'userlist', 'auth_file'],
  // The lines follow the file's name (a runbook's code block) or fill the file under it.
  window: { before: 200, after: 3000 },
  pattern: /(?<![^\n])[ \t]*"([^"\s]{1,63})"[ \t]+"((?:[^"\n]|"")+)"[ \t]*(?=\r?\n|$)/gu,
  secretGroup: 2,
  // (A password that is the user's name or a part of it, `"pgbouncer_stats" "stats"`, is a default, not a secret.)
  validate: (value, ctx) =>
    value.length >= 4 && value.length <= 128 && !STORED_HASH.test(value) && !isUserNamePart(value, ctx.match[1] ?? '') && isLiteralSecretValue(value, true, 4),
  envName: 'PGBOUNCER_PASSWORD',
  references: ['https://www.pgbouncer.org/config.html#authentication-file-format'],
  examples: {
    positive: [
      `Then add the new role to /etc/pgbouncer/userlist.txt:\n\n    "billing_rw" "${fake('{a4}', 100914)}!${fake('{a10}', 100915)}"\n    "monitor" "md5${fake('{h32}', 100922)}"\n`,
      `; pgbouncer auth_file\n"reporting" "${fake('{a16}', 100916)}"\n`,
    ],
    negative: [
      `# /etc/pgbouncer/userlist.txt\n"monitor" "md5${fake('{h32}', 100923)}"\n"app" "SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy"\n`,
      '# /etc/pgbouncer/userlist.txt\n"app" "${PGBOUNCER_PASSWORD}"\n',
      // a CSV's quoted cells, in a text about something else
      '"name" "value"\n"timeout" "30"\n',
      // a stats user whose password is its own name
      ';; pgbouncer auth_file\n"pgbouncer_stats" "stats"\n',
    ],
  },
});
