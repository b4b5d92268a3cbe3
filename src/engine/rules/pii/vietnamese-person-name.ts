import { defineRule } from '../defineRule';
import { VIETNAMESE_FAMILY_NAMES } from './_names';
import { VIETNAMESE_LOWER, VIETNAMESE_UPPER } from './_scripts';

/**
 * Vietnamese family names as written with their tone marks. Each holds a letter past ASCII, so a
 * text without one costs the scanner nothing (see scan/patternReach.ts); the unaccented ones (Phan,
 * Mai, Cao) are left out for the same reason.
 */
const SURNAMES = VIETNAMESE_FAMILY_NAMES.filter((s) => /[^\u0000-\u007f]/u.test(s));

/** One syllable of a given or middle name, capitalised: Thị, Minh, Ngọc, Huy. */
const SYLLABLE = `[${VIETNAMESE_UPPER}][${VIETNAMESE_LOWER}]{0,6}`;

/** Places and the historical figures streets are named after: Hà Nội, Hồ Chí Minh, Lê Lợi, Nguyễn Huệ. */
const PLACES_AND_FIGURES = new Set([
  'Hà Nội', 'Hồ Chí Minh', 'Hà Tĩnh', 'Hà Giang', 'Hà Nam', 'Thái Bình', 'Thái Nguyên', 'Hồ Gươm', 'Hà Đông', 'Lâm Đồng', 'Châu Đốc',
  'Lê Lợi', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Lê Duẩn', 'Nguyễn Trãi', 'Trần Phú', 'Lê Văn Sỹ', 'Võ Văn Tần', 'Nguyễn Văn Cừ',
  'Lý Thường Kiệt', 'Lê Thánh Tôn', 'Nguyễn Du', 'Phạm Ngũ Lão', 'Võ Thị Sáu', 'Nguyễn Thị Minh Khai', 'Trần Quốc Toản', 'Lê Lai',
  'Nguyễn Đình Chiểu', 'Lý Tự Trọng', 'Trần Nhân Tông', 'Lê Đại Hành', 'Ngô Quyền', 'Lý Thái Tổ', 'Trần Duy Hưng', 'Phạm Văn Đồng',
  'Võ Văn Kiệt', 'Võ Nguyên Giáp', 'Hồ Xuân Hương', 'Nguyễn Tất Thành',
]);

/** Middle and given names that mark a name without tone marks on its given part: Văn, Thị, Minh, Anh. */
const MIDDLE_NAMES = new Set(['Van', 'Thi', 'Minh', 'Anh', 'Duc', 'Ngoc', 'Thanh', 'Quoc', 'Huu', 'Gia', 'Kim', 'Thu', 'Bao', 'Tuan', 'Quang', 'Xuan', 'Hong', 'Hai', 'Huy', 'Linh', 'Long', 'Nam', 'Trung', 'Hieu', 'Phuong', 'Tam']);

// A Vietnamese person's name: a family name of the list, then one to three capitalised syllables
// (Nguyễn Thị Thu Hà, Trần Văn Minh, Lý Gia Huy), as KYC exports, support tickets and Zalo chats
// write them. The family name anchors it; the syllables must look Vietnamese (a tone mark or a
// common middle name), so a French `Lê` in a sentence is not one.
export default defineRule({
  id: 'vietnamese-person-name',
  category: 'pii',
  description: "Vietnamese person's name (a Vietnamese family name and one to three given-name syllables)",
  keywords: [],
  pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${SURNAMES.join('|')})(?: ${SYLLABLE}){1,3}(?![\\p{L}\\p{N}_-])`, 'gu'),
  validate: (s, ctx) => {
    if (PLACES_AND_FIGURES.has(s)) return false;
    // A street named for a historical figure: after a house number or a street word, before a street type.
    const before = ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start);
    if (/(?:\d[\w/]*,? |(?:đường|Đường|phố|Phố|Quận|quận|Phường|phường|tỉnh|Tỉnh|TP\.?|thành phố|Thành phố|[Ss]treet|[Ss]t\.) )$/u.test(before)) return false;
    if (/^ (?:Street|St\b|Road|Rd\b|Boulevard|Blvd|Avenue|Ave\b|Ward|District|City|Province)/u.test(ctx.text.slice(ctx.end, ctx.end + 12))) return false;
    const parts = s.split(' ');
    const given = parts.slice(1);
    // The placeholder person of Vietnamese forms and docs: Nguyễn Văn A, Trần Thị B; a seed's Nguyễn Văn Demo.
    if (given.some((g) => g.length === 1 || /^(?:Demo|Test|Thử|Mẫu|Sample)$/u.test(g))) return false;
    // Each syllable short and Vietnamese-looking: no English word after the name (`Lê Monde`).
    if (given.some((g) => g.length > 7)) return false;
    return given.some((g) => /[^\u0000-\u007f]/u.test(g)) || given.some((g) => MIDDLE_NAMES.has(g));
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Vietnamese_name'],
  examples: {
    positive: [
      '{"requester": {"name": "Lý Gia Huy", "email": "lygiahuy@gmail.com"}}',
      'DRV-VN-282473,Trần Văn Minh,079087956580,30/09/1987,Nam',
      'Dương Thị Kim Oanh, sdt 0845679140',
      'Chị Nguyễn Thị Thu Hà gọi lại lúc 9h',
    ],
    negative: [
      "('MCH-DEV-002', 'Shop Thử Nghiệm', 'Nguyễn Văn Demo', 'ACTIVE');",
      'Le Monde a publié un article',
      'Hà Nội, Việt Nam',
      'Nguyễn Huệ Boulevard is closed',
      '"127/9 Lê Văn Sỹ, Phường 13, Quận Phú Nhuận, TP.HCM"',
      'văn phòng ở đường Trần Hưng Đạo',
      '| `ho_ten` | Vietnamese with diacritics | `Nguyễn Văn A` |',
    ],
  },
});
