import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, keyedSource, looksRandom } from './_providerKit';

export default defineRule({
  id: 'tencent-secret-key',
  category: 'secret',
  description: 'Tencent Cloud SecretKey (32 characters named as a Tencent secret key, or next to an AKID SecretId)',
  keywords: ['secret'],
  // the key name holds the keyword; the value follows within the assignment
  window: { before: 64, after: 200 },
  // (1) 32 alphanumerics assigned to TENCENTCLOUD_SECRET_KEY / QCLOUD_SECRET_KEY and the like;
  // (2) assigned to a plain secret_key / SecretKey when an AKID… SecretId stands close by
  pattern: new RegExp(
    [
      keyedSource(String.raw`(?:tencent|qcloud|\btc)[\w.-]{0,24}?secret[_-]?key`, String.raw`[A-Za-z0-9]{32}(?![\w-])`),
      keyedSource(String.raw`secret[_-]?key`, String.raw`[A-Za-z0-9]{32}(?![\w-])`),
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    if (ctx.match[2] !== undefined && !isNear(ctx, /AKID[A-Za-z0-9]{32}/u, 300, 300)) return false;
    return hasCharClasses(s, 2) && looksRandom(s, 3.5);
  },
  envName: 'TENCENTCLOUD_SECRET_KEY',
  references: ['https://www.tencentcloud.com/document/product/598/32675'],
  examples: {
    positive: [
      `TENCENTCLOUD_SECRET_KEY=${fake('{a32}')}`,
      `cos:\n  secret_id: ${fake('AKID{a32}')}\n  secret_key: ${fake('{a32}', 2)}`,
    ],
    negative: [
      `secret_key: ${fake('{a32}', 2)}`,
      `TENCENTCLOUD_SECRET_KEY=${fake('{a20}')}`,
      'TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}',
    ],
  },
});
