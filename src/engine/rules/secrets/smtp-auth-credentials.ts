import { defineRule } from '../defineRule';
import { decodeBase64 } from './_providerKit';

/** An SMTP client's `AUTH PLAIN` response: base64 of `authzid NUL user NUL password`, printable parts. */
function plainPassword(b64: string): string | undefined {
  const raw = decodeBase64(b64);
  if (raw === undefined) return undefined;
  const parts = raw.split('\u0000');
  if (parts.length !== 3 || (parts[1] ?? '') === '') return undefined;
  const pass = parts[2] ?? '';
  return /^[\x20-\x7e]{4,}$/u.test(pass) ? pass : undefined;
}

/** The password an SMTP client sent after `334 UGFzc3dvcmQ6` ("Password:"): base64 of printable text. */
function loginPassword(b64: string): string | undefined {
  const raw = decodeBase64(b64);
  return raw !== undefined && /^[\x20-\x7e]{4,}$/u.test(raw) ? raw : undefined;
}

// An SMTP session's login as mail libraries' debug logs print it (nodemailer, Django's smtplib,
// PHPMailer, swaks): `AUTH PLAIN <base64>` carries user and password in one base64 string, `AUTH
// LOGIN` sends the password base64-encoded on the line after the server's `334 UGFzc3dvcmQ6`
// ("Password:"). Reported when the base64 decodes to that shape; the value is the base64 string.
export default defineRule({
  id: 'smtp-auth-credentials',
  category: 'secret',
  description: 'SMTP login in a mail debug log (AUTH PLAIN, or the password line of AUTH LOGIN)',
  keywords: ['auth plain', 'ugfzc3dvcmq6'],
  window: { before: 16, after: 240 },
  pattern: /\bAUTH[ \t]+PLAIN[ \t]+([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])|\b334[ \t]+UGFzc3dvcmQ6[ \t]*\r?\n[^\S\n]*(?:[^\n]{0,80}?[:>][ \t]*)?([A-Za-z0-9+/]{4,400}={0,2})[ \t]*\r?(?=\n|$)/gu,
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    const pass = ctx.match[1] !== undefined ? plainPassword(s) : loginPassword(s);
    return pass !== undefined && !/^(?:pass(?:word)?|secret|x+|\*+|changeme)$/iu.test(pass);
  },
  envName: 'SMTP_PASSWORD',
  references: ['https://datatracker.ietf.org/doc/html/rfc4616', 'https://datatracker.ietf.org/doc/html/rfc4954'],
  examples: {
    positive: [
      `2024-05-15T06:00:04.120Z DEBUG [smtp] > AUTH PLAIN ${btoa('\u0000mailer@acme-mail.io\u0000Vq7#Lm2xRt9z')}`,
      `S: 334 VXNlcm5hbWU6\nC: ${btoa('mailer@acme-mail.io')}\nS: 334 UGFzc3dvcmQ6\nC: ${btoa('Wq8-Zt4n-Lp2v')}\nS: 235 2.7.0 Authentication successful`,
      `[2024-05-02 10:01:22] SMTP -> get_lines(): 334 UGFzc3dvcmQ6\n[2024-05-02 10:01:22] CLIENT -> SERVER: ${btoa('Tr0ub4dor-3x')}`,
    ],
    negative: [
      'AUTH PLAIN ${SMTP_CREDENTIALS}',
      `AUTH PLAIN ${btoa('no separators in here')}`,
      `S: 334 UGFzc3dvcmQ6\nC: ${btoa('password')}`,
      '250-AUTH PLAIN LOGIN CRAM-MD5',
    ],
  },
});
