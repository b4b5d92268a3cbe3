import { defineRule } from '../defineRule';
import { lineStartWithin } from '../../scan/lines';
import { native } from '../../scan/nativeRegex';

/** A company's name before its office's address (บริษัท … จำกัด, `Co., Ltd.`). */
const COMPANY = native(/บริษัท|จำกัด|ห้างหุ้นส่วน|\b(?:Co\.,? ?Ltd|Company|PCL)\b/u);

/** A run of Thai letters, vowels and tone marks (one word of a place name). */
const THAI = '[\\u0E01-\\u0E4E]';

// A Thai postal address, which needs no label: a house number (`118/42`), perhaps a village (หมู่ 1,
// ม. 4), soi and road (ซอย…, ถนน…), then the sub-district (แขวง in Bangkok, ตำบล or ต. elsewhere),
// the district (เขต, อำเภอ or อ.), the province (จังหวัด or จ., or Bangkok itself) and perhaps the
// five-digit postcode: `88 หมู่ 5 ตำบลบ้านใหม่ อำเภอเมือง จังหวัดขอนแก่น 40000`. The
// sub-district and district words after a house number make it an address; a place named alone
// (`เขตห้วยขวาง`) is no one's, and nor is a company's office after its name on the line.
export default defineRule({
  id: 'th-street-address',
  category: 'pii',
  description: 'Thai postal address (house number, sub-district, district, province)',
  keywords: [],
  nearScript: { before: 12, after: 330 },
  pattern: new RegExp(
    `(?<![\\d/.,-])\\d{1,5}(?:/\\d{1,5})? (?:[^\\s"',;|]{1,40} ){0,5}?(?:แขวง|ตำบล|ต\\.) ?${THAI}{2,30} (?:เขต|อำเภอ|อ\\.) ?${THAI}{2,30}(?: (?:(?:จังหวัด|จ\\.) ?)?${THAI}{3,30})?(?: \\d{5}(?!\\d))?`,
    'gu',
  ),
  validate: (_s, ctx) => !COMPANY.test(ctx.text.slice(lineStartWithin(ctx.text, ctx.start, 200), ctx.start)),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Postal_addresses_in_Thailand'],
  examples: {
    positive: [
      '      "address_th": "118/42 ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร 10230",',
      'ที่อยู่จัดส่ง: 57 หมู่ 3 ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000',
      '16:30\tFern\tลูกค้าย้ายไป 9/14 ถนนนิมมานเหมินท์ ต.สุเทพ อ.เมือง จ.เชียงใหม่ 50200 นะคะ',
    ],
    negative: [
      'บริษัท ตัวอย่าง (ประเทศไทย) จำกัด ชั้น 9 อาคารตัวอย่าง ถนนสีลม แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500',
      'สาขาเขตห้วยขวาง เปิด 10 โมง', 'แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร', 'ราคา 250 บาท ส่งฟรีทั่วประเทศ'],
  },
});
