import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'prefect-api-key',
  category: 'secret',
  description: 'Prefect Cloud API key (pnu_…)',
  keywords: ['pnu_'],
  // pnu_ + 36 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)pnu_[A-Za-z0-9]{36}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'PREFECT_API_KEY',
  references: ['https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys'],
  examples: {
    positive: [`PREFECT_API_KEY=${fake('pnu_{a36}')}`, `prefect cloud login --key ${fake('pnu_{a36}', 2)}`],
    negative: [fake('pnu_{a20}'), 'PREFECT_API_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('pnx_{a36}')],
  },
});
