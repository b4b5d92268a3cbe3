import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'planetscale-oauth-token',
  category: 'secret',
  description: 'PlanetScale OAuth token (pscale_oauth_…)',
  keywords: ['pscale_oauth_'],
  // pscale_oauth_ + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)pscale_oauth_[\w.=-]{43}(?![\w.=-])/gu,
  validate: (s) => hasCharClasses(s.slice(5 + 8), 2) && looksRandom(s.slice(5 + 8), 3.5),
  publicPrefix: 5 + 8,
  envName: 'PLANETSCALE_OAUTH_TOKEN',
  references: ['https://planetscale.com/docs/concepts/service-tokens', 'https://planetscale.com/docs/concepts/connection-strings'],
  examples: {
    positive: [`PLANETSCALE_OAUTH_TOKEN=${fake('pscale_oauth_{w43}')}`, `"password": "${fake('pscale_oauth_{w43}', 4)}"`],
    negative: [fake('pscale_oauth_{w20}'), 'PLANETSCALE_OAUTH_TOKEN=pscale_oauth_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('pscale_tkn_{w43}')],
  },
});
