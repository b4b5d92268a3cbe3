import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'alibaba-access-key-secret',
  category: 'secret',
  description: 'Alibaba Cloud AccessKey secret (30 characters named as an Alibaba/Aliyun secret)',
  keywords: ['secret'],
  // the key name holds the keyword; the value follows within the assignment
  window: { before: 64, after: 200 },
  // 30 alphanumerics assigned to ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALICLOUD_SECRET_KEY,
  // accessKeySecret (the Alibaba SDK field name) and the like
  // (And the aliyun CLI's flag: `aliyun configure set --mode AK --access-key-secret <secret>`.)
  pattern: new RegExp(
    keyedSource(String.raw`(?:alibaba|aliyun|alicloud|\bali)[\w.-]{0,24}?secret|access[_-]?key[_-]?secret`, String.raw`[A-Za-z0-9]{30}(?![\w-])`) +
      String.raw`|(?<![\w-])--access-key-secret(?:[ \t]+|=)["']?([A-Za-z0-9]{30})(?![\w-])`,
    'giu',
  ),
  secretGroup: [1, 2],
  validate: (s) => hasCharClasses(s, 2) && looksRandom(s, 3.5),
  envName: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  references: ['https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair'],
  examples: {
    positive: [
      `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fake('{a30}')}`,
      `config = Config(access_key_id="${fake('LTAI{a20}')}", access_key_secret="${fake('{a30}', 2)}")`,
      `aliyun configure set --profile default --mode AK --region ap-southeast-3 --access-key-id ${fake('LTAI{a20}', 102058)} --access-key-secret ${fake('{a30}', 102059)}`,
    ],
    negative: [
      `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fake('{a24}')}`,
      `ALIBABA_CLOUD_REGION_ID=cn-hangzhou`,
      'access_key_secret = os.environ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"]',
    ],
  },
});
