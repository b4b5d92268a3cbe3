import { defineRule, fake, minEntropy } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** WordPress's own placeholder for its keys and salts, left in by templates and tutorials. */
const WORDPRESS_PLACEHOLDER = /^put your unique phrase here$/iu;

/** The names of WordPress's authentication keys and salts. */
const WORDPRESS_KEY = /^(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/u;

// PHP constants defined with a secret-like name: WordPress's database password, keys and salts
// (wp-config.php), and any DB_/SMTP_/API_ constant whose name holds PASS, SECRET, KEY, SALT or TOKEN
// or ends in _PW (LDAP_BIND_PW).
export default defineRule({
  id: 'php-define-secret',
  category: 'secret',
  description: 'Secret in a PHP define() constant (wp-config.php database password, keys and salts; *_PASSWORD, *_SECRET, *_KEY)',
  generic: true,
  keywords: ['define'],
  // (The match starts at its keyword and is at most ~330 characters long.)
  window: { before: 0, after: 340 },
  // define( 'NAME', 'value' ): the name (group 1) holds a secret word; the value is group 3
  pattern:
    /\bdefine\([ \t]{0,4}["']([A-Z0-9_]{0,40}(?:PASS(?:WORD|WD)?|PWD|SECRET|KEY|SALT|TOKEN)[A-Z0-9_]{0,20}|[A-Z0-9_]{1,40}_PW)["'][ \t]{0,4},[ \t]{0,32}(["'])([^"'\r\n\\]{8,200})\2[ \t]{0,4}\)/gu,
  secretGroup: 3,
  validate: (s, ctx) => {
    const name = ctx.match[1] ?? '';
    if (WORDPRESS_PLACEHOLDER.test(s) || /(?:PUBLIC|PUBLISHABLE)_?KEY|KEY_?(?:ID|NAME|PREFIX)$/u.test(name)) return false;
    // WordPress's keys and salts come from its generator: 64 printable characters that may hold
    // spaces (`…6 G+!Eh0…`), which the literal test below would read as prose.
    if (WORDPRESS_KEY.test(name) && s.length >= 48) return minEntropy(s, 4);
    // Passwords may be short and plain; keys, salts and tokens are long and random.
    const password = /PASS|PWD|_PW$/u.test(name);
    // A single-quoted PHP string is never interpolated: a salt may start with `$`.
    const literal = ctx.match[2] === "'" ? s.replace(/^\$+/u, '') : s;
    return isLiteralSecretValue(literal, true, password ? 8 : 16) && minEntropy(s, password ? 2.5 : 3.5);
  },
  envName: 'PHP_SECRET',
  references: ['https://developer.wordpress.org/advanced-administration/wordpress/wp-config/', 'https://www.php.net/manual/en/function.define.php'],
  examples: {
    positive: [
      `define( 'DB_PASSWORD', '${fake('{a18}', 1)}' );`,
      `define('AUTH_KEY', '${fake('{b40}', 2)}#${fake('{b20}', 3)}');`,
      `define( "SMTP_PASS", "${fake('{a14}', 4)}" );`,
      `define('LDAP_BIND_PW', '${fake('{a10}', 564)}*D');`,
      `define('NONCE_SALT',       '${fake('{w64}', 5)}');`,
      `define( 'NONCE_KEY',        '$pQ%6*l4GhzL-,NHRMr(\`bd~lta\`H%JIurC^iOY$@]1e47+_57=xrb{tB4SnE\`:0' );`,
      `define( 'AUTH_SALT',        'Qm7{c2 Lw#9]uX,dR4 ~pZ&8^tN+e1@vB6|sK3<oH5 yJ0?aF%gT=iW(rE!nC;M' );`,
    ],
    negative: [
      "define( 'AUTH_KEY', 'put your unique phrase here' );",
      "define( 'DB_PASSWORD', 'password_here' );",
      "define( 'DB_NAME', 'wordpress' );",
      "define( 'WP_DEBUG', false );",
      "define('STRIPE_PUBLISHABLE_KEY', 'pk_live_0000000000000000');",
    ],
  },
});
