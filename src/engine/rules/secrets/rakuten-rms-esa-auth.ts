import { native } from '../../scan/nativeRegex';
import { decodeBase64, encodeBase64 } from '../../scan/base64';
import { defineRule, fake } from '../defineRule';

/** What an ESA credential decodes to: the shop's service secret and its licence key (`SP…_…:SL…_…`). */
const SECRET_AND_LICENCE = native(/^SP\d{3,10}_[A-Za-z0-9]{8,64}:SL\d{3,10}_[A-Za-z0-9]{8,64}$/u);

// Rakuten RMS's Web Service authorization: `Authorization: ESA <base64>`, where the base64 holds the
// shop's service secret and its licence key joined by a colon (`SP…_…:SL…_…`). Together they read
// and change the shop's orders, with every buyer's name and address. The decoded pair is the format.
export default defineRule({
  id: 'rakuten-rms-esa-auth',
  category: 'secret',
  description: "Rakuten RMS Web Service credential (ESA and the base64 of the shop's service secret and licence key)",
  keywords: ['esa '],
  window: { before: 0, after: 200 },
  pattern: /(?<![\w-])ESA[ \t]+([A-Za-z0-9+/]{32,256}={0,2})(?![\w+/=-])/gu,
  secretGroup: 1,
  validate: (s) => SECRET_AND_LICENCE.test(decodeBase64(s) ?? ''),
  envName: 'RAKUTEN_RMS_AUTHORIZATION',
  references: ['https://webservice.rms.rakuten.co.jp/merchant-portal/view/ja/common/1-1_service_index/rmswebservice/authorization'],
  examples: {
    positive: [
      `AUTH="ESA ${encodeBase64(`SP${fake('{d6}', 101991)}_${fake('{a16}', 101992)}:SL${fake('{d6}', 101991)}_${fake('{a24}', 101993)}`)}"`,
      `curl -H "Authorization: ESA ${encodeBase64(`SP${fake('{d6}', 101994)}_${fake('{a16}', 101995)}:SL${fake('{d6}', 101994)}_${fake('{a24}', 101996)}`)}" https://api.rms.rakuten.co.jp/es/2.0/order/searchOrder/`,
    ],
    negative: [
      'AUTH="ESA ${RMS_AUTH}"',
      // base64 that decodes to something else
      `ESA ${encodeBase64('serviceSecret:licenseKey-placeholder-value')}`,
      'La ESA publicó su informe anual',
    ],
  },
});
