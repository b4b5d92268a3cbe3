import { defineRule, fake, hasCharClasses } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { anyCase, isLiteralSecretValue, isPaymentObjectId, isPublicClientKey, isRandomToken, looksLikeWords } from './_generic';

// Notes, runbooks and chat answers written in Markdown put credentials in inline code after a
// label: "**Grafana admin password:** `…`", "Wifi: `Kestrel-Guest` / wachtwoord `…`". The label
// is a password word in several languages, or an API key, token or secret; the value must look
// random (identifiers and commands in backticks do not).
// Longest first: `secret key` before `secret`, `credentials` before `credential`.
const LABEL = `(?:${['mot de passe', 'credentials', 'passphrase', 'wachtwoord', 'contraseña', 'access key', 'secret key', 'credential', 'password', 'passwort', 'lösenord', 'salasana', 'api key', 'parola', 'secret', 'pre-shared key', 'senha', 'hasło', 'haslo', 'passwd', 'token', 'schlüssel', 'sleutel', 'chiave', 'clave', 'chave', 'clé', 'pwd', 'psk', 'key', 'pw'].map(anyCase).join('|')})`;

/** Labels of a password (not of a key or a token, whose values are random). */
const PASSWORD_WORD = native(/pre-shared key|(?<![a-z])psk(?![a-z])|password|passwort|passphrase|wachtwoord|contraseña|mot de passe|lösenord|salasana|parola|senha|hasło|haslo|passwd|(?<![a-z])pwd?(?![a-z])/iu);

/** An id's name before a code span, with a note in brackets or none (`Key ID \``, `Client id (not secret, …): \``). */
const ID_NAMED_BEFORE = native(/\b(?:key|token|team|issuer|client|app|account|tenant|project|org(?:anization)?)[ _-]?id(?:\s*\([^()\n]{1,60}\))?\s*:?\s*\x60$/iu);

