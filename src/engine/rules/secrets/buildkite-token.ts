import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// Buildkite's prefixed tokens: API access tokens (`bkua_`, since March 2023) and agent session
// tokens (`bkaa_`, since January 2025). Buildkite documents both prefixes for GitHub's secret
// scanning; the body is letters and digits.
export default defineRule({
  id: 'buildkite-token',
  category: 'secret',
  description: 'Buildkite API access token (bkua_…) or agent session token (bkaa_…)',
  keywords: ['bkua_', 'bkaa_'],
  pattern: /(?<![\w]|(?<!:)-)bk(?:ua|aa)_[A-Za-z0-9]{40,100}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'BUILDKITE_API_TOKEN',
  references: ['https://buildkite.com/docs/platform/security/tokens'],
  examples: {
    positive: [
      `export BUILDKITE_API_TOKEN=${fake('bkua_{h40}', 4144)}`,
      `bk auth login --org acme --token ${fake('bkua_{a48}', 4145)}`,
    ],
    negative: ['BUILDKITE_API_TOKEN=bkua_0000000000000000000000000000000000000000', fake('bkua_{h20}', 4146), 'token: bkua_*****************************************'],
  },
});
