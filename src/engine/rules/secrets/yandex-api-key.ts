import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'yandex-api-key',
  category: 'secret',
  description: 'Yandex Cloud API key (AQVN…)',
  keywords: ['aqvn'],
  // AQVN + 35-38 base64url characters
  pattern: /(?<![\w]|(?<!:)-)AQVN[\w-]{35,38}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'YC_API_KEY',
  references: ['https://yandex.cloud/en/docs/iam/concepts/authorization/api-key'],
  examples: {
    positive: [`YC_API_KEY=${fake('AQVN{w36}')}`, `curl -H "Authorization: Api-Key ${fake('AQVN{w37}', 2)}" https://llm.api.cloud.yandex.net/foundationModels/v1/completion`],
    negative: [fake('AQVN{w20}'), 'YC_API_KEY=AQVNxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('AQVM{w36}')],
  },
});
