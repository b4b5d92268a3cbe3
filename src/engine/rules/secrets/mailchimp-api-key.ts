import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'mailchimp-api-key',
  category: 'secret',
  description: 'Mailchimp Marketing API key (32 hex + -us<datacenter>)',
  keywords: ['-us'],
  // the -us<dc> suffix ends the key: 32 hex chars before it
  window: { before: 40, after: 8 },
  // 32 lower-case hex + -us + 1-2 digit data center number
  pattern: /(?<![\w]|(?<!:)-)[0-9a-f]{32}-us\d{1,2}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(0, 32), 3),
  envName: 'MAILCHIMP_API_KEY',
  references: ['https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key', 'https://mailchimp.com/help/about-api-keys/'],
  examples: {
    positive: [
      `MAILCHIMP_API_KEY=${fake('{h32}-us6')}`,
      `mailchimp.setConfig({ apiKey: "${fake('{h32}-us21', 2)}", server: "us21" });`,
    ],
    negative: [
      `MAILCHIMP_API_KEY=${fake('{h31}-us6')}`,
      `MAILCHIMP_API_KEY=${fake('{h32}-eu6')}`,
      `MAILCHIMP_API_KEY=${fake('{h32}-us123')}`,
      'MAILCHIMP_API_KEY=00000000000000000000000000000000-us1',
    ],
  },
});
