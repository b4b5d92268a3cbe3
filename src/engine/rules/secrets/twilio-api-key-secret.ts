import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { keyPrefix, prefixedValue, textBefore } from './_keyedValue';

const SID = fake('SK{h32}');

export default defineRule({
  id: 'twilio-api-key-secret',
  category: 'secret',
  description: 'Twilio API key secret (32 alphanumerics) next to a Twilio secret name or right after an API key SID',
  keywords: ['twilio'],
  // 32 alphanumerics after a key such as TWILIO_API_SECRET / apiSecret, or after an API key SID
  // (SK + 32 hex) followed by `:` or `,` as in `-u SK…:secret` and `Client("SK…", "secret", …)`
  pattern: prefixedValue(
    [
      keyPrefix(String.raw`twilio[\w.-]{0,20}?(?:api[_.-]?)?secret|api[_.-]?(?:key[_.-]?)?secret`),
      String.raw`\bSK[0-9a-f]{32}["'\x60]?[ \t]{0,3}[,:][ \t]{0,3}["'\x60]?`,
    ],
    '[A-Za-z0-9]{32}',
  ),
  secretGroup: 1,
  validate: (s, ctx) => hasCharClasses(s, 2) && minEntropy(s, 3.5) && /twilio|\bSK[0-9a-f]{32}/iu.test(textBefore(ctx.text, ctx.start, 300)),
  envName: 'TWILIO_API_SECRET',
  references: ['https://www.twilio.com/docs/iam/api-keys', 'https://www.twilio.com/docs/usage/requests-to-twilio'],
  examples: {
    positive: [
      `TWILIO_API_KEY=${SID}\nTWILIO_API_SECRET=${fake('{a32}')}`,
      `curl https://api.twilio.com/2010-04-01/Accounts.json -u "${SID}:${fake('{a32}', 2)}"`,
      `const client = twilio("${SID}", "${fake('{a32}', 3)}", { accountSid: process.env.TWILIO_ACCOUNT_SID });`,
    ],
    negative: [
      `TWILIO_API_SECRET=${fake('{a31}')}`,
      'TWILIO_API_SECRET=your_api_secret_here_xxxxxxxxxxxx',
      `TWILIO_API_KEY=${SID}`,
      `STRIPE_API_SECRET=${fake('{a32}', 4)}`,
      `twilio: TWILIO_API_SECRET=${'a1'.repeat(16)}`,
    ],
  },
});
