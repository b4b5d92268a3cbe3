import { native } from '../../scan/nativeRegex';
import { defineRule, fake, hasCharClasses } from '../defineRule';
import { keyedSource, looksRandom } from './_providerKit';

/** A WeChat Pay v2 request's own fields, before the key that signs them. */
const SIGNED_FIELDS = native(/(?:^|[&?"'{\s])(?:mch_id|nonce_str|appid|out_trade_no|out_refund_no|total_fee)=/u);

export default defineRule({
  id: 'wechat-pay-api-key',
  category: 'secret',
  description: 'WeChat Pay merchant API key (v2) or APIv3 key (32 characters)',
  keywords: ['&key=', 'apiv2', 'apiv3', 'api_v2', 'api_v3', 'mch_key', 'mchkey', 'wxpay', 'wechatpay', 'wechat_pay', 'mch-key'],
  // Three ways it shows: the v2 signature's string (…&nonce_str=…&key=<key>) that a debug log
  // writes before hashing it; a config key (apiV3Key, WECHATPAY_APIV3_KEY, mch_key); and a chat that
  // says "APIv3 密钥 … <key>".
  pattern: new RegExp(
    [
      String.raw`&key=([A-Za-z0-9]{32})(?![A-Za-z0-9])`,
      keyedSource(String.raw`\b(?:(?:we_?chat_?pay|wx_?pay|wechat)[_.-]?)?(?:api_?v[23]_?key|mch[_-]?(?:api[_-]?)?key)|\b(?:we_?chat_?pay|wx_?pay)[_.-]?(?:api_?)?key`, String.raw`[A-Za-z0-9]{32}(?![A-Za-z0-9])`),
      String.raw`APIv[23][ \t]?(?:密钥|密鑰|key)[^\n\x60]{0,24}?[\x60'"]?([A-Za-z0-9]{32})(?![A-Za-z0-9])`,
    ].join('|'),
    'giu',
  ),
  secretGroup: [1, 2, 3],
  window: { before: 1500, after: 90 },
  validate: (s, ctx) => {
    if (!hasCharClasses(s, 2) || !looksRandom(s, 3.5)) return false;
    // The bare &key= form only at the end of a signing string's own fields.
    if (ctx.match[1] !== undefined) {
      // (Its line before it, 1,500 characters at most.)
      const before = ctx.text.slice(Math.max(0, ctx.match.index - 1500), ctx.match.index);
      return SIGNED_FIELDS.test(before.slice(before.lastIndexOf('\n') + 1));
    }
    return true;
  },
  envName: 'WECHATPAY_APIV3_KEY',
  references: ['https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=4_3', 'https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay3_2.shtml'],
  examples: {
    positive: [
      `DEBUG sign string: appid=wx${fake('{h16}', 401)}&mch_id=${fake('{d10}', 402)}&nonce_str=${fake('{a16}', 403)}&out_refund_no=R${fake('{d12}', 404)}&key=${fake('{a32}', 405)}`,
      `  apiV3Key: '${fake('{a32}', 406)}',`,
      `WECHATPAY_APIV3_KEY=${fake('{a32}', 407)}`,
      `wechat:\n  pay:\n    mch-key: ${fake('{a32}', 408)}`,
      `微信支付 APIv3 密钥已更新为 ${fake('{a32}', 409)}，请同步到配置中心`,
    ],
    negative: [
      `https://shop.example/search?q=lamp&key=${fake('{a32}', 410)}`,
      "  apiV3Key: process.env.WECHATPAY_APIV3_KEY,",
      `WECHATPAY_APIV3_KEY=${'a'.repeat(32)}`,
      `wechatpay_serial_no=${fake('{H40}', 411)}`,
    ],
  },
});
