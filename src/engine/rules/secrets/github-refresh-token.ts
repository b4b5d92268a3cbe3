import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { breakChecksum, fakeChecksummedToken, isChecksummedToken } from './_github';

export default defineRule({
  id: 'github-refresh-token',
  category: 'secret',
  description: 'GitHub App refresh token (ghr_…)',
  keywords: ['ghr_'],
  // ghr_ + 36 base62 characters (30 random + base62 CRC-32 of them) or 76 base62 characters
  // (the length GitHub's refresh-token documentation shows; no public checksum).
  pattern: /(?<![\w]|(?<!:)-)ghr_(?:[A-Za-z0-9]{36}|[A-Za-z0-9]{76})(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(4);
    if (body.length === 36) return isChecksummedToken(s, 'ghr_');
    return hasCharClasses(body, 3) && minEntropy(body, 3.5);
  },
  publicPrefix: 4,
  envName: 'GITHUB_REFRESH_TOKEN',
  references: [
    'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/',
    'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens',
  ],
  examples: {
    positive: [
      `GITHUB_REFRESH_TOKEN=${fakeChecksummedToken('ghr_')}`,
      `"refresh_token": "${fake('ghr_{a76}')}",`,
    ],
    negative: [
      `GITHUB_REFRESH_TOKEN=${breakChecksum(fakeChecksummedToken('ghr_'))}`,
      `"refresh_token": "${fake('ghr_{a60}')}",`,
      '"refresh_token": "ghr_<refresh-token>"',
      `"access_token": "${fakeChecksummedToken('ghu_')}"`,
    ],
  },
});
