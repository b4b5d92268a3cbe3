import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// An Infura endpoint carries the project's API key (its project id, 32 lower-case hex digits) in
// its path: `https://mainnet.infura.io/v3/<key>`, `wss://…infura.io/ws/v3/<key>`. Infura calls it
// an API key and bills the requests made with it.
export default defineRule({
  id: 'infura-project-id',
  category: 'secret',
  description: 'Infura API key (project id) in an endpoint URL or an INFURA_* setting',
  keywords: ['infura.io/', 'infura_api_key', 'infura_project_id', 'infura_key', 'infura_id'],
  pattern: /\.infura\.io\/(?:ws\/)?v3\/([0-9a-f]{32})(?![\w-])|INFURA_(?:API_KEY|PROJECT_ID|KEY|ID)["']?[ \t]*[=:][ \t]*["']?([0-9a-f]{32})(?![\w-])/giu,
  secretGroup: [1, 2],
  validate: (s) => looksRandom(s, 3.0) && /\d/u.test(s) && /[a-f]/u.test(s),
  envName: 'INFURA_API_KEY',
  references: ['https://docs.metamask.io/services/get-started/endpoints/', 'https://docs.metamask.io/developer-tools/dashboard/get-started/create-api/'],
  examples: {
    positive: [
      `MAINNET_RPC_URL=https://mainnet.infura.io/v3/${fake('{h32}', 1)}`,
      `const ws = new WebSocketProvider('wss://sepolia.infura.io/ws/v3/${fake('{h32}', 2)}');`,
      `INFURA_PROJECT_ID="${fake('{h32}', 3)}"`,
      // a key of lower entropy than most (3.17 bits a digit), in its endpoint's path
      'rpc=https://sepolia.infura.io/v3/e8c8941f98b192e928899fb64e9b6942',
    ],
    negative: ['https://mainnet.infura.io/v3/YOUR-PROJECT-ID', 'https://mainnet.infura.io/v3/${INFURA_API_KEY}', `https://mainnet.infura.io/v3/${'0'.repeat(32)}`],
  },
});
