import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'google-oauth-client-secret',
  category: 'secret',
  description: 'Google OAuth client secret (GOCSPX-…)',
  keywords: ['gocspx-'],
  // GOCSPX- + 28 base64url characters
  pattern: /(?<![\w]|(?<!:)-)GOCSPX-[A-Za-z0-9_-]{28}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(7), 2) && minEntropy(s.slice(7), 3.2),
  publicPrefix: 7,
  envName: 'GOOGLE_CLIENT_SECRET',
  references: ['https://support.google.com/cloud/answer/15549257', 'https://developers.google.com/identity/protocols/oauth2'],
  examples: {
    positive: [
      `GOOGLE_CLIENT_SECRET=${fake('GOCSPX-{w28}')}`,
      `{"installed":{"client_id":"${fake('{d12}-{l32}')}.apps.googleusercontent.com","client_secret":"${fake('GOCSPX-{w28}', 3)}"}}`,
    ],
    negative: [
      `GOOGLE_CLIENT_SECRET=${fake('GOCSPX-{w20}')}`,
      'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOOGLE_CLIENT_SECRET=GOCSPX-<client-secret>',
      `GOOGLE_CLIENT_ID=${fake('{d12}-{l32}')}.apps.googleusercontent.com`,
    ],
  },
});
