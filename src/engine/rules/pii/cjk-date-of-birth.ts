import { defineRule } from '../defineRule';
import { isPlausibleBirthDate } from './_checksums';
import { native } from '../../scan/nativeRegex';
import { isWholeCellUnder } from './_context';
import { CJK_SCRIPT_RANGE } from './_scripts';

/** A birth-date label in Chinese, Japanese or Korean, and its particle or colon. */
const LABEL = '(?:生年月日|出生年月日|出生日期|出生年月|誕生日|生日|생년월일|출생일|생일)(?:[ \\t]{0,8}(?:[:：]|は|은|는|이|가|是|为|為)?[ \\t]{0,8})';

/** An export's birth-date column (生年月日, 出生日期, 생년월일), as columnHeader gives it. */
const DOB_COLUMN = /^(?:生年月日|出生年月日|出生日期|誕生日|生日|생년월일|출생일)(?:[(（](?:民國|民国|西元)[)）])?$/u;

/** A Latin birth-date column (`Date of birth`, `dob`): a Japanese date (1979年6月14日) under it is a birth date too. */
const LATIN_DOB_COLUMN = /^["']?(?:date[ _-]?of[ _-]?birth|dob|birth[ _-]?date|birthday)["']?$/iu;

/** A character of the scripts the rule reads (kana, CJK ideographs, Hangul: its nearScript range). */
const SCRIPT = native(new RegExp(`[${CJK_SCRIPT_RANGE.map((c) => `\\u${c.toString(16)}`).join('-')}]`, 'u'));

/** Japan's era names and their first years (a date written 昭和45年 is 1970); Taiwan's Minguo years (民國68年 is 1979). */
const ERA_START: Readonly<Record<string, number>> = { 昭和: 1926, 平成: 1989, 令和: 2019, 民國: 1912, 民国: 1912 };

const ERA_DATE = native(/^(昭和|平成|令和|民國|民国)(\d{1,3})年\s?(\d{1,2})月\s?(\d{1,2})日$/u);
const WESTERN_DATE = native(/^(\d{4})(?:年\s?|[-/.])(\d{1,2})(?:月\s?|[-/.])(\d{1,2})/u);

/** The (year, month, day) of a matched date, Western or Japanese era. */
function reading(s: string): [number, number, number] | undefined {
  const era = ERA_DATE.exec(s);
  if (era) return [(ERA_START[era[1] as string] as number) + Number(era[2]) - 1, Number(era[3]), Number(era[4])];
  const m = WESTERN_DATE.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  // (Digits alone: YYYYMMDD, or YYMMDD, whose century is the one that puts the date in the past.)
  if (/^\d{8}$/u.test(s)) return [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))];
  if (/^\d{6}$/u.test(s)) {
    const yy = Number(s.slice(0, 2));
    return [yy <= new Date().getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy, Number(s.slice(2, 4)), Number(s.slice(4, 6))];
  }
  return undefined;
}

