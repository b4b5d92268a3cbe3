import { defineRule, fake } from '../defineRule';
import { isRandomToken } from './_generic';

// A mail transport's DSN that carries its provider's API key as the URL's user (and, for some
// providers, a secret as its password): Symfony Mailer's and Laravel's `postmark+api://KEY@default`,
// `sendgrid+api://KEY@default`, `mailjet+api://ACCESS_KEY:SECRET_KEY@default`,
// `ses+smtp://USER:PASS@default`. The whole user part is the credential (a UUID for Postmark's
// server tokens), reported as one value so that redaction removes both halves.
export default defineRule({
  id: 'mailer-dsn-credential',
  category: 'secret',
  acceptsUuid: true,
  description: "API key or credentials in a mail transport's DSN (postmark+api://KEY@default, mailjet+api://KEY:SECRET@default)",
  keywords: ['+api://', '+smtp://', '+smtps://', '+https://'],
  pattern: /(?<![\w.+-])[a-z][a-z0-9-]{1,20}\+(?:api|smtps?|https)?:\/\/([^\s:@/"'`]{8,200}(?::[^\s@/"'`]{4,200})?)@(?:default|[\w.-]{3,253})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => {
    const parts = s.split(':');
    return parts.some((p) => isRandomToken(p.replace(/-/gu, ''), 16, 3.0));
  },
  envName: 'MAILER_DSN',
  references: ['https://symfony.com/doc/current/mailer.html#using-a-3rd-party-transport'],
  examples: {
    positive: [
      `MAILER_DSN=postmark+api://${fake('{h8}-{h4}-4{h3}-a{h3}-{h12}', 101108)}@default`,
      `MAILER_DSN=mailjet+api://${fake('{h32}', 101109)}:${fake('{h32}', 101110)}@default`,
      `MAILER_DSN=ses+smtp://${fake('AKIA{u16}', 101111)}:${fake('{b40}', 101112)}@default?region=eu-west-1`,
    ],
    negative: ['MAILER_DSN=postmark+api://%env(POSTMARK_TOKEN)%@default', 'MAILER_DSN=smtp://localhost:1025', 'MAILER_DSN=sendgrid+api://KEY@default', 'MAILER_DSN=null://null'],
  },
});
