import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A QuickNode endpoint is `https://<three words>.<network>.quiknode.pro/<token>/`: the 40-hex token
// in the path is its authentication (the endpoint's name alone is not).
export default defineRule({
  id: 'quicknode-endpoint-token',
  category: 'secret',
  description: 'QuickNode endpoint authentication token (…quiknode.pro/<token>/)',
  keywords: ['quiknode.pro/'],
  pattern: /\.quiknode\.pro\/([0-9a-f]{40})(?![\w-])/gu,
  secretGroup: 1,
  validate: (s) => looksRandom(s, 3.3),
  envName: 'QUICKNODE_RPC_URL',
  references: ['https://www.quicknode.com/docs/welcome', 'https://www.quicknode.com/guides/quicknode-products/endpoint-security/how-to-set-up-token-based-authentication'],
  examples: {
    positive: [
      `BASE_RPC_URL=https://misty-bold-dawn.base-mainnet.quiknode.pro/${fake('{h40}', 1)}/`,
      `arbitrum = "https://frosty-quiet-meadow.arbitrum-mainnet.quiknode.pro/${fake('{h40}', 2)}/"`,
    ],
    negative: ['https://misty-bold-dawn.base-mainnet.quiknode.pro/<token>/', 'https://misty-bold-dawn.base-mainnet.quiknode.pro/', `https://x.quiknode.pro/${'ab'.repeat(20)}/`],
  },
});
