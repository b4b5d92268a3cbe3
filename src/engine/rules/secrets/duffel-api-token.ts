import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'duffel-api-token',
  category: 'secret',
  description: 'Duffel API access token (duffel_live_… / duffel_test_…)',
  keywords: ['duffel_'],
  // duffel_live_ or duffel_test_ + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)duffel_(?:live|test)_[A-Za-z0-9_=-]{43}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(12), 3.5),
  publicPrefix: 12,
  envName: 'DUFFEL_ACCESS_TOKEN',
  references: ['https://duffel.com/docs/api/overview/making-requests/authentication'],
  examples: {
    positive: [`DUFFEL_ACCESS_TOKEN=${fake('duffel_live_{w43}', 82722)}`, `here is the key: ${fake('duffel_live_{w43}', 82723)} (rotate it after the demo)`],
    negative: [`DUFFEL_ACCESS_TOKEN=${fake('duffel_live_{w42}', 82722)}`, 'DUFFEL_ACCESS_TOKEN=duffel_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'DUFFEL_ACCESS_TOKEN=${DUFFEL_ACCESS_TOKEN}'],
  },
});
