import { defineRule, fake, hasCharClasses } from '../defineRule';
import { looksRandom } from './_providerKit';

export default defineRule({
  id: 'tencent-secret-id',
  category: 'secret',
  description: 'Tencent Cloud SecretId (AKID…)',
  keywords: ['akid'],
  // AKID + 32 alphanumerics
  pattern: /(?<![\w]|(?<!:)-)AKID[A-Za-z0-9]{32}(?![\w-])/gu,
  validate: (s) => hasCharClasses(s.slice(4), 2) && looksRandom(s.slice(4), 3.5),
  publicPrefix: 4,
  envName: 'TENCENTCLOUD_SECRET_ID',
  references: ['https://www.tencentcloud.com/document/product/598/32675'],
  examples: {
    positive: [`TENCENTCLOUD_SECRET_ID=${fake('AKID{a32}')}`, `cred = credential.Credential("${fake('AKID{a32}', 2)}", os.environ["TENCENTCLOUD_SECRET_KEY"])`],
    negative: [fake('AKID{a20}'), 'TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', fake('AKIA{u16}')],
  },
});
