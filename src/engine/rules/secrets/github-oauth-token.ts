import { defineRule, fake } from '../defineRule';
import { breakChecksum, fakeChecksummedToken, isChecksummedToken } from './_github';

export default defineRule({
  id: 'github-oauth-token',
  category: 'secret',
  description: 'GitHub OAuth app access token (gho_…)',
  keywords: ['gho_'],
  // gho_ + 36 base62 characters: 30 random + 6-character base62 CRC-32 of the random part
  pattern: /(?<![\w]|(?<!:)-)gho_[A-Za-z0-9]{36}(?![\w-])/gu,
  validate: (s) => isChecksummedToken(s, 'gho_'),
  publicPrefix: 4,
  envName: 'GITHUB_OAUTH_TOKEN',
  references: [
    'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/',
    'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps',
  ],
  examples: {
    positive: [
      `GITHUB_OAUTH_TOKEN=${fakeChecksummedToken('gho_')}`,
      `git clone https://x-access-token:${fakeChecksummedToken('gho_', 2)}@github.com/acme/app.git`,
    ],
    negative: [
      `GITHUB_OAUTH_TOKEN=${breakChecksum(fakeChecksummedToken('gho_'))}`,
      `GITHUB_OAUTH_TOKEN=${fake('gho_{a35}')}`,
      'GITHUB_OAUTH_TOKEN=gho_<token>',
      `token=${fakeChecksummedToken('ghp_')}`,
    ],
  },
});
