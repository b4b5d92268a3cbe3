import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { breakChecksum, fakeChecksummedToken, isChecksummedToken } from './_github';

export default defineRule({
  id: 'github-server-to-server-token',
  category: 'secret',
  description: 'GitHub App installation (server-to-server) token (ghs_…)',
  keywords: ['ghs_'],
  // ghs_ + either the newer variable-length stateless form (37-255 characters of [A-Za-z0-9._-]
  // ending in an alphanumeric), or 36 base62 characters (30 random + base62 CRC-32 of them).
  // NOTE: the long form is tried first, so a long token is never cut at 36 characters; a
  // sentence-final period after a classic token is still allowed.
  pattern: /(?<![\w.]|(?<!:)-)ghs_(?:[A-Za-z0-9._-]{36,254}[A-Za-z0-9](?![\w.-])|[A-Za-z0-9]{36}(?![\w-]))/gu,
  validate: (s) => {
    const body = s.slice(4);
    if (/^[A-Za-z0-9]{36}$/u.test(body)) return isChecksummedToken(s, 'ghs_');
    return hasCharClasses(body, 3) && minEntropy(body, 3.5);
  },
  publicPrefix: 4,
  envName: 'GITHUB_TOKEN',
  references: [
    'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/',
    'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation',
  ],
  examples: {
    positive: [
      `Authorization: token ${fakeChecksummedToken('ghs_', 4)}`,
      `GITHUB_TOKEN=${fakeChecksummedToken('ghs_')}`,
      `token: ${fake('ghs_{a40}.{w60}')}`,
      `Use ${fakeChecksummedToken('ghs_', 5)}.`,
    ],
    negative: [
      `GITHUB_TOKEN=${breakChecksum(fakeChecksummedToken('ghs_'))}`,
      `GITHUB_TOKEN=${fake('ghs_{a30}')}`,
      'GITHUB_TOKEN=ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `GITHUB_TOKEN=${fakeChecksummedToken('ghu_')}`,
    ],
  },
});
