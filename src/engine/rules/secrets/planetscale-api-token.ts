import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'planetscale-api-token',
  category: 'secret',
  description: 'PlanetScale service token (pscale_tkn_…)',
  keywords: ['pscale_tkn_'],
  // pscale_tkn_ + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)pscale_tkn_[\w.=-]{43}(?![\w.=-])/gu,
  validate: (s) => hasCharClasses(s.slice(3 + 8), 2) && looksRandom(s.slice(3 + 8), 3.5),
  publicPrefix: 3 + 8,
  envName: 'PLANETSCALE_SERVICE_TOKEN',
  references: ['https://planetscale.com/docs/concepts/service-tokens', 'https://planetscale.com/docs/concepts/connection-strings'],
  examples: {
    positive: [`PLANETSCALE_SERVICE_TOKEN=${fake('pscale_tkn_{w43}')}`, `"password": "${fake('pscale_tkn_{w43}', 4)}"`],
    negative: [fake('pscale_tkn_{w20}'), 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('pscale_pw_{w43}')],
  },
});
