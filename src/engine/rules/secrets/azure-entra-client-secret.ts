import { defineRule, fake, minEntropy } from '../defineRule';

export default defineRule({
  id: 'azure-entra-client-secret',
  category: 'secret',
  description: 'Microsoft Entra ID (Azure AD) application client secret, current format (…8Q~…)',
  keywords: ['8q~', '7q~'],
  // 3 characters of [A-Za-z0-9_~.-] + "8Q~" + 34 more (40 in all), or + "7Q~" + 31 more (37)
  // NOTE: a period right after the secret ends it when no secret character follows (end of a sentence).
  pattern: /(?<![\w~.+/-])[\w~.-]{3}(?:8Q~[\w~.-]{34}|7Q~[\w~.-]{31})(?![\w~+/-]|\.[\w~.-])/gu,
  validate: (s) => minEntropy(s, 3.5),
  envName: 'AZURE_CLIENT_SECRET',
  references: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    'https://github.com/microsoft/security-utilities',
  ],
  examples: {
    positive: [
      `AZURE_CLIENT_SECRET=${fake('{a3}8Q~{w34}')}`,
      `"ClientSecret": "${fake('{a3}8Q~{a20}.{a13}', 2)}",`,
      `client_secret = '${fake('{a3}7Q~{a31}', 3)}'`,
      `The new secret is ${fake('{a3}8Q~{a34}', 4)}.`,
    ],
    negative: [
      `AZURE_CLIENT_SECRET=${fake('{a3}8Q~{w30}')}`,
      `AZURE_CLIENT_SECRET=${fake('{a3}9Q~{w34}')}`,
      'AZURE_CLIENT_SECRET=abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `AZURE_CLIENT_SECRET=${fake('{a3}8Q~{w40}')}`,
    ],
  },
});
