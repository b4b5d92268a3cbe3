import { defineRule, fake } from '../defineRule';
import { anyCase, isLiteralSecretValue, isRandomToken } from './_generic';

// A credential on a line of its own under a label line ending in a colon, as e-mails, tickets and
// handover notes write them:
//   Cloudflare token (DNS edit on the mail zones only):
//     a_1Dx…
// Longest first: `secret key` before `secret`, `credentials` before `credential`.
const LABEL = `(?:${['mot de passe', 'credentials', 'wachtwoord', 'contraseña', 'access key', 'secret key', 'credential', 'password', 'passwort', 'api key', 'secret', 'senha', 'token', 'key'].map(anyCase).join('|')})`;

export default defineRule({
  id: 'next-line-secret',
  category: 'secret',
  description: 'Secret alone on the line below a password, key or token label',
  generic: true,
  keywords: ['password', 'passwort', 'wachtwoord', 'passe', 'contrase', 'senha', 'key', 'token', 'secret', 'credential'],
  window: { before: 0, after: 400 },
  // NOTE: the match starts at the line break and looks back for a label line ending in a colon;
  // most lines don't, so the label alternation runs at few places.
  pattern: new RegExp(String.raw`\n(?<=:[ \t]*\r?\n)(?<=(?<![A-Za-z\u00C0-\u024F])${LABEL}(?![A-Za-z\u00C0-\u024F])[^\n]{0,80}:[ \t]*\r?\n)[ \t]{0,12}["'\x60]?([A-Za-z0-9_\-+/=.~]{16,200})["'\x60]?[ \t]*(?=\r?\n|$)`, 'gu'),
  secretGroup: 1,
  // Not a hash under a label that says so ("Commit key:", "SHA-256 fingerprint:").
  validate: (s, ctx) => {
    // The match starts at the label line's break: the label line is the one before it.
    const labelLine = ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.match.index - 1) + 1, ctx.match.index);
    return isLiteralSecretValue(s, false, 16) && isRandomToken(s, 16, 3.3) && !/commit|sha|hash|checksum|digest|fingerprint/iu.test(labelLine);
  },
  envName: 'SECRET',
  references: ['https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password'],
  examples: {
    positive: [
      `Cloudflare token (Email Routing + DNS edit on the mail zones only):\n  ${fake('a_{a38}', 1)}\n\nThanks`,
      `Mailgun (EU region) API key:\n  ${fake('{h32}-{h8}-{h8}', 2)}\n`,
    ],
    negative: [
      'Set your API key:\n  export API_KEY=...\n',
      'The token:\n  will expire after 30 days\n',
      `Commit key:\n  ${fake('{h40}', 3)}\n`,
      'Password:\n  ****************\n',
    ],
  },
});
