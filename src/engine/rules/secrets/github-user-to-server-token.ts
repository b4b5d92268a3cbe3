import { defineRule, fake } from '../defineRule';
import { breakChecksum, fakeChecksummedToken, isChecksummedToken } from './_github';

export default defineRule({
  id: 'github-user-to-server-token',
  category: 'secret',
  description: 'GitHub App user access token (ghu_…)',
  keywords: ['ghu_'],
  // ghu_ + 36 base62 characters: 30 random + 6-character base62 CRC-32 of the random part
  pattern: /(?<![\w]|(?<!:)-)ghu_[A-Za-z0-9]{36}(?![\w-])/gu,
  validate: (s) => isChecksummedToken(s, 'ghu_'),
  publicPrefix: 4,
  envName: 'GITHUB_USER_TOKEN',
  references: [
    'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/',
    'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app',
  ],
  examples: {
    positive: [
      `GITHUB_USER_TOKEN=${fakeChecksummedToken('ghu_')}`,
      `git clone https://x-access-token:${fakeChecksummedToken('ghu_', 2)}@github.com/acme/app.git`,
    ],
    negative: [
      `GITHUB_USER_TOKEN=${breakChecksum(fakeChecksummedToken('ghu_'))}`,
      `GITHUB_USER_TOKEN=${fake('ghu_{a35}')}`,
      'GITHUB_USER_TOKEN=ghu_<token>',
      `token=${fakeChecksummedToken('ghs_')}`,
    ],
  },
});
