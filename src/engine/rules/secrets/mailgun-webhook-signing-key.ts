import { defineRule, fake, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

export default defineRule({
  id: 'mailgun-webhook-signing-key',
  category: 'secret',
  description: 'Mailgun webhook (HTTP) signing key next to a Mailgun signing-key name',
  keywords: ['mailgun'],
  // key- + 32 alphanumerics, or 32 hex with an optional -8 hex-8 hex tail, after a name such as
  // MAILGUN_WEBHOOK_SIGNING_KEY / http_signing_key / webhookSigningKey
  pattern: prefixedValue(
    [keyPrefix(String.raw`signing[_.-]?key|webhook[_.-]?(?:signing[_.-]?)?(?:key|secret)`)],
    String.raw`key-[0-9a-z]{32}|[0-9a-f]{32}(?:-[0-9a-f]{8}-[0-9a-f]{8})?`,
  ),
  secretGroup: 1,
  validate: (s, ctx) => minEntropy(s.replace(/^key-/u, '').slice(0, 32), 3) && /mailgun/iu.test(textBefore(ctx.text, ctx.start, 300)),
  envName: 'MAILGUN_WEBHOOK_SIGNING_KEY',
  references: ['https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks'],
  examples: {
    positive: [
      `MAILGUN_WEBHOOK_SIGNING_KEY=${fake('{h32}-{h8}-{h8}')}`,
      `mailgun:\n  domain: mg.acme.io\n  webhook_signing_key: "${fake('key-{l32}')}"`,
      `{ "message": "regenerated HTTP signing key for mailgun account", "http_signing_key": "${fake('{h32}', 6)}" }`,
    ],
    negative: [
      `MAILGUN_WEBHOOK_SIGNING_KEY=${fake('{h31}')}`,
      'MAILGUN_WEBHOOK_SIGNING_KEY=<signing-key>',
      `STRIPE_WEBHOOK_SIGNING_KEY=${fake('{h32}', 8)}`,
      `MAILGUN_API_KEY=${fake('{h32}-{h8}-{h8}', 9)}`,
    ],
  },
});
