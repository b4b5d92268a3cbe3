import { defineRule, fake, minEntropy } from '../defineRule';

// A TeamCity access token: three base64url parts like a JWT's, the first always the encoding of
// `{"typ": "TCV2"}` (eyJ0eXAiOiAiVENWMiJ9), which no JWT has (its header names an algorithm).
export default defineRule({
  id: 'teamcity-access-token',
  category: 'secret',
  description: 'TeamCity access token (eyJ0eXAiOiAiVENWMiJ9.….…)',
  keywords: ['eyj0exaioiaivenwmij9'],
  pattern: /(?<![\w]|(?<!:)-)eyJ0eXAiOiAiVENWMiJ9\.[\w-]{20,200}\.[\w-]{20,400}(?![\w-])/gu,
  validate: (s) => minEntropy(s.slice(21), 3.5),
  publicPrefix: 21,
  envName: 'TEAMCITY_TOKEN',
  references: ['https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens'],
  examples: {
    positive: [`curl -s -H "Authorization: Bearer eyJ0eXAiOiAiVENWMiJ9.${fake('{w36}', 971)}.${fake('{w60}', 972)}" https://ci.example.net/app/rest/builds`],
    negative: ['TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9.xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx', `eyJhbGciOiJIUzI1NiJ9.${fake('{w36}', 973)}.${fake('{w43}', 974)}`],
  },
});
