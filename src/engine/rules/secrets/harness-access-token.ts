import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'harness-access-token',
  category: 'secret',
  description: 'Harness personal or service account token (pat.… / sat.…)',
  keywords: ['pat.', 'sat.'],
  // pat. or sat. + 22-character account id + . + 24-character token id + . + 20-character secret
  pattern: /(?<![\w]|(?<!:)-)(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'HARNESS_API_KEY',
  references: ['https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys'],
  examples: {
    positive: [`HARNESS_API_KEY=${fake('pat.{w22}.{a24}.{a20}', 49676)}`, `here is the key: ${fake('pat.{w22}.{a24}.{a20}', 49677)} (rotate it after the demo)`],
    negative: [`HARNESS_API_KEY=${fake('pat.{w22}.{a24}.{a19}', 49676)}`, 'HARNESS_API_KEY=pat.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx', 'HARNESS_API_KEY=${HARNESS_API_KEY}'],
  },
});
