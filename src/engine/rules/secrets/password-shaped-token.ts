import { defineRule, fake } from '../defineRule';
import { anyCase, isLiteralSecretValue } from './_generic';
import { native } from '../../scan/nativeRegex';

/**
 * Words that name a password or a login's secret, in the languages teams chat in: `mdp` (French),
 * `clave`, `senha`, `hasło`, Turkish `şifre` (`şifrem`: my password), Czech `heslo`, `creds`, `pass`, `pw`; and the end of a camelCase name (`oraclePw`, `smtpPass`).
 */
const PASSWORD_WORD = native(
  new RegExp(
    `(?<![\\p{L}])(?:${['password', 'passwort', 'passphrase', 'passwd', 'pass', 'pwd', 'pw', 'kennwort', 'mdp', 'mot de passe', 'contraseña', 'contrasena', 'clave', 'senha', 'wachtwoord', 'hasło', 'haslo', 'lösenord', 'passord', 'salasana', 'şifre', 'sifre', 'şifrem', 'sifrem', 'şifresi', 'sifresi', 'şifreniz', 'heslo', 'hesla', 'parola', 'parolam', 'creds', 'credentials?', 'secret', 'login'].map(anyCase).join('|')})(?![\\p{L}])|(?<=[a-z])(?:Password|Passwd|Pass|Pwd|Pw)(?![a-z])`,
    'u',
  ),
);

