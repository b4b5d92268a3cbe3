import { defineRule } from '../defineRule';

/** Address labels of Chinese, Japanese and Korean forms, orders and tickets (address, shipping address, home address). */
const LABELS = [
  '地址', '住址', '住所', '收件地址', '收货地址', '收貨地址', '寄件地址', '寄修地址', '送貨地址', '送货地址', '配送地址', '通讯地址', '通訊地址', '聯絡地址',
  '联系地址', '户籍地址', '戶籍地址', '居住地址', '現住所', 'ご住所', 'お届け先', '주소', '현주소', '배송지', '배송 주소',
].join('|');

/** What an address holds: an administrative unit, a road or a building part (省 province, 路 road, 號 number, 樓 floor, 丁目, 번지). */
const ADDRESS_PART = /[省市区區县縣鄉乡镇鎮路街道巷弄號号樓楼室都道府県丁目番地동로길번지층호]/u;

// A postal address in Chinese, Japanese or Korean after its label: `收件地址：台中市西屯區文心路三段
// 241 號 12 樓之 3`, `寄修地址: 浙江省杭州市…`, `주소: 서울특별시 강남구 테헤란로 152`. The value runs to
// the end of its clause (a comma, a full stop, a line's end) and must hold a digit and a part of an
// address (a city, a road, a number, a floor).
export default defineRule({
  id: 'cjk-postal-address',
  category: 'pii',
  description: 'Postal address in Chinese, Japanese or Korean after an address label (地址, 住所, 주소)',
  keywords: [],
  // A match starts at its label and runs at most ~100 code units on: scanned only near CJK text.
  nearScript: { before: 16, after: 128 },
  pattern: new RegExp(
    `(?:${LABELS})["']?[ \\t]{0,2}[：:]?[ \\t]{0,3}["']?([\\u3400-\\u9fff\\uac00-\\ud7a3\\u3041-\\u30ff〒][\\u3400-\\u9fff\\uac00-\\ud7a3\\u3041-\\u30ff0-9０-９A-Za-z 〒()（）#\\-－・]{5,80}?)(?=["'，。,;；|\\r\\n]|$)`,
    'gu',
  ),
  secretGroup: 1,
  validate: (s) => /[0-9０-９]/u.test(s) && ADDRESS_PART.test(s),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Address#China'],
  examples: {
    positive: [
      '  收件地址：台中市西屯區文心路三段 241 號 12 樓之 3',
      '    寄修地址: 浙江省杭州市西湖区文三路 478 号华星时代广场 B 座 1806 室',
      '10:06\t張家豪\t送貨地址 新北市板橋區縣民大道二段 7 號 18 樓，請開三聯式發票',
      '주소: 서울특별시 강남구 테헤란로 152',
      '{"姓名": "王伟", "地址": "北京市海淀区中关村大街 27 号"}',
    ],
    negative: ['地址：请填写您的地址', '服务器地址: 10.0.3.17', 'IP 地址：192.168.1.10，端口 8080'],
  },
});
