import { defineRule, fake } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'yandex-iam-token',
  category: 'secret',
  description: 'Yandex Cloud IAM token (t1.…)',
  keywords: ['t1.'],
  // t1. + base64url payload + . + 86-character base64url signature
  pattern: /(?<![\w.]|(?<!:)-)t1\.[\w-]{20,500}={0,2}\.[\w-]{86}={0,2}(?![\w.=-])/gu,
  validate: (s) => looksRandom(s.slice(3), 4),
  publicPrefix: 3,
  envName: 'YC_IAM_TOKEN',
  references: ['https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token'],
  examples: {
    positive: [
      `YC_IAM_TOKEN=${fake('t1.{w120}.{w86}')}`,
      `curl -H "Authorization: Bearer ${fake('t1.{w140}.{w86}', 2)}" https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds`,
    ],
    negative: [fake('t1.{w120}.{w40}'), 'see section t1.intro.overview', fake('t2.{w120}.{w86}')],
  },
});
