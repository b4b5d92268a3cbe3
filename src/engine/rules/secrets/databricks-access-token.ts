import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'databricks-access-token',
  category: 'secret',
  description: 'Databricks personal access token (dapi…)',
  keywords: ['dapi'],
  // dapi + 32 lower-case hex characters, optionally -<digit> (workspace suffix)
  pattern: /(?<![\w]|(?<!:)-)dapi[a-f0-9]{32}(?:-\d)?(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(4, 36), 3),
  publicPrefix: 4,
  envName: 'DATABRICKS_TOKEN',
  references: ['https://docs.databricks.com/en/dev-tools/auth/pat.html'],
  examples: {
    positive: [
      `DATABRICKS_TOKEN=${fake('dapi{h32}')}`,
      `[DEFAULT]\nhost = https://adb-1234567890123456.7.azuredatabricks.net\ntoken = ${fake('dapi{h32}-2', 4)}`,
    ],
    negative: [fake('dapi{h31}'), 'DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('dapi{a32}'), 'see /api/2.0/dapi_settings'],
  },
});
