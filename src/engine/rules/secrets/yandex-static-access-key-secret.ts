import { defineRule, fake, hasCharClasses } from '../defineRule';
import { isNear, looksRandom } from './_providerKit';

export default defineRule({
  id: 'yandex-static-access-key-secret',
  category: 'secret',
  description: 'Yandex Cloud static access key secret (YC…, 40 characters) near a Yandex mention or YCAJ… key id',
  keywords: ['yc'],
  // the keyword is the token's own prefix
  window: { before: 0, after: 48 },
  // YC + 38 base64url characters; Yandex, its storage endpoint or a YCAJ… key id must stand close by
  pattern: /(?<![\w+/-])YC[\w-]{38}(?![\w+/=-])/gu,
  validate: (s, ctx) =>
    hasCharClasses(s.slice(2), 2) &&
    looksRandom(s.slice(2), 3.5) &&
    isNear(ctx, /yandex|\bYCAJ[\w-]{21}\b|\byc[_-]/iu, 250, 150),
  publicPrefix: 2,
  envName: 'YC_SECRET_ACCESS_KEY',
  references: ['https://yandex.cloud/en/docs/iam/concepts/authorization/access-key'],
  examples: {
    positive: [
      `aws_access_key_id = ${fake('YCAJE{w20}')}\naws_secret_access_key = ${fake('YC{w38}')}\nendpoint_url = https://storage.yandexcloud.net`,
      `YANDEX_SECRET_KEY=${fake('YC{w38}', 2)}`,
    ],
    negative: [`SECRET=${fake('YC{w38}')}`, `YANDEX_SECRET_KEY=${fake('YC{w20}')}`, `YANDEX_KEY_ID=${fake('YCAJE{w20}')}`],
  },
});
