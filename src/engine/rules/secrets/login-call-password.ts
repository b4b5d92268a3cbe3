import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

/** Anonymous FTP's account, whose "password" is by convention an e-mail address or `guest`. */
const ANONYMOUS_USER = /^["']?(?:anonymous|ftp)["']?$/iu;

// A password passed as a literal to a client's login call: Python's smtplib, imaplib, poplib and
// ftplib (`s.login("reports@acme.io", "…")`), and the many SDKs shaped after them. The user may be a
// literal or a name; the password must be a literal (a name or a call is a reference, not the value).
export default defineRule({
  id: 'login-call-password',
  category: 'secret',
  description: 'Password given as a literal to a login call (smtplib/imaplib/ftplib-style .login(user, "password"))',
  keywords: ['.login('],
  window: { before: 0, after: 300 },
  pattern: /\.login\([ \t]*((?:[A-Za-z_][\w.]{0,80}|"[^"\n]{1,128}"|'[^'\n]{1,128}'))[ \t]*,[ \t]*(["'])([^"'\n\\]{4,128})\2[ \t]*\)/gu,
  secretGroup: 3,
  validate: (value, ctx) => !ANONYMOUS_USER.test(ctx.match[1] ?? '') && isLiteralSecretValue(value, true, 4),
  envName: 'SMTP_PASSWORD',
  references: ['https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login', 'https://cwe.mitre.org/data/definitions/798.html'],
  examples: {
    positive: [
      `server = smtplib.SMTP_SSL("smtp.gmail.com", 465)\nserver.login("reports@acme-shop.example.org", "${fake('{l16}', 100926)}")`,
      `imap = imaplib.IMAP4_SSL(HOST)\nimap.login(MAIL_USER, '${fake('{a8}', 100927)}!${fake('{d3}', 100928)}')`,
    ],
    negative: [
      'server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])',
      'server.login(user, password)',
      "ftp.login('anonymous', 'guest@example.com')",
      'client.login("admin", "${ADMIN_PASSWORD}")',
    ],
  },
});
