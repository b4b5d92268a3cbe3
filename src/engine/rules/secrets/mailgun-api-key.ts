import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { MAILGUN_SIGNING_KEY_BEFORE } from './_providerKit';
import { textBefore } from './_keyedValue';

export default defineRule({
  id: 'mailgun-api-key',
  category: 'secret',
  description: 'Mailgun legacy private API key (key-…)',
  keywords: ['key-'],
  // key- + 32 lower-case alphanumerics. `pubkey-…` (the public validation key) is excluded by the
  // leading boundary.
  pattern: /(?<![\w]|(?<!:)-)key-[0-9a-z]{32}(?![\w-])/gu,
  // A key- value under a "signing key" name belongs to mailgun-webhook-signing-key.
  validate: (s, ctx) =>
    hasCharClasses(s.slice(4), 2) && minEntropy(s.slice(4), 3) && !MAILGUN_SIGNING_KEY_BEFORE.test(textBefore(ctx.text, ctx.start, 60)),
  publicPrefix: 4,
  envName: 'MAILGUN_API_KEY',
  references: ['https://documentation.mailgun.com/docs/mailgun/api-reference/authentication', 'https://help.mailgun.com/hc/en-us/articles/203380100'],
  examples: {
    positive: [
      `MAILGUN_API_KEY=${fake('key-{l32}')}`,
      `curl -s --user 'api:${fake('key-{h32}', 4)}' https://api.mailgun.net/v3/mg.acme.io/messages`,
    ],
    negative: [
      `MAILGUN_PUBLIC_KEY=${fake('pubkey-{l32}')}`,
      `MAILGUN_API_KEY=${fake('key-{l31}')}`,
      'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `const k = "api-key-${fake('{l32}')}"`,
    ],
  },
});
