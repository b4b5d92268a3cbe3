import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'scalingo-api-token',
  category: 'secret',
  description: 'Scalingo API token (tk-us-…)',
  keywords: ['tk-us-'],
  // tk-us- + 48 base64url characters
  pattern: /(?<![\w]|(?<!:)-)tk-us-[\w-]{48}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(6), 2) && looksRandom(s.slice(6), 3.5),
  publicPrefix: 6,
  envName: 'SCALINGO_API_TOKEN',
  references: ['https://doc.scalingo.com/platform/cli/start#login-with-an-api-token'],
  examples: {
    positive: [`SCALINGO_API_TOKEN=${fake('tk-us-{w48}')}`, `scalingo login --api-token ${fake('tk-us-{w48}', 2)}`],
    negative: [fake('tk-us-{w30}'), 'SCALINGO_API_TOKEN=tk-us-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('tk-eu-{w48}')],
  },
});
