import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'planetscale-password',
  category: 'secret',
  description: 'PlanetScale database password (pscale_pw_…)',
  keywords: ['pscale_pw_'],
  // pscale_pw_ + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)pscale_pw_[\w.=-]{43}(?![\w.=-])/gu,
  validate: (s) => hasCharClasses(s.slice(2 + 8), 2) && looksRandom(s.slice(2 + 8), 3.5),
  publicPrefix: 2 + 8,
  envName: 'DATABASE_PASSWORD',
  references: ['https://planetscale.com/docs/concepts/service-tokens', 'https://planetscale.com/docs/concepts/connection-strings'],
  examples: {
    positive: [`DATABASE_PASSWORD=${fake('pscale_pw_{w43}')}`, `"password": "${fake('pscale_pw_{w43}', 4)}"`],
    negative: [fake('pscale_pw_{w20}'), 'DATABASE_PASSWORD=pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('pscale_tkn_{w43}')],
  },
});
