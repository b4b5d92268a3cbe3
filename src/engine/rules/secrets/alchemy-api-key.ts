import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// An Alchemy node endpoint carries its API key as the last path segment (`…g.alchemy.com/v2/<key>`,
// the legacy `…alchemyapi.io/v2/<key>`); the key alone is also set as ALCHEMY_API_KEY. Whoever
// holds it spends the team's compute units.
export default defineRule({
  id: 'alchemy-api-key',
  category: 'secret',
  description: 'Alchemy API key (in a node endpoint URL or an ALCHEMY_API_KEY setting)',
  keywords: ['alchemy.com/', 'alchemyapi.io/', 'alchemy_api_key', 'alchemy_key'],
  pattern:
    /\.(?:g\.alchemy\.com|alchemyapi\.io)\/(?:v2|nft\/v[23])\/([A-Za-z0-9_-]{32})(?![\w-])|ALCHEMY_(?:API_)?KEY["']?[ \t]*[=:][ \t]*["']?([A-Za-z0-9_-]{32})(?![\w-])/giu,
  secretGroup: [1, 2],
  validate: (s) => looksRandom(s, 3.5) && /[A-Z]/u.test(s) && /[a-z]/u.test(s),
  envName: 'ALCHEMY_API_KEY',
  references: ['https://docs.alchemy.com/reference/api-overview', 'https://docs.alchemy.com/docs/how-to-create-access-keys'],
  examples: {
    positive: [
      `ARBITRUM_RPC_URL=https://arb-mainnet.g.alchemy.com/v2/${fake('{a32}', 1)}`,
      `const provider = new JsonRpcProvider("https://eth-sepolia.g.alchemy.com/v2/${fake('{a30}', 2)}_-");`,
      `ALCHEMY_API_KEY=${fake('{a32}', 3)}`,
    ],
    negative: [
      'ARBITRUM_RPC_URL=https://arb-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}',
      'https://eth-mainnet.g.alchemy.com/v2/your-api-key',
      'https://eth-mainnet.g.alchemy.com/v2/demo',
      `https://eth-mainnet.g.alchemy.com/v2/${'x'.repeat(32)}`,
    ],
  },
});
