import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// An Etherscan API key (also Arbiscan's, BscScan's, Polygonscan's, Basescan's: one family of
// explorers) is 34 upper-case letters and digits. It has no prefix, so it is read near the
// explorer's name: `ETHERSCAN_API_KEY=`, Hardhat's `etherscan: { apiKey: … }`, Foundry's
// `[etherscan]` table.
export default defineRule({
  id: 'etherscan-api-key',
  category: 'secret',
  description: 'Etherscan-family block explorer API key, near the explorer\'s name',
  keywords: ['etherscan', 'arbiscan', 'bscscan', 'polygonscan', 'basescan', 'snowtrace', 'ftmscan', 'celoscan', 'lineascan', 'scrollscan'],
  window: { before: 120, after: 600 },
  pattern: /(?<![A-Za-z0-9_-])[A-Z0-9]{34}(?![A-Za-z0-9_-])/gu,
  validate: (s) => /[A-Z].*\d|\d.*[A-Z]/u.test(s) && (s.match(/\d/gu)?.length ?? 0) >= 4 && (s.match(/[A-Z]/gu)?.length ?? 0) >= 10 && looksRandom(s, 3.8),
  envName: 'ETHERSCAN_API_KEY',
  references: ['https://docs.etherscan.io/getting-started/viewing-api-usage-statistics', 'https://hardhat.org/hardhat-runner/plugins/nomicfoundation-hardhat-verify'],
  examples: {
    positive: [
      `ETHERSCAN_API_KEY=${fake('{u34}', 1)}`,
      `[etherscan]\nmainnet = { key = "${fake('{u34}', 2)}" }`,
      `  etherscan: {\n    apiKey: { arbitrumOne: "${fake('{u34}', 3)}" },\n  },`,
    ],
    negative: ['ETHERSCAN_API_KEY=YourApiKeyToken', `etherscan tx ${fake('{u34}', 4).replace(/\d/gu, 'A')}`, 'ETHERSCAN_API_KEY=${ETHERSCAN_API_KEY}'],
  },
});
