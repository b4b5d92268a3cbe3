import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'sourcegraph-access-token',
  category: 'secret',
  description: 'Sourcegraph access token (sgp_…)',
  keywords: ['sgp_'],
  // sgp_ + an optional instance id (16 hex or local) and _ + 40 hex
  pattern: /(?<![\w]|(?<!:)-)sgp_(?:(?:[0-9a-f]{16}|local)_)?[0-9a-f]{40}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3),
  publicPrefix: 4,
  envName: 'SRC_ACCESS_TOKEN',
  references: ['https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token'],
  examples: {
    positive: [`SRC_ACCESS_TOKEN=${fake('sgp_{h16}_{h40}', 100772)}`, `here is the key: ${fake('sgp_{h16}_{h40}', 100773)} (rotate it after the demo)`],
    negative: [`SRC_ACCESS_TOKEN=${fake('sgp_{h16}_{h39}', 100772)}`, 'SRC_ACCESS_TOKEN=sgp_xxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'SRC_ACCESS_TOKEN=${SRC_ACCESS_TOKEN}'],
  },
});
