import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';

export default defineRule({
  id: 'google-oauth-access-token',
  category: 'secret',
  description: 'Google OAuth 2.0 access token (ya29.…)',
  keywords: ['ya29.'],
  // ya29. + 31-2049 characters of [A-Za-z0-9_.-], ending in a non-dot
  pattern: /(?<![\w.]|(?<!:)-)ya29\.[A-Za-z0-9_.-]{30,2048}[A-Za-z0-9_-](?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(5), 2) && minEntropy(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'GOOGLE_ACCESS_TOKEN',
  references: ['https://developers.google.com/identity/protocols/oauth2', 'https://cloud.google.com/docs/authentication/token-types#access'],
  examples: {
    positive: [
      `curl -H "Authorization: Bearer ${fake('ya29.a0A{w150}')}" https://www.googleapis.com/drive/v3/files`,
      `"access_token": "${fake('ya29.c.c0ASRK0G{w200}', 2)}",`,
    ],
    negative: [
      `"access_token": "${fake('ya29.{w20}')}",`,
      '"access_token": "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",',
      '"access_token": "ya29.<access-token>",',
      `"access_token": "${fake('ya30.{w150}')}",`,
    ],
  },
});
