import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { matchLine } from './_context';
import { VIETNAMESE_LETTER, VIETNAMESE_LOWER, VIETNAMESE_UPPER } from './_scripts';

/** One syllable of a given name, capitalised: Khoa, Hân, Thư. */
const SYLLABLE = `[${VIETNAMESE_UPPER}][${VIETNAMESE_LOWER}]{1,6}`;

/** Common given names written without their marks, as chats often do (Khoa, Huy, Loan); a name with a mark needs no list. */
const PLAIN_GIVEN_NAMES = new Set(
  'Anh Bao Binh Chau Chi Cuong Dat Duc Dung Giang Ha Hai Han Hanh Hau Hieu Hoa Hoai Hoang Hong Hue Hung Huong Huy Khang Khanh Khoa Kiet Lam Lan Linh Loan Loc Long Mai Minh My Nam Nga Ngan Ngoc Nhan Nhi Nhung Phat Phong Phuc Phuong Quan Quang Quyen Sang Son Tai Tam Tan Thanh Thao Thinh Thu Thuy Tien Trang Trinh Trung Tu Tuan Tung Uyen Viet Vinh Vy Xuan Yen'.split(' '),
);

// A person named the Vietnamese way in a chat or an e-mail: a kinship pronoun or a title before the
// given name (`anh Khoa`, `chị Loan`, `em Hân`, `Chào anh Huy,`, `ông Tuấn`, `bà Lan`), or the
// vocative `ơi` after it (`Hân ơi`). Only on a line with letters only Vietnamese writes, and the name
// must have a Vietnamese letter or be a common given name written without its marks.
export default defineRule({
  id: 'vietnamese-honorific-name',
  category: 'pii',
  description: "Vietnamese given name after a kinship pronoun or title (anh, chị, em, ông, bà) or before the vocative ơi",
  // (The keyword pass reads chị as chi, ông as ong, ơi as oi.)
  // (Each pronoun after a space or a line break: `em ` and `ong ` alone end `item `, `system `, `long `.)
  keywords: [' anh ', '\nanh ', '(anh ', ' chi ', '\nchi ', '(chi ', ' em ', '\nem ', '(em ', ' chu ', ' bac ', ' ong ', '\nong ', ' ba ', '\nba ', ' co ', ' oi ', ' oi,', ' oi!', ' oi\n'],
  window: { before: 24, after: 32 },
  pattern: new RegExp(
    `(?<![\\p{L}])(?:anh|Anh|chị|Chị|em|Em|chú|Chú|bác|Bác|ông|Ông|bà|Bà|cô|Cô) (${SYLLABLE}(?: ${SYLLABLE})?)(?![\\p{L}\\p{N}_@.-]|\\.[\\p{L}])|(?<![\\p{L}])(${SYLLABLE}) ơi(?![\\p{L}])`,
    'gu',
  ),
  secretGroup: [1, 2],
  validate: (s, ctx) => {
    const words = s.split(' ');
    // (The class of tone-marked capitals holds their small letters too: `anh ấy` is "he".)
    if (words.some((w) => (w[0] as string).toLowerCase() === w[0])) return false;
    // A capitalised title starts a sentence or a greeting; inside one it names a shop (Cơm Tấm Bà Sáu).
    const title = ctx.match[1] !== undefined ? ctx.text.charAt(ctx.match.index) : '';
    if (title !== '' && title !== title.toLowerCase() && !/(?:^|[\n.!?:>(*"]|Chào|Gửi|Kính gửi)[ \t]*$/u.test(ctx.text.slice(Math.max(0, ctx.match.index - 12), ctx.match.index))) return false;
    if (!native(VIETNAMESE_LETTER).test(matchLine(ctx, 200))) return false;
    return words.every((w) => /[^\u0000-\u007f]/u.test(w) || PLAIN_GIVEN_NAMES.has(w));
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Vietnamese_pronouns', 'https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '[07:05] Hồ Bảo: Dạ chị. App em sáng nay bị văng, em gửi log cho anh Quân rồi ạ',
      'Chào chị Thu Trang,\nPhòng nhân sự gửi chị hợp đồng.',
      '[08:13] Vũ Minh: Nhi ơi thu hồi tin nhắn trên đi em',
      '# Xuất đối soát COD hằng tuần cho Kế toán (chị Loan). Chạy bằng cron:',
    ],
    negative: [
      'Chào anh, em gửi log rồi ạ',
      'anh Google báo lỗi đăng nhập',
      'ông Team Lead sẽ duyệt',
      'Talk to anh Khoa tomorrow about the release',
      'font-size: 2 em Arial',
      'Em đã gửi mật khẩu qua SMS cho anh ấy, chị không cần chuyển tiếp.',
      'MCH-000512,HKD Cơm tấm Bà Tám,0706000000',
    ],
  },
});