/** A special character of the kind password rules demand (not `+/=`, which base64 holds, nor `-_.`, which names hold). */
const SPECIAL = /[!@#%^&*?~]/u;

/**
 * What a four-class token that is no password looks like: an e-mail address or a user@host, a URL
 * or a path, a format string or a percent-escape, a template or variable reference, a flag, a hash's
 * modular crypt format (`$2b$12$…`), an assignment (`Password=@…`), a regex's ranges (`^a-zA-Z0-9`),
 * code (`!isServiceAccountP12`, `user?.name`, `a&&b`), an elided or sample value (`abc8Q~...`,
 * `YourStrong@Passw0rd`), a pipeline task's version (`NuGetAuthenticate@1`), a thread's name (`…Container#1-0-C-1`),
 * a product in code (a duration, `15*time.Minute` in Go; a size, `units.MiB*64`).
 */
const NOT_A_PASSWORD = native(/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|:\/\/|^[/~]|%(?:[0-9A-F]{2}|[sdif])|\$\{|\{\{|^-|^\$\w{1,8}\$|^#[\w-]+$|^@\w+$|\(\)$|=(?!=*$)|a-z|A-Z|0-9|^!\w[\w$]*$|\?\.|&&|\.\.|^[Yy]our|^\w+@\d+$|#\d+(?:-\d+)+|^\d+\*[A-Za-z_]\w*(?:\.\w+)+$|^[A-Za-z_]\w*(?:\.\w+)+\*\d+$/u);

// A password-shaped token in a sentence or a chat line that speaks of a password, however the
// sentence says it: "le mdp admin a changé, c'est maintenant `…`", "pass Nile#…", "(clave vieja: …)",
// "Login admin / …", "the old value, revoked: …". The token mixes lower and upper case, digits and
// a symbol such as ! @ # * (what password rules demand), and a password word (in one of the
// languages teams write) stands before it on its line or on the line above. Values a rule for
// their shape reads (an assignment, a URL's password, a CLI flag) are those rules'.
export default defineRule({
  id: 'password-shaped-token',
  category: 'secret',
  description: 'Password-shaped token (lower, upper, digit and a symbol) on a line that speaks of a password, in any of several languages',
  generic: true,
  keywords: ['pass', 'pwd', 'pw', 'kennwort', 'mdp', 'mot de passe', 'contrase', 'clave', 'senha', 'wachtwoord', 'haslo', 'senord', 'passord', 'salasana', 'sifre', 'heslo', 'parola', 'creds', 'credential', 'secret', 'login'],
  window: { before: 0, after: 160 },
  pattern: /(?<![\w!@#$%^&*+=?~.\/:\\-])(?=[\w.+=$-]{0,38}[!@#%^&*?~])[A-Za-z0-9!@#$%^&*_+=?~.-]{8,40}(?![\w!@#$%^&*+=?~\/:\\-]|\.\w)/gu,
  validate: (value, ctx) => {
    const token = value.replace(/[.?!]$/u, '');
    if (!/[a-z]/u.test(token) || !/[A-Z]/u.test(token) || !/\d/u.test(token) || !SPECIAL.test(token)) return false;
    if (NOT_A_PASSWORD.test(token) || !isLiteralSecretValue(token, true, 8)) return false;
    // (Slack's markup for a user group's or a channel's mention: `<!subteam^S03…>`, `<!channel>`.)
    if (/^!(?:subteam\^|channel|here|everyone|date\^)/u.test(token) && ctx.text.charCodeAt(ctx.start - 1) === 60) return false;
    // (A call: `isLikelyReal$1(password)`.)
    if (ctx.text.charCodeAt(ctx.end) === 40) return false;
    // Its line and the line above, within 200 characters (searched in that slice only: a minified
    // line has no line break to find, and a search back to the text's start per token was quadratic).
    const before = ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start);
    const lineBreak = before.lastIndexOf('\n');
    const previousBreak = lineBreak > 0 ? before.lastIndexOf('\n', lineBreak - 1) : -1;
    return PASSWORD_WORD.test(before.slice(previousBreak + 1));
  },
  redactAs: 'password',
  references: ['https://pages.nist.gov/800-63-4/sp800-63b.html'],
  examples: {
    positive: [
      // a Turkish support chat: "I reset it yesterday but my new password … fails too"
      'dün şifremi sıfırladım ama yeni şifrem Tv8#pazar41q da olmuyor',
      "le mdp admin de la console a changé avec le chart 13.x, c'est maintenant `Rmq-Adm1n!vKpWxT` (je le remets dans le vault)",
      'the staging admin is https://ops.staging.example.io user ops-cairo pass Nile#Ops2026!z, do not use prod',
      'tenía exportada REPORTES_DATASOURCE_PASSWORD con la clave vieja del año pasado (Rpt_Ros25!jq). gracias.',
      'Login "admin" / p!8OEuD827R7 funktioniert, bitte rotieren',
      'cant log in on the web store, says invalid credentials. i even typed it slowly: SeaDog!1987brix',
      // a Scala job's fallback credentials, the password's name in camelCase
      `  private val oracleUser = "REPORTING_RO"\n  private val oraclePw   = "${fake('{L1}{a6}', 61)}#${fake('{a10}', 62)}"`,
    ],
    negative: [
      // a Slack message's user-group mention, after a list of rotated passwords
      '"text": "Rotation list: DB pw, stripe rk, sentry token. <!subteam^S03SRE1ONC> thanks all"',
      '\treturn NewIssuer([]byte("test-secret-not-used-anywhere"), 15*time.Minute, 24*time.Hour)',
      'the password must mix cases: e.g. Abcdefg1 is too weak',
      'password hash: $2b$12$tHLhmt6aQcegeHXsVW43GtO9hVtmnvgNQaP4j0ukCOF',
      'reset your password at https://id.example.io/reset?token=Ab1!',
      'login as anna.berg@mailhost.se with SSO',
      'secret rotation: see ${VAULT_ADDR}/v1/Secret!Path2',
      'the new password is in 1Password',
      'password policy: min length 12, e.g. Summer2024 is not allowed',
      "const login = name.replace(/[^a-zA-Z0-9]/g, '_');",
      'const ok = await verifyMac(bytes, P12_PASSWORD);\nif (!isGcpServiceAccountP12) {',
      'spring.datasource.password=ZkKxDTOa#64',
      'if (!isLikelyRealPassword$1(password)) continue;',
      'Secret values look like `abc8Q~...` (40 chars). The pipeline uses NuGetAuthenticate@1 for the feed password.',
    ],
  },
});
