import { defineRule, fake } from '../defineRule';
import { isLiteralSecretValue } from './_generic';

// Postfix's SMTP client credentials (`/etc/postfix/sasl_passwd`, referenced by
// smtp_sasl_password_maps): one line per relay, `[smtp.example.net]:587 user:password`. A relay in
// brackets is this format's own mark; an unbracketed host counts only below a mention of the file.
export default defineRule({
  id: 'postfix-sasl-password',
  category: 'secret',
  description: 'SMTP relay password in a Postfix sasl_passwd map',
  generic: true,
  keywords: [']:587', ']:25', ']:465', ']:2525', ']:submission', 'sasl_passwd'],
  // A line starts up to a relay's name before its `]:port`.
  window: { before: 260, after: 200 },
  // The map's whole file after its name is read (a handful of relays).
  keywordWindows: { sasl_passwd: { before: 260, after: 4000 } },
  pattern:
    /(?:^|\n)[ \t]*(?:\[[\w.-]{3,253}\](?::(?:\d{1,5}|submission))?|([\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?::\d{1,5})?))[ \t]+[^\s:]{1,128}:([^\s]{4,128})(?=[ \t]*(?:\r?\n|$))/gu,
  secretGroup: 2,
  validate: (s, ctx) => {
    // An unbracketed relay needs the file named above it.
    if (ctx.match[1] !== undefined) {
      const at = ctx.text.lastIndexOf('sasl_passwd', ctx.start);
      if (at < 0 || ctx.start - at > 4000) return false;
    }
    return isLiteralSecretValue(s, true, 4);
  },
  envName: 'SMTP_PASSWORD',
  references: ['https://www.postfix.org/SASL_README.html#client_sasl_enable'],
  examples: {
    positive: [
      `# /etc/postfix/sasl_passwd\n[smtp.office365.com]:587 relay@example.org:${fake('{a12}', 555)}-${fake('{a8}', 556)}`,
      `[smtp-relay.provider.net]:25 lw-relay:${fake('{a20}', 557)}`,
      `# sasl_passwd for the backup relay\nmail.provider.net:587 backup:${fake('{a16}', 558)}`,
    ],
    negative: [
      'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd',
      '[smtp.office365.com]:587 relay@example.org:${SMTP_PASSWORD}',
      'relayhost = [smtp.office365.com]:587',
      'mail.provider.net:587 backup:changeme',
    ],
  },
});
