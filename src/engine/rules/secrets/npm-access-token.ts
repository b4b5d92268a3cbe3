import { defineRule, fake } from '../defineRule';
import { breakChecksum, fakeChecksummedToken, isChecksummedToken, withSwappedChecksumCase } from './_github';

export default defineRule({
  id: 'npm-access-token',
  category: 'secret',
  description: 'npm access token (npm_…)',
  keywords: ['npm_'],
  // npm_ + 36 base62 characters: 30 random + 6-character base62 CRC-32 of the random part
  // (the same scheme as GitHub's tokens).
  pattern: /(?<![\w]|(?<!:)-)npm_[A-Za-z0-9]{36}(?![\w-])/gu,
  validate: (s) => isChecksummedToken(s, 'npm_'),
  publicPrefix: 4,
  envName: 'NPM_TOKEN',
  references: [
    'https://github.blog/2021-09-23-announcing-npms-new-access-token-format/',
    'https://docs.npmjs.com/about-access-tokens',
  ],
  examples: {
    positive: [
      `NPM_TOKEN=${fakeChecksummedToken('npm_', 3)}`,
      `//registry.npmjs.org/:_authToken=${fakeChecksummedToken('npm_')}`,
      // the checksum in the other base62 digit order (0-9a-zA-Z)
      `export TOKEN=${withSwappedChecksumCase(fakeChecksummedToken('npm_', 101077))}`,
    ],
    negative: [
      `NPM_TOKEN=${breakChecksum(fakeChecksummedToken('npm_'))}`,
      `NPM_TOKEN=${fake('npm_{a35}')}`,
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      `NPM_TOKEN=${fakeChecksummedToken('ghp_')}`,
    ],
  },
});
