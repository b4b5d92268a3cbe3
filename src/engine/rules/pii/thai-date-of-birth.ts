import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isScriptBirthDate, readDayFirstOrIso } from './_scriptDates';

/**
 * A birth-date label in Thai and what separates it from the date: birthday (วันเกิด), day/month/year
 * of birth (วัน/เดือน/ปีเกิด, วันเดือนปีเกิด, ว/ด/ป เกิด), born on (เกิดวันที่, เกิดเมื่อ, an ID card's
 * wording), perhaps with the era its year counts in (`(พ.ศ.)`, the Buddhist era; `(ค.ศ.)`); then a
 * colon, spaces, or an HTML table's cell boundary. (`วันเกิดเหตุ`, the day an incident happened, is
 * no birth: the word after the label is no separator.)
 */
const LABEL =
  '(?:วันเกิด|วัน/เดือน/ปี ?เกิด|วันเดือนปีเกิด|ว/ด/ป ?เกิด|เกิดวันที่|เกิดเมื่อ(?:วันที่)?)(?:[ \\t]?\\((?:พ\\.ศ\\.|ค\\.ศ\\.)\\))?(?:[ \\t]{0,3}[:：][ \\t]{0,3}|[ \\t]{1,3}|</t[hd]>[ \\t]{0,3}<td>)';

/** The Thai months, in full and abbreviated (มกราคม, ม.ค. …), in calendar order. */
const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const SHORT_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const MONTH = `(?:${[...MONTHS, ...SHORT_MONTHS.map((m) => m.replace(/\./gu, '\\.'))].join('|')})`;

/** An export's birth-date column, as columnHeader gives it. */
const DOB_COLUMN = /^(?:วันเกิด|วัน\/เดือน\/ปี ?เกิด|วันเดือนปีเกิด|ว\/ด\/ป ?เกิด)(?: ?\((?:พ\.ศ\.|ค\.ศ\.)\))?$/u;

/** Thai letters and signs: the rule's nearScript range. */
const SCRIPT_RANGE = [0xe01, 0xe5b] as const;
const SCRIPT = native(/[\u0e01-\u0e5b]/u);

/** A day, a Thai month and a year (`3 มี.ค. 2530`). */
const NAMED = native(/^(\d{1,2}) ?(\S+?) ?(?:พ\.ศ\. ?)?(\d{4})$/u);

/** A year of the Buddhist era (2443 and after: 1900 CE and after) in the common era. */
function commonEra(year: number): number {
  return year >= 2400 ? year - 543 : year;
}

/** The (year, month, day) of a matched date (day first as Thailand writes dates, ISO, or a Thai month's name), its year in the common era. */
function reading(s: string): [number, number, number] | undefined {
  const d = readDayFirstOrIso(s);
  if (d) return [commonEra(d[0]), d[1], d[2]];
  const named = NAMED.exec(s);
  if (named === null) return undefined;
  const month = named[2] as string;
  const m = MONTHS.indexOf(month) + 1 || SHORT_MONTHS.indexOf(month) + 1;
  return m === 0 ? undefined : [commonEra(Number(named[3])), m, Number(named[1])];
}

// A date of birth after its Thai label (`วันเกิด: 14/03/2522`, `เกิดวันที่ 3 มี.ค. 2530` as an ID
// card reads), its year in the Buddhist era (the common era's plus 543) or the common era, or a
// whole cell under a Thai birth-date column of a CSV or TSV export. The keyword pass reads no Thai
// word, so the rule runs on the text near Thai letters only.
export default defineRule({
  id: 'thai-date-of-birth',
  category: 'pii',
  description: 'Date of birth after or under a Thai label (วันเกิด, เกิดวันที่), in the Buddhist or the common era',
  keywords: [],
  // (A column's dates hold no Thai letter: the range is named, and validate asks for the script near the date.)
  nearScript: { before: 8, after: 80, range: SCRIPT_RANGE },
  // NOTE: starts at the date's first digit and looks back for the label.
  pattern: new RegExp(
    `\\d(?<=${LABEL}\\d)(?:\\d?[./-]\\d{1,2}[./-](?:19|20|24|25)\\d{2}(?![\\d./-])|\\d? ?${MONTH} ?(?:พ\\.ศ\\. ?)?(?:19|20|24|25)\\d{2}(?!\\d))` +
      `|(?:19|20)(?<=${LABEL}\\d\\d)\\d{2}-\\d{2}-\\d{2}(?![\\d./-])` +
      // a cell of an export's birth-date column (see validate)
      `|(?<![\\w/.-])(\\d{1,2}([./-])\\d{1,2}\\2(?:19|20|24|25)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})(?![\\w/.-])`,
    'gu',
  ),
  // (A date without its label counts as a whole cell under a birth-date column: see isScriptBirthDate.)
  validate: (s, ctx) => isScriptBirthDate(reading(s), ctx, SCRIPT, DOB_COLUMN),
  redactAs: 'dob',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://en.wikipedia.org/wiki/Thai_solar_calendar'],
  examples: {
    positive: [
      'วันเกิด: 14/03/2522',
      'ชื่อ นายสมพร ทดลองดี เกิดวันที่ 3 มี.ค. 2530 ที่อยู่ตามบัตร',
      '<tr><th>วัน/เดือน/ปีเกิด</th><td>07/08/1983</td></tr>',
      'ลำดับ,ชื่อ-สกุล,วันเกิด (พ.ศ.),แผนก\n1,วรรณา ทดลองใจ,21/06/2515,บัญชี\n2,ประยุทธ ทดลองดี,1969-12-30,คลังสินค้า\n',
      'ลูกค้าแจ้งว่า วันเดือนปีเกิด 15 มกราคม 2538 ค่ะ',
      'วันเกิด (พ.ศ.): 02-11-2533',
    ],
    negative: [
      // an incident's day, a card's issue date, an order's date
      'วันเกิดเหตุ: 14/03/2567',
      'วันออกบัตร: 14/03/2560',
      'ลำดับ,ชื่อ-สกุล,วันที่เริ่มงาน,แผนก\n1,วรรณา ทดลองใจ,21/06/2560,บัญชี\n',
      // not a date, and a date still to come
      'วันเกิด: 31/02/2530',
      'วันเกิด: 01/01/2640',
    ],
  },
});
