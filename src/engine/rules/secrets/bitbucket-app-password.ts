import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'bitbucket-app-password',
  category: 'secret',
  description: 'Bitbucket Cloud app password (ATBB…)',
  keywords: ['atbb'],
  // ATBB + 32 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)ATBB[A-Za-z0-9]{32}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && minEntropy(s.slice(4), 3.2),
  publicPrefix: 4,
  envName: 'BITBUCKET_APP_PASSWORD',
  references: [
    'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
    'https://support.atlassian.com/bitbucket-cloud/docs/using-app-passwords/',
  ],
  examples: {
    positive: [
      `BITBUCKET_APP_PASSWORD=${fake('ATBB{a24}{H8}')}`,
      `git clone https://jdoe:${fake('ATBB{a24}{H8}', 5)}@bitbucket.org/acme/app.git`,
    ],
    negative: [
      `BITBUCKET_APP_PASSWORD=${fake('ATBB{a20}')}`,
      'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `BITBUCKET_APP_PASSWORD=${fake('ATBB{a40}')}`,
      `token=${fake('ATCTT3xFfGN0{w171}')}`,
    ],
  },
});
