import { defineRule, fake } from '../defineRule';

// MailerSend API tokens: `mlsn.` and 64 hexadecimal characters.
export default defineRule({
  id: 'mailersend-api-token',
  category: 'secret',
  description: 'MailerSend API token',
  keywords: ['mlsn.'],
  pattern: /(?<![\w.]|(?<!:)-)mlsn\.[0-9a-f]{64}(?![\w-])/gu,
  publicPrefix: 5,
  envName: 'MAILERSEND_API_KEY',
  references: ['https://developers.mailersend.com/general.html#authentication'],
  examples: {
    positive: [`mailerSendKey    = "mlsn.${fake('{h64}', 472)}"`, `MAILERSEND_API_KEY=mlsn.${fake('{h64}', 473)}`],
    negative: [`mlsn.${fake('{h63}', 474)}`, `mlsn.${fake('{H64}', 475)}`, 'MAILERSEND_API_KEY=mlsn.your-token-here'],
  },
});