export default defineRule({
  id: 'markdown-code-secret',
  category: 'secret',
  description: 'Secret in Markdown inline code after a password, key or token label',
  generic: true,
  // Also the HTML of the same span (<code>…</code>), as wikis and chat exports write it.
  keywords: ['`', '<code>'],
  // Only an opening backtick (or tag) of a span with no space in it opens a window: in code, most
  // backticks are template literals' (1,200 in a 5,000-line bundle, whose windows covered it all).
  keywordFollowedBy: /[^\x60\s]{8,200}\x60|[^<\s]{8,200}<\/code>/uy,
  // (The match starts at its keyword, the span's opening: its label lies at most ~80 characters before, its end ~210 after.)
  window: { before: 100, after: 220 },
  // The label and the code span share a line and a table cell; the label may be code itself
  // ("the decoded `DB_PASSWORD` is `…`"). NOTE: the match starts at the
  // opening backtick of a span with no space in it, and only there looks back for the label; a
  // leading label alternation ran at every position (1.2 ms on a 5,000-line bundle).
  pattern: new RegExp(
    String.raw`\x60(?=[^\x60\s]{8,200}\x60)(?<=(?<![A-Za-z\u00C0-\u024F])${LABEL}(?![A-Za-z\u00C0-\u024F])\x60?[^\n\x60|]{0,60}(?:\|[ \t]{0,3})?\x60)([^\x60\s]{8,200})\x60` +
      String.raw`|<code>(?=[^<\s]{8,200}</code>)(?<=(?<![A-Za-z\u00C0-\u024F])${LABEL}(?![A-Za-z\u00C0-\u024F])[^\n<|]{0,60}<code>)([^<\s]{8,200})</code>`,
    'gu',
  ),
  secretGroup: [1, 2],
  // Letters and digits mixed, no path, markup or call syntax, not words: identifiers, file names
  // and commands are what Markdown puts in code spans most.
  validate: (s, ctx) => {
    if (isPublicClientKey(s) || isPaymentObjectId(s) || !/\d/u.test(s) || !/[A-Za-z]/u.test(s) || /[<>[\](){}/\\$]/u.test(s) || /^[\w-]+\.[a-z]{1,5}$/u.test(s)) return false;
    if (!isLiteralSecretValue(s, false, 8)) return false;
    // An assignment or an address in the span (`Clave="D001"`, a service account's e-mail): code and names, not a value.
    if (/=["']/u.test(s) || /^[^@\s]+@[\w.-]+\.[a-z]{2,}$/iu.test(s)) return false;
    // A gist's or a commit's id in a code span (`gist \`a91f…\``, `commit \`5b41…\``).
    if (/\b(?:gist|commit|sha|revision|rev)\s*\x60$/iu.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return false;
    // An id named as one (`Key ID \`K7QD2M9XPA\``, `Team ID`, `Issuer ID`: App Store Connect's and APNs'; an Okta API token's `token id`): it names a key, it opens nothing.
    // (Also with a note in brackets between: `Client id (not secret, appears in Link config): \`…\``.)
    if (ID_NAMED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 90), ctx.start))) return false;
    // After a password word, words, digits and a symbol are what people choose (`Birke!Lotus72%`).
    // (Lower case and digits with a symbol other than - _ . too: a Wi-Fi PSK such as `meadow@meadow17`,
    // not an identifier such as `1password-secret-key`.)
    if (PASSWORD_WORD.test(ctx.text.slice(Math.max(0, ctx.start - 64), ctx.start)) && /[^A-Za-z0-9]/u.test(s) && (hasCharClasses(s, 3) || (hasCharClasses(s, 2) && /[^A-Za-z0-9._-]/u.test(s)))) return true;
    // (An identifier in kebab case is a name, brand or not: `przelewy24-crc-key`, `k8s-node-pool`.)
    if (/^[a-z][a-z0-9]{0,11}(?:-[a-z][a-z0-9]{0,11}){2,}$/u.test(s)) return false;
    return !looksLikeWords(s.replace(/[^A-Za-z]/gu, '')) && isRandomToken(s, 8, 3);
  },
  envName: 'SECRET',
  references: ['https://spec.commonmark.org/0.31.2/#code-spans'],
  examples: {
    positive: [
      `  **Grafana admin password:** \`${fake('{a14}', 1)}!9x\` (rotate once INC-2295 is closed!)`,
      `- **Wifi (gasten):** \`Kestrel-Guest\` / wachtwoord \`${fake('{a10}', 2)}#4\``,
      `- [ ] cloudflare global key for the DNS script (legacy!!): \`${fake('{h37}', 3)}\``,
      'Temporary Okta password (forces reset on first login): `Birke!Lotus72%`',
      `<p>NAS for the nightly dumps: nas-03.internal, user backup, pw <code>${fake('{a14}', 5)}7k</code> (moving to the vault)</p>`,
      `- VPN pw \`${fake('{a12}', 6)}4Q\``,
      `| infra/datadog.tf | datadog api key | \`${fake('{h32}', 4)}\` | 2024-09-01 |`,
      `Et côté Adyen, la clé HMAC (notifications standard) : \`${fake('{H64}', 1601)}\``,
      "The lab tablets sit on the `BF-Devices` SSID\n(PSK: `meadow@meadow17`) — don't connect laptops to it.",
      // a chat answer that names the variable in code, then its decoded value
      `the decoded \`DB_PASSWORD\` is \`${fake('{a22}', 101114)}\` but Postgres rejects it`,
    ],
    negative: [
      'the service account key (`private_key`) is exposed: disable it under `firebase-adminsdk-q4w7n@example-app.iam.gserviceaccount.com`',
      // an aggregator's client id, with a note that it is no secret
      '- Client id (not secret, appears in Link config): `5e1c2b7a90d34f8e6a1b2c3d`',
      '`clave` (`Clave="D001"`) is no password',
      // a ticket's card token: a payment method's id, not its secret
      `Card: Visa ending 4242 (token \`pm_${fake('{a24}', 101143)}\`), charged twice.`,
      '- iOS: token-based APNs auth (`.p8`). Key ID `K7QD2M9XPA`, Team ID `5TZ8W3N6RB`, topic `app.example.ios`.',
      '| `przelewy24-crc-key` | Przelewy24 CRC key |',
      '| <a id="rule-1password-secret-key"></a>`1password-secret-key` | 1Password account Secret Key | error |',
      'Initialise Stripe.js with a publishable key such as `pk_test_TYooMQauvdEDq54NiTphI7jx`.',
      'Set the password with `kubectl create secret generic db --from-literal=password=$DB_PASSWORD`',
      'The token is read from `process.env.GITHUB_TOKEN`',
      'Pass your API key as `--api-key <KEY>` or in `~/.config/tool.json`',
      'password: `changeme` (the default; change it)',
      '<p>Set the password with <code>passwd --stdin</code> on the box</p>',
      '| `1password-secret-key` | 1Password account Secret Key | error |',
      'The key of our entry in `partialFingerprints` is `primaryLocationLineHash/v2`',
      'Secret key rotation: see `docs/runbooks/rotate-2024.md` and `RUNBOOK-42`',
    ],
  },
});
