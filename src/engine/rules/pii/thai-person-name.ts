import { defineRule } from '../defineRule';
import { isWholeCellUnder } from './_context';

/** A Thai word: a consonant or a leading vowel (เ แ โ ใ ไ), then consonants, vowels and tone marks of the Thai block (no digits, no punctuation). */
const WORD = '[\\u0e01-\\u0e2e\\u0e40-\\u0e44][\\u0e01-\\u0e3a\\u0e40-\\u0e4e]{1,24}';
/** The same word without its first letter, which a lookbehind has read. */
const REST = '[\\u0e01-\\u0e3a\\u0e40-\\u0e4e]{1,24}';

/** Column headers of a name column (columnHeader normalises them): full_name_local, ชื่อ-นามสกุล, ชื่อลูกค้า. */
const NAME_COLUMN = /(?:^|[\s_-])(?:(?:full[ _-]?)?name(?:[ _-]?(?:local|th|thai))?|customer|driver|ชื่อ(?:-?นามสกุล|ลูกค้า|ผู้ขับ)?)$/u;

// A Thai person's name in Thai script: a given name and a surname after a title written against
// them (นาย Mr, นาง Mrs, นางสาว Miss, คุณ Khun: `นางสาวศิริพร เพชรรัตน์`), or the two words as a whole
// cell under a name column. The title alone is not enough: นายจ้าง (employer) and คุณภาพ (quality)
// start the same way, so both words are required. Or the two words after a name field's label (a
// KYC export's `"name_th"`, a form's ชื่อ-นามสกุล:).
export default defineRule({
  id: 'thai-person-name',
  category: 'pii',
  description: "Thai person's name in Thai script after a title (นาย, นาง, นางสาว, คุณ) or in a name column",
  keywords: [],
  pattern: new RegExp(
    `(?:นางสาว|นาย|นาง|คุณ|ด\\.ช\\.|ด\\.ญ\\.)(${WORD} ${WORD})(?![\\u0e00-\\u0e7f])` +
      // a whole cell (group 2)
      `|([\\u0e01-\\u0e2e\\u0e40-\\u0e44](?<=(?:^|[\\n,;\\t|])[ \\t]*["']?.)${REST} ${WORD})(?=["']?[ \\t]*(?:[,;\\t|]|\\r?\\n|$))` +
      // after a name field's label: a JSON key (`"name_th": "…"`) or ชื่อ-นามสกุล: (group 3)
      `|(?:(?<![\\w])(?:name_th|name_local|full_name_th|full_name_local)["']?[ \\t]*[:=][ \\t]*["']?|ชื่อ(?:-?(?:นาม)?สกุล)?[ \\t]*[:：][ \\t]*)(${WORD} ${WORD})(?![\\u0e00-\\u0e7f])`,
    'gu',
  ),
  secretGroup: [1, 2, 3],
  validate: (_name, ctx) => ctx.match[2] === undefined || isWholeCellUnder(ctx, NAME_COLUMN),
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Thai_name'],
  examples: {
    positive: ['ผู้ติดต่อ: นางสาวศิริพร เพชรรัตน์ โทร 081 234 5678', 'driver_id,full_name_local,full_name_latin\ndrv_1,สมชาย ศรีสุข,Somchai Srisuk', 'เรียน คุณวรรณา ทองประเสริฐ', '      "name_th": "สุนันทา แก้วมณี",', 'ชื่อ-นามสกุล: ประเสริฐ วงศ์ทอง'],
    negative: ['นายจ้างต้องจ่ายเงินสมทบ', 'คุณภาพของบริการ', 'id,สถานะ,หมายเหตุ\n1,รอตรวจสอบ เอกสาร,ok', 'ชื่อบริษัท: บริษัท ตัวอย่าง จำกัด'],
  },
});
