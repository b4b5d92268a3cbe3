import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'alibaba-access-key-id',
  category: 'secret',
  description: 'Alibaba Cloud AccessKey ID (LTAI…)',
  keywords: ['ltai'],
  // LTAI + 12-20 alphanumerics
  // (A shell default may hold one: `${OSS_AK:-LTAI…}`.)
  pattern: /(?<![\w]|(?<!:)-)LTAI[A-Za-z0-9]{12,20}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.2),
  publicPrefix: 4,
  envName: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  references: ['https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair'],
  examples: {
    positive: [`ALIBABA_CLOUD_ACCESS_KEY_ID=${fake('LTAI{a20}')}`, `access_key_id: ${fake('LTAI5t{a16}', 2)}`],
    negative: [fake('LTAI{a8}'), 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx', fake('LTAX{a20}')],
  },
});
