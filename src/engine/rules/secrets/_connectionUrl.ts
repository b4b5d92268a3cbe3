// Shared pieces of the rules that find the password in a connection URL (`scheme://user:pass@host`).
// Files starting with `_` are not rules.
import type { MatchContext } from '../../types';

/**
 * A pattern for `scheme://user:password@host` where `schemes` is a regex source for the scheme
 * names. The password is the named group `pw`, the user name `user`. Passwords may hold `:`, `#`,
 * `?`, `&` and `%` escapes, and an `@` left unescaped (`p@ss@db.host`: the last `@` before the host
 * ends it); they end at white space, a slash, a quote, `<`, `>` or a backslash.
 * `userMin` is 0 for schemes where an empty user is normal (`redis://:pw@host`). With
 * `queryPassword`, a `?password=` / `&password=` query parameter (libpq URIs) counts too.
 */
export function credentialsUrlPattern(schemes: string, userMin = 0, queryPassword = false): RegExp {
  const userinfo = String.raw`(?<user>[^\s:@/?#"'\x60<>\\]{${userMin},128}):`;
  const query = String.raw`[^\s@"'\x60<>\\]{0,300}?[?&]password=`;
  // (An empty host, the database after it, is an Airflow connection's or a libpq socket's: `snowflake://u:pw@/DB?account=…`.)
  // (Or a padded base64 key written raw, slashes and all: Azure Cache for Redis's access key in
  // `rediss://:<key>@<name>.redis.cache.windows.net`. Its `=` ends it, so a URL's path can't pass.)
  const pw = String.raw`(?<=:)(?:[A-Za-z0-9+/]{20,128}={1,2}|[^\s/"'\x60<>\\]{1,256})(?=@(?:[\w\[%$-][^\s@/"'\x60<>\\]{0,253}(?:[/?#"'\x60<>\\\s]|$)|\/[\w-]))`;
  const queryPw = String.raw`(?<==)[^\s&#"'\x60<>\\]{1,256}`;
  return new RegExp(
    queryPassword
      ? String.raw`(?<![\w.-])(?:${schemes})://(?:${userinfo}|${query})(?<pw>${pw}|${queryPw})`
      : String.raw`(?<![\w.-])(?:${schemes})://${userinfo}(?<pw>${pw})`,
    'gu',
  );
}

// Passwords that docs, tutorials and docker-compose files use as stand-ins or well-known defaults.
const STAND_INS = new Set([
  'password', 'passwd', 'passw0rd', 'pass', 'pwd', 'pw', 'secret', 'changeme', 'changeit', 'mypassword', 'mypass',
  'yourpassword', 'dbpassword', 'dbpass', 'userpassword', 'adminpassword', 'rootpassword', 'newpassword',
  'admin', 'root', 'guest', 'test', 'testing', 'tester', 'demo', 'sample', 'default', 'user', 'username', 'login',
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'rabbit', 'rabbitmq', 'amqp',
  'foo', 'bar', 'baz', 'foobar', 'qwerty', 'letmein', 'hunter2', 'token', 'apikey', 'key', 'pass123',
  'password1', 'password123', 'secret123', 'abc', 'abc123', 'anonymous', 'none', 'null', 'empty', 'str', 'string',
]);

/** Anonymous logins whose "password" is by convention an e-mail address or anything at all. */
const ANONYMOUS_USERS = new Set(['anonymous', 'ftp']);

/** A whole-value variable or stand-in: `{password}`, `{{ pw }}`, `[PASS]`, `<pw>`, `%PASS%`, `$PASS`, `${PASS}`. */
const WRAPPED = /^(?:\{\{?\s*[\w.-]+\s*\}?\}|\[[\w.-]+\]|<[^<>]+>|%[\w.-]+%|\$\{?[A-Za-z_]\w*\}?)$/u;

/**
 * True when the password in a connection URL looks like a real credential: not a stand-in word,
 * not the user name again, not a wrapped variable and not a run of one or two characters.
 * Template references (`${VAR}`) are also dropped by the shared filters.
 */
export function isRealUrlPassword(password: string, ctx: MatchContext): boolean {
  const user = (ctx.match.groups?.user ?? '').toLowerCase();
  if (ANONYMOUS_USERS.has(user)) return false;
  if (WRAPPED.test(password)) return false;
  const word = password.toLowerCase().replace(/[-_\s]/gu, '');
  if (STAND_INS.has(word) || STAND_INS.has(word.replace(/^(?:my|your|the|db|app)/u, ''))) return false;
  if (user !== '' && password.toLowerCase() === user) return false;
  return new Set(password).size >= 3;
}
