import { defineRule, fake } from '../defineRule';
import { breakChecksum, fakeChecksummedToken, isChecksummedToken, withSwappedChecksumCase } from './_github';

export default defineRule({
  id: 'github-classic-pat',
  category: 'secret',
  description: 'GitHub personal access token, classic (ghp_…)',
  keywords: ['ghp_'],
  // ghp_ + 36 base62 characters: 30 random + 6-character base62 CRC-32 of the random part
  pattern: /(?<![\w]|(?<!:)-)ghp_[A-Za-z0-9]{36}(?![\w-])/gu,
  validate: (s) => isChecksummedToken(s, 'ghp_'),
  publicPrefix: 4,
  envName: 'GITHUB_TOKEN',
  references: [
    'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/',
    'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
  ],
  examples: {
    positive: [
      `GITHUB_TOKEN=${fakeChecksummedToken('ghp_')}`,
      `git clone https://x-access-token:${fakeChecksummedToken('ghp_', 2)}@github.com/acme/app.git`,
      // the checksum in the other base62 digit order (0-9a-zA-Z)
      `export TOKEN=${withSwappedChecksumCase(fakeChecksummedToken('ghp_', 101077))}`,
    ],
    negative: [
      `GITHUB_TOKEN=${breakChecksum(fakeChecksummedToken('ghp_'))}`,
      `GITHUB_TOKEN=${fake('ghp_{a35}')}`,
      'GITHUB_TOKEN=ghp_<token>',
      `GITHUB_TOKEN=${fakeChecksummedToken('gho_')}`,
    ],
  },
});
