import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'twilio-api-key',
  category: 'secret',
  description: 'Twilio API key SID (SK…), the user name half of an API key credential',
  keywords: ['sk'],
  // the keyword is the token's own prefix
  window: { before: 0, after: 40 },
  // SK + 32 lower-case hex (a Twilio SID: two-letter type prefix + 128-bit id)
  pattern: /(?<![\w-])SK[0-9a-f]{32}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(2), 3),
  publicPrefix: 2,
  envName: 'TWILIO_API_KEY',
  references: ['https://www.twilio.com/docs/iam/api-keys', 'https://www.twilio.com/docs/glossary/what-is-a-sid'],
  examples: {
    positive: [
      `TWILIO_API_KEY=${fake('SK{h32}')}`,
      `client = Client("${fake('SK{h32}', 7)}", api_secret, account_sid)`,
    ],
    negative: [
      // account SIDs identify an account; they are not credentials
      `TWILIO_ACCOUNT_SID=${fake('AC{h32}')}`,
      `key: ${fake('SK{h31}')}`,
      `key: ${fake('SK{H32}')}`,
      'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `stripe: ${fake('sk_live_{a24}')}`,
    ],
  },
});
