import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

// A Pterodactyl game-server panel's API key: an application key (`ptla_`, the admin API: it
// creates servers and users) or a client key (`ptlc_`, one user's servers and their consoles).
export default defineRule({
  id: 'pterodactyl-api-key',
  category: 'secret',
  description: 'Pterodactyl panel application or client API key (ptla_…, ptlc_…)',
  keywords: ['ptla_', 'ptlc_'],
  pattern: /(?<![\w]|(?<!:)-)ptl[ac]_[A-Za-z0-9]{40,50}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(5), 3.5),
  publicPrefix: 5,
  envName: 'PTERODACTYL_API_KEY',
  references: ['https://pterodactyl.io/panel/1.0/additional_configuration.html', 'https://dashflo.net/docs/api/pterodactyl/v1/'],
  examples: {
    positive: [`const PTERO_APP_KEY = env.PTERO_APP_KEY || '${fake('ptla_{a43}', 4230)}';`, `Authorization: Bearer ${fake('ptlc_{a43}', 4231)}`],
    negative: ['PTERO_APP_KEY=ptla_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('ptla_{a20}', 4232)],
  },
});
