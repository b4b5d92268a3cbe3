import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'shippo-api-token',
  category: 'secret',
  description: 'Shippo API token (shippo_live_/shippo_test_…)',
  keywords: ['shippo_'],
  // shippo_live_ / shippo_test_ + 40 lower-case hex characters
  pattern: /(?<![\w]|(?<!:)-)shippo_(?:live|test)_[a-f0-9]{40}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(12), 2) && looksRandom(s.slice(12), 3),
  publicPrefix: 12,
  envName: 'SHIPPO_API_TOKEN',
  references: ['https://docs.goshippo.com/docs/guides_general/authentication/'],
  examples: {
    positive: [`SHIPPO_API_TOKEN=${fake('shippo_live_{h40}')}`, `curl -H "Authorization: ShippoToken ${fake('shippo_test_{h40}', 2)}" https://api.goshippo.com/shipments/`],
    negative: [fake('shippo_live_{h32}'), 'SHIPPO_API_TOKEN=shippo_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('shippo_prod_{h40}')],
  },
});
