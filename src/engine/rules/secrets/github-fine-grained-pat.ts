import { defineRule, fake, hasCharClasses, minEntropy } from '../defineRule';
import { fakeChecksummedToken } from './_github';

export default defineRule({
  id: 'github-fine-grained-pat',
  category: 'secret',
  description: 'GitHub fine-grained personal access token (github_pat_…)',
  keywords: ['github_pat_'],
  // github_pat_ + 22 base62 characters (token id) + _ + 59 base62 characters (secret).
  // NOTE: no public checksum for this format, so the secret part must look random.
  pattern: /(?<![\w]|(?<!:)-)github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![\w-])/gu,
  validate: (s) => {
    const secret = s.slice(34);
    return hasCharClasses(secret, 2) && minEntropy(secret, 3.5) && minEntropy(s.slice(11, 33), 2.5);
  },
  publicPrefix: 11,
  envName: 'GITHUB_TOKEN',
  references: [
    'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token',
    'https://github.blog/changelog/2022-10-18-introducing-fine-grained-personal-access-tokens/',
  ],
  examples: {
    positive: [
      `GITHUB_TOKEN=${fake('github_pat_11{u20}_{a59}')}`,
      `gh auth login --with-token <<< ${fake('github_pat_11{u20}_{a59}', 8)}`,
    ],
    negative: [
      `GITHUB_TOKEN=${fake('github_pat_11{u20}_{a58}')}`,
      `GITHUB_TOKEN=github_pat_11${'A'.repeat(20)}_${'a'.repeat(59)}`,
      'GITHUB_TOKEN=github_pat_<your-token>',
      `GITHUB_TOKEN=${fakeChecksummedToken('ghp_')}`,
    ],
  },
});
