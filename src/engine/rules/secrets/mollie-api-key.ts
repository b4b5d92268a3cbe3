import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

// Mollie's live API keys (`live_` + 30 characters) and OAuth / organization access tokens
// (`access_` + 40). Test-mode keys (`test_…`) reach no money and are left alone. Adyen's client keys
// also start `live_` but are 32 upper-case characters, public by design: a Mollie key has lower case.
export default defineRule({
  id: 'mollie-api-key',
  category: 'secret',
  description: 'Mollie live API key (live_…) or organization access token (access_…)',
  keywords: ['live_', 'access_'],
  pattern: /(?<![\w]|(?<!:)-)(?:live_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40})(?![\w-])/gu,
  validate: (s) => {
    const body = s.slice(s.indexOf('_') + 1);
    return /[a-z]/u.test(body) && hasCharClasses(body, 3) && looksRandom(body, 3.5);
  },
  publicPrefix: 5,
  envName: 'MOLLIE_API_KEY',
  references: ['https://docs.mollie.com/reference/authentication', 'https://docs.mollie.com/reference/organization-access-tokens'],
  examples: {
    positive: [
      `    'key' => env('MOLLIE_KEY', 'live_${fake('{a30}', 580)}'),`,
      `MOLLIE_ORG_TOKEN=access_${fake('{a40}', 581)}`,
    ],
    negative: [`MOLLIE_KEY=test_${fake('{a30}', 582)}`, `adyenClientKey: "live_${fake('{u32}', 583)}"`, 'MOLLIE_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
});
