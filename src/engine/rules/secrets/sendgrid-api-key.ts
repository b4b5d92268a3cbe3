import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'sendgrid-api-key',
  category: 'secret',
  description: 'SendGrid API key (SG.…)',
  keywords: ['sg.'],
  // SG. + 22 base64url (key id) + . + 43 base64url (secret)
  pattern: /(?<![\w.]|(?<!:)-)SG\.[\w-]{22}\.[\w-]{43}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(26), 3.5),
  publicPrefix: 3,
  envName: 'SENDGRID_API_KEY',
  references: ['https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys'],
  examples: {
    positive: [
      `SENDGRID_API_KEY=${fake('SG.{w22}.{w43}')}`,
      `sgMail.setApiKey('${fake('SG.{w22}.{w43}', 11)}');`,
    ],
    negative: [
      `SENDGRID_API_KEY=${fake('SG.{w21}.{w43}')}`,
      `SENDGRID_API_KEY=${fake('SG.{w22}.{w40}')}`,
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `key: ${fake('XG.{w22}.{w43}')}`,
    ],
  },
});
