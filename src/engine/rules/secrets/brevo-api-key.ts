import { defineRule, fake } from '../defineRule';

// Brevo's (formerly Sendinblue's) keys: the API v3 key `xkeysib-` and the SMTP relay key
// `xsmtpsib-`, each 64 hex digits, a dash and 16 letters or digits. The prefix and shape are
// distinctive enough on their own.
export default defineRule({
  id: 'brevo-api-key',
  category: 'secret',
  description: 'Brevo (Sendinblue) API v3 key (xkeysib-…) or SMTP key (xsmtpsib-…)',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern: /(?<![\w]|(?<!:)-)x(?:key|smtp)sib-[0-9a-f]{64}-[A-Za-z0-9]{16}(?![\w-])/gu,
  validate: (s) => !/-[0-9a-f]{64}-[xX]{16}$/u.test(s) && !/(?:0{16}|f{16})/u.test(s),
  publicPrefix: 8,
  envName: 'BREVO_API_KEY',
  references: ['https://developers.brevo.com/docs/getting-started', 'https://help.brevo.com/hc/en-us/articles/7959631848850'],
  examples: {
    positive: [
      `BREVO_API_KEY=xkeysib-${fake('{h64}', 4350)}-${fake('{a16}', 4351)}`,
      `{"url": "https://api.brevo.com/v3/smtp/email", "api-key": "xkeysib-${fake('{h64}', 4352)}-${fake('{a16}', 4353)}"}`,
      `MAILER_DSN=smtp://relay@example.org:xsmtpsib-${fake('{h64}', 4354)}-${fake('{a16}', 4355)}@smtp-relay.brevo.com:587`,
    ],
    negative: [
      'BREVO_API_KEY=xkeysib-your-api-key-here',
      `BREVO_API_KEY=xkeysib-${'0'.repeat(64)}-XXXXXXXXXXXXXXXX`,
    ],
  },
});
