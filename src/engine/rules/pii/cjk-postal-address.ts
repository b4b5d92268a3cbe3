import { defineRule } from '../defineRule';

/** Address labels of Chinese, Japanese and Korean forms, orders and tickets (address, shipping address, home address). */
const LABELS = [
  '地址', '住址', '住所', '收件地址', '收货地址', '收貨地址', '寄件地址', '寄修地址', '送貨地址', '送货地址', '配送地址', '通讯地址', '通訊地址', '聯絡地址',
  '联系地址', '户籍地址', '戶籍地址', '居住地址', '現住所', 'ご住所', 'お届け先', '주소', '현주소', '배송지', '배송 주소',
].join('|');

/** What an address holds: an administrative unit, a road or a building part (省 province, 路 road, 號 number, 樓 floor, 丁目, 번지). */
const ADDRESS_PART = /[省市区區县縣鄉乡镇鎮路街道巷弄號号樓楼室都道府県丁目番地동로길번지층호]/u;

/**
 * A Chinese or Taiwanese street address without a label, by its shape: a city or county (市, 縣),
 * a district or township (區, 鄉, 鎮), a road and the house number (號), then a floor (`3樓之5`), as
 * a prize winners' sheet or a chat writes it: `臺中市西屯區市政北二路238號15樓之2`. A postcode may lead.
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
// (On the mainland a province may lead and a county and a town follow the city, and a flat may end
// it: `广东省…市…区…街道…路62号…8栋2208室`, `…省…市…县…镇…村9组29号`.)
const DISTRICT = `(?:[${HAN}]{1,3}[區区縣县](?:[${HAN}]{1,4}[鄉乡鎮镇])?|[${HAN}]{1,3}[區区鄉乡鎮镇市])`;
const FLAT = `(?:[${HAN}]{0,8}[0-9０-９]{1,3}[栋棟幢座](?:[0-9０-９]{1,2}单元)?[0-9０-９]{1,5}室)?`;
const CITY_DISTRICT_ROAD = `(?:\\d{3,6})?((?:[${HAN}]{2,3}省)?[${HAN}]{1,3}[市縣县]${DISTRICT}[${HAN}0-9０-９]{1,24}?[0-9０-９]{1,5}[號号](?:[0-9０-９]{1,3}[樓楼F](?:之[0-9０-９]{1,3})?)?${FLAT})`;

/**
 * A Hong Kong or Macau address in Chinese, by its shape: the territory's region first (香港 Hong Kong
 * Island, 九龍 Kowloon, 新界 the New Territories, 澳門 Macau), a district and a street, the number
 * (號), then a floor (樓) and a flat (室) or a block (座): `九龍深水埗長沙灣道201號5樓D室`.
 */
const HK_MO_ADDRESS = `((?:香港|九龍|九龙|新界|澳門|澳门)[${HAN}]{2,16}?[0-9０-９]{1,5}[號号](?:[0-9０-９]{1,3}[樓楼](?:[A-Z0-9]{1,3}室|[A-Z]座)?)?)`;

/** A business's place before the address: a company, its headquarters, an office, a shop, a branch. */
const BUSINESS_BEFORE = /(?:公司|總部|总部|總公司|总公司|辦公室|办公室|辦事處|办事处|門市|门市|分店|分公司|營業所|营业所|服務中心|服务中心|客服中心|總店|总店)[^\n]{0,24}$/u;

// A postal address in Chinese, Japanese or Korean after its label: `收件地址：台中市西屯區文心路三段
// 241 號 12 樓之 3`, `寄修地址: 浙江省杭州市…`, `주소: 서울특별시 강남구 테헤란로 152`. The value runs to
// the end of its clause (a comma, a full stop, a line's end) and must hold a digit and a part of an
// address (a city, a road, a number, a floor). Or, without a label, a Chinese address by its shape
// (CITY_DISTRICT_ROAD), unless a business's place is named just before it.
export default defineRule({
  id: 'cjk-postal-address',
  category: 'pii',
  description: 'Postal address in Chinese, Japanese or Korean after an address label (地址, 住所, 주소)',
  keywords: [],
  // A match starts at its label and runs at most ~100 code units on: scanned only near CJK text.
  nearScript: { before: 16, after: 128 },
  pattern: new RegExp(
    `(?:${LABELS})["']?[ \\t]{0,2}[：:]?[ \\t]{0,3}["']?([\\u3400-\\u9fff\\uac00-\\ud7a3\\u3041-\\u30ff〒][\\u3400-\\u9fff\\uac00-\\ud7a3\\u3041-\\u30ff0-9０-９A-Za-z 〒()（）#\\-－・]{5,80}?)(?=["'，。,;；|\\r\\n]|$)` +
      `|(?<![${HAN}0-9])${CITY_DISTRICT_ROAD}(?![0-9０-９])` +
      `|(?<![${HAN}0-9])${HK_MO_ADDRESS}(?![0-9０-９A-Za-z])`,
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    if (ctx.match[2] !== undefined || ctx.match[3] !== undefined) return !BUSINESS_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
    return /[0-9０-９]/u.test(s) && ADDRESS_PART.test(s);
  },
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Address#China'],
  examples: {
    positive: [
      '  收件地址：台中市西屯區文心路三段 241 號 12 樓之 3',
      '    寄修地址: 浙江省杭州市西湖区文三路 478 号华星时代广场 B 座 1806 室',
      '10:06\t張家豪\t送貨地址 新北市板橋區縣民大道二段 7 號 18 樓，請開三聯式發票',
      '주소: 서울특별시 강남구 테헤란로 152',
      '{"姓名": "王伟", "地址": "北京市海淀区中关村大街 27 号"}',
      // a prize winners' sheet and a chat, without a label
      '序號,姓名,手機,郵遞區號,收件處\n1,林怡君,0912-345-678,40756,臺中市西屯區市政北二路238號15樓之2',
      '客人新地址 30072新竹市東區光復路二段101號 電話晚點給',
      // a mainland roster's household and current addresses: a province first, a county and a town, a flat at the end
      '工号,姓名,户籍地址,现住址\nE-1,王小明,河南省信阳市光山县十里镇杨湾村3组12号,浙江省杭州市西湖区文新街道学院路88号金色家园5栋1302室',
      // Hong Kong and Macau addresses by their region, in an order's JSON and a log's line
      '{"recipient": "A. Example", "address": "九龍深水埗長沙灣道201號5樓D室"}',
      'shipment to=A. Example addr=澳門氹仔孫逸仙大馬路88號7樓C座',
    ],
    negative: ['地址：请填写您的地址', '服务器地址: 10.0.3.17', 'IP 地址：192.168.1.10，端口 8080', '本公司總部位於臺北市信義區市府路45號', '臺北市信義區', '總公司：香港中環皇后大道中99號'],
  },
});