// A date of birth after its Chinese, Japanese or Korean label (生年月日, 出生日期, 생년월일…): as
// Japanese forms and Korean and Chinese tickets write it, 1966年03月07日, 2006/05/20, 2013.01.01 or in
// a Japanese era (昭和45年5月3日); also a cell under such a column, and a Japanese date under a Latin key
// (`"dob"`). Latin labels' Western dates are date-of-birth's; the keyword pass
// finds no CJK word, so this rule runs only on texts that hold a character beyond ASCII.
export default defineRule({
  id: 'cjk-date-of-birth',
  category: 'pii',
  description: 'Date of birth after or under a Chinese, Japanese or Korean label (生年月日, 出生日期, 생년월일), or a Japanese date under a dob key',
  keywords: [],
  // Every match holds its label, whose 生 or Hangul letter starts the range the scanner reads from
  // the pattern: the rule runs on the text near those letters only (a source file's few Japanese
  // messages made it a pass over the whole file for the years 19xx and 20xx).
  // (The column's ASCII dates hold no such letter: the range is named, and validate asks for the script near the date.)
  nearScript: { before: 8, after: 48, range: CJK_SCRIPT_RANGE },
  // NOTE: starts at the year (or the era's name) and looks back for the label: 13 against 20 ms a
  // bench pass when it started at the labels' first characters, which are common in Japanese.
  pattern: new RegExp(
    `(?:19|20)(?<=${LABEL}\\d\\d)\\d{2}(?:年\\s?\\d{1,2}月\\s?\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2}\\.?)(?!\\d)|(?:昭和|平成|令和)(?<=${LABEL}..)\\d{1,2}年\\s?\\d{1,2}月\\s?\\d{1,2}日(?!\\d)` +
      // Taiwan's Minguo calendar (民國68年4月9日, year 68 of the Republic: 1979)
      `|(?:民國|民国)(?<=${LABEL}..)\\d{1,3}年\\s?\\d{1,2}月\\s?\\d{1,2}日(?!\\d)` +
      // a Japanese date under a Latin key (`"dob":"1984年7月9日"`: a KYC export's record); the same key's
      // Western dates are date-of-birth's
      `|(?:19|20)(?<=(?<![A-Za-z])(?:dob|DOB|birth_?date|birthDate|date_?of_?birth|dateOfBirth|birthday)["']?[ \\t]*[:=][ \\t]*["']?\\d\\d)\\d{2}年\\s?\\d{1,2}月\\s?\\d{1,2}日` +
      // a cell of an export's birth-date column (see validate)
      // (or written without separators, as Korean member exports do: `19940716`, `940716`)
      `|(?<![\\w/.-])((?:19|20)\\d{2}(?:年\\d{1,2}月\\d{1,2}日|([-/.])\\d{1,2}\\2\\d{1,2})|(?:民國|民国)\\d{1,3}年\\d{1,2}月\\d{1,2}日|(?:昭和|平成|令和)\\d{1,2}年\\d{1,2}月\\d{1,2}日|(?:19|20)?\\d{6})(?![\\w/.-])`,
    'gu',
  ),
  validate: (s, ctx) => {
    const r = reading(s);
    if (r === undefined || !isPlausibleBirthDate(r)) return false;
    // A date without its label counts as a whole cell under a birth-date column of a CSV or TSV
    // export (`会員番号,氏名,生年月日` above `…,1987/04/12,…`): the rows' kanji (names, addresses)
    // put it inside the scanner's view of the script.
    // (A Japanese date, its 年, under a Latin birth-date column: a sign-up form's export from several countries.)
    return ctx.match[1] === undefined || (SCRIPT.test(ctx.text.slice(Math.max(0, ctx.end - 48), ctx.start + 9)) && (isWholeCellUnder(ctx, DOB_COLUMN) || (s.includes('年') && isWholeCellUnder(ctx, LATIN_DOB_COLUMN))));
  },
  redactAs: 'dob',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      '会員番号,氏名,生年月日,電話番号\n10231,見本 花子,1987/04/12,要確認\n10232,見本 太郎,1990-11-03,要確認\n',
      '회원\t생년월일\n견본\t1985.07.21\n',
      '生年月日：1971年08月14日',
      '{"name":"見本 花子","dob":"1984年7月9日","sex":"F"}', '年齢確認のため：生年月日は1988年2月9日です。', '자녀 생년월일: 2012.04.03', '出生日期：1990-11-23', '生年月日 昭和52年7月30日',
      // Taiwan's Minguo dates, after a label and under a column that says so
      '生日：民國68年4月9日', '編號,姓名,生日(民國),備註\nK-1,見本,民國71年3月14日,要確認\n',
      // a sign-up form's export from several countries: a Japanese date under a Latin column
      'Submitted At\tFull name\tDate of birth\tCountry\n2024-05-02 10:11:12\tA. Example\t1979年6月14日\tJapan\n',
      // a bilingual review export's header (Japanese and Korean)
      'review_id,country,氏名/성명,生年月日/생년월일,書類種別/서류\nKYC-1,KR,견본희,1985.11.02,여권\n',
      // a Korean member export's birth dates written without separators
      '회원번호,이름,생년월일,가입일\nMB1,견본희,940716,2021-04-17\nMB2,견본수,19880302,2022-01-09\n',
      // a My Number register's dependants: birth dates in Japanese eras under the column
      '管理番号,氏名,続柄,生年月日\nMN-1,見本 花子,長女,平成29年3月14日\nMN-2,見本 次郎,長男,令和2年1月9日\n',
    ],
    negative: [
      '会員番号,氏名,登録日,電話番号\n10231,見本 花子,2023/04/12,要確認\n',
      '生年月日,氏名\n1987/04/12 受付,見本 花子\n',
      '生年月日：2099年01月01日', '作成日：1971年08月14日',
      'Submitted At\tFull name\tSigned up\tCountry\n2024-05-02 10:11:12\tA. Example\t1979年6月14日\tJapan\n', '訂單日期：民國113年3月14日', '出生日期：1990-13-45', '생년월일: (선택)',
      // six digits under another column (a postal code), and a date that is none
      '회원번호,이름,우편번호,생년월일\nMB1,견본희,135080,951340\n'],
  },
});
