import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'flyio-access-token',
  category: 'secret',
  description: 'Fly.io personal access token (fo1_…)',
  keywords: ['fo1_'],
  // fo1_ + 43 base64url characters
  pattern: /(?<![\w]|(?<!:)-)fo1_[\w-]{43}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'FLY_API_TOKEN',
  references: ['https://fly.io/docs/security/tokens/'],
  examples: {
    positive: [`FLY_API_TOKEN=${fake('fo1_{w43}')}`, `flyctl deploy --access-token ${fake('fo1_{w43}', 2)}`],
    negative: [fake('fo1_{w40}'), 'FLY_API_TOKEN=fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('fo2_{w43}')],
  },
});
