import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'langsmith-api-key',
  category: 'secret',
  description: 'LangSmith API key (lsv2_pt_… personal, lsv2_sk_… service)',
  keywords: ['lsv2_'],
  // lsv2_ + pt (personal) or sk (service) + _ + 32 hex + _ + 10 hex
  pattern: /(?<![\w]|(?<!:)-)lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}(?![\w-])/gu,
  validate: (s) => looksRandom(s.slice(8), 3),
  publicPrefix: 8,
  envName: 'LANGSMITH_API_KEY',
  references: ['https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key'],
  examples: {
    positive: [`LANGSMITH_API_KEY=${fake('lsv2_pt_{h32}_{h10}', 50644)}`, `here is the key: ${fake('lsv2_pt_{h32}_{h10}', 50645)} (rotate it after the demo)`],
    negative: [`LANGSMITH_API_KEY=${fake('lsv2_pt_{h32}_{h9}', 50644)}`, 'LANGSMITH_API_KEY=lsv2_pt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxx', 'LANGSMITH_API_KEY=${LANGSMITH_API_KEY}'],
  },
});
