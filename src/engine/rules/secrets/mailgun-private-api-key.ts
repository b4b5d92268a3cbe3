import { defineRule, fake, minEntropy } from '../defineRule';
import { MAILGUN_SIGNING_KEY_BEFORE } from './_providerKit';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

export default defineRule({
  id: 'mailgun-private-api-key',
  category: 'secret',
  description: 'Mailgun private API key in the current format (32 hex-8 hex-8 hex) next to a Mailgun key name',
  keywords: ['mailgun'],
  // 32 hex + - + 8 hex + - + 8 hex, after an API key name or the `api:` basic-auth user
  pattern: prefixedValue(
    [keyPrefix(String.raw`api[_.-]?key|apikey|\bkey|private[_.-]?key|mailgun[\w.-]{0,16}?(?:key|token|secret)`), String.raw`\bapi:`],
    '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}',
  ),
  secretGroup: 1,
  validate: (s, ctx) =>
    minEntropy(s.slice(0, 32), 3) &&
    /mailgun/iu.test(textBefore(ctx.text, ctx.start, 300)) &&
    !MAILGUN_SIGNING_KEY_BEFORE.test(textBefore(ctx.text, ctx.start, 60)),
  envName: 'MAILGUN_API_KEY',
  references: ['https://documentation.mailgun.com/docs/mailgun/api-reference/authentication', 'https://help.mailgun.com/hc/en-us/articles/203380100'],
  examples: {
    positive: [
      `MAILGUN_API_KEY=${fake('{h32}-{h8}-{h8}')}`,
      `const mg = mailgun.client({ username: 'api', key: '${fake('{h32}-{h8}-{h8}', 2)}' });`,
      `# mailgun\ncurl -s --user 'api:${fake('{h32}-{h8}-{h8}', 3)}' https://api.mailgun.net/v3/domains`,
    ],
    negative: [
      `MAILGUN_API_KEY=${fake('{h32}-{h8}-{h7}')}`,
      `MAILGUN_API_KEY=${fake('{h30}-{h8}-{h8}')}`,
      `MAILGUN_WEBHOOK_SIGNING_KEY=${fake('{h32}-{h8}-{h8}', 4)}`,
      'MAILGUN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx-xxxxxxxx',
      `MAILGUN_PUBLIC_KEY=${fake('pubkey-{l32}')}`,
    ],
  },
});
