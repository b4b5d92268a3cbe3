import { defineRule } from '../defineRule';
import { VIETNAMESE_LOWER, VIETNAMESE_UPPER } from './_scripts';

/** A Vietnamese syllable as a street name writes it, capitalised (Nguyễn, Thị, Khai, Chân, Thắng). */
const SYLLABLE = `[${VIETNAMESE_UPPER}][${VIETNAMESE_LOWER}]{0,6}`;
/** The same in lower case and without marks, as people type an address in a hurry (ly chinh thang). */
const PLAIN_SYLLABLE = '[a-z]{1,7}';
/** A house number, with the alleys Vietnamese addresses nest in it: 15/4/2, 27B, 12A/4. */
const HOUSE = '\\d{1,4}[A-Z]?(?:\\/\\d{1,4}[A-Z]?){0,3}';
/** What follows a street in an address: its ward (P., Phường), district (Q., Quận, Huyện) or city (TP.). */
const AREA = '(?:P\\.|Phường|phường|Q\\.|Quận|quận|Huyện|huyện|TP\\.|Tp\\.|Thành phố|Xã)';

// A Vietnamese street address, which needs no label: a house number (with its alleys), a street of
// one to five capitalised syllables, and the ward, district or city after it (`15/4/2 Nguyễn
// Thị Minh Khai, Phường 6, Quận 3`, `27B Lý Chính Thắng, P. Võ Thị Sáu, Q.3`); in a CSV row the
// ward's own cell may come between (`41/7/2 Trần Khắc Chân,Tân Định,Quận 1`). Typed without marks, in
// lower case, only before a ward and a numbered district (`72/9 ly chinh thang p.8 q.3`). A numbered
// street (`18 Đường số 5, Phường An Phú`), and a rural address by its group, hamlet and commune (`Tổ 6,
// ấp 2, xã Tân Nhựt`).
export default defineRule({
  id: 'vn-street-address',
  category: 'pii',
  description: 'Vietnamese street address (house number and alleys, street, then ward, district or city)',
  keywords: ['quan', 'phuong', 'huyen', 'tp.', 'thanh pho', ' p.', ',p.', ' q.', ',q.', ' xa ', 'thi tran'],
  window: { before: 90, after: 24 },
  pattern: new RegExp(
    `(?<![\\w/.-])${HOUSE} (?:(?:đường|Đường|Đ\\.) )?(?:${SYLLABLE}(?: ${SYLLABLE}){0,4}|số \\d{1,3})(?=,? ?${AREA}|,[^,\\n]{2,30},[ ]?(?:Quận|Q\\.|Huyện|TP\\.))` +
      // a hamlet's or a residential group's address: Tổ 4, ấp 3, xã Bình Chánh
      `|(?<![\\p{L}])(?:Tổ|tổ|Ấp|ấp|Thôn|thôn|Khu phố|khu phố|KP\\.?) \\d{1,3}, (?:(?:ấp|Ấp|thôn|Thôn|khu phố|Khu phố) [\\p{L}\\d]{1,7}(?: [\\p{L}\\d]{1,7}){0,2}, )?(?:xã|Xã|phường|Phường|thị trấn|Thị trấn) ${SYLLABLE}(?: ${SYLLABLE}){0,3}` +
      `|(?<![\\w/.-])${HOUSE} (?:duong )?${PLAIN_SYLLABLE}(?: ${PLAIN_SYLLABLE}){0,4}(?= p\\. ?(?:\\d{1,2}|[a-z]{2,7}(?: [a-z]{2,7}){0,3}),? q\\. ?\\d)`,
    'gu',
  ),
  // A capitalised street needs a Vietnamese letter, or a ward or district written out after it
  // (`Release Notes, Q.3` is a quarter's plan).
  validate: (s, ctx) => !/^\d[\w/]* [A-Z]/u.test(s) || /[À-ỹ]/u.test(s.replace(/^\S+ /u, '')) || /^,? ?(?:Phường|phường|Quận|quận|Huyện|huyện|Thành phố)/u.test(ctx.text.slice(ctx.end, ctx.end + 12)),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Address#Vietnam'],
  examples: {
    positive: [
      'VD118204,2025-02-11 07:40,SHP-4410,0912000000,41/7/2 Trần Khắc Chân,Tân Định,Quận 1,0,2100,DELIVERED',
      '- Tạm trú: 88/12 Bùi Hữu Nghĩa, Phường 5, Quận 3, TP.HCM',
      '"2  VD118377  27B Lý Chính Thắng, P. Võ Thị Sáu, Q.3  204\\n",',
      'Khách,"72/9 ly chinh thang p.8 q.3"',
      'DRV-0091,"Tổ 6, ấp 2, xã Tân Nhựt, huyện Bình Chánh, TP.HCM"',
      'KYC-77,Phan Thảo Vy,"18 Đường số 5, Phường An Phú, TP. Thủ Đức"',
    ],
    negative: [
      'Kho Quận 7 mở cửa 7 giờ',
      'version 2024/06 Release Notes, Q.3 planning',
      'HUB Tân Bình, Quận Tân Bình',
      'ran 3 times p.4 of the report',
      'see 12 trang p.4 q.',
    ],
  },
});
