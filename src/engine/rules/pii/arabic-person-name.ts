import { defineRule } from '../defineRule';
import { isWholeCellUnder } from './_context';

/** Arabic letters (hamza to yeh, without the tatweel and the vowel marks), and Persian and Urdu ones. */
const AR = '\\u0621-\\u063a\\u0641-\\u064a\\u0671-\\u06d3';

/**
 * Labels of a person's name in Arabic forms and tickets (name, full name, customer, employee in
 * charge, driver, captain, sender, recipient, beneficiary, account holder, applicant, patient), and
 * the Latin keys of a name in Arabic script.
 */
const LABELS = [
  'الاسم الكامل', 'الاسم', 'اسم العميل', 'اسم العميلة', 'العميل', 'العميلة', 'الموظف المسؤول', 'الموظفة المسؤولة', 'الموظف', 'الموظفة', 'السائق',
  'الكابتن', 'المرسل', 'المستلم', 'المستفيد', 'صاحب الحساب', 'مقدم الطلب', 'المريض', 'المريضة', 'اسم المستخدم',
  'name_ar', 'full_name_ar', 'name_arabic', 'arabic_name', 'full_name', 'customer_name', 'name',
  // a record's name in its holder's own script beside the Latin one
  'nativeName', 'native_name', 'localName', 'local_name', 'name_native', 'name_local',
  // (and the camelCase keys of an app's record: `nameAr`, `arFullName`)
  'nameAr', 'fullNameAr', 'arName', 'arFullName', 'ar_name', 'ar_full_name', 'nameArabic', 'fullNameArabic',
  // Urdu's and Persian's (a KYC record's `name_ur`, `full_name_fa`)
  'name_ur', 'full_name_ur', 'nameUr', 'name_urdu', 'urdu_name', 'name_fa', 'full_name_fa', 'nameFa',
].join('|');

/** Words that start a sentence or a phrase rather than a name (in, from, on, to, this, the app, the account…), and a test record's (تجريبي: trial). */
const NOT_NAME_WORDS = new Set(
  'في من على إلى الى عن مع هذا هذه ذلك تلك التطبيق الحساب الرقم رقم تم لا نعم شكرا شكراً مرحبا السلام عليكم صباح مساء الخير النور يا لو طب ممكن لازم عندنا احنا انا أنا هو هي تجريبي تجريبية اختبار والله ابي ابغى موظف'.split(' '),
);

/** Column headers of a name (in any script; Urdu's نام, `مریض کا نام`). */
const NAME_COLUMN = /(?:^|[\s_-])(?:name|full[ _-]?name|name[ _-]?ar|arabic[ _-]?name|customer|driver[ _-]?name|beneficiary|holder|الاسم|اسم|نام|الاسم[ _](?:بالعربي|بالعربية|الكامل)|اسم[ _](?:الكابتن|السائق|العميل|المستخدم))(?:[ _-]?(?:ar|ur))?$/iu;

/** A chat export's timestamp before a speaker: `[03/03/2026, 08:12:02] `, `09/03/2026, 07:32 - ` (with a digit: not a speaker's `[Visitor] `). */
const TIMESTAMP = '(?:\\[(?=[^\\]\\n]{0,29}\\d)[^\\]\\n]{6,30}\\][ \\t]?|\\d{1,2}/\\d{1,2}/\\d{2,4},? \\d{1,2}:\\d{2}(?: ?[AaPp][Mm])? - )';

// A person's name in Arabic script (two to four words): after a name label (`الاسم:`, `العميل:`,
// `"name_ar": "…"`), as a chat export's speaker (`[03/03/2026, 08:05:02] محمود صابر: …`), heading a
// ticket's turn (`**… — عبدالله الشهري**`), after a self-introduction (`أنا …`, `اسمي …`), or as a
// whole cell under a name column. The match consumes the name's first letter and reads its context
// with a lookbehind, so only texts with Arabic letters run it.
export default defineRule({
  id: 'arabic-person-name',
  category: 'pii',
  description: "Person's name in Arabic script after a name label, as a chat's speaker or under a name column",
  keywords: [],
  pattern: new RegExp(
    `[${AR}](?:(?<=(?:(?:${LABELS})["'\\\\]*\\*{0,2}[ \\t]{0,3}[:：=][ \\t]{0,3}\\*{0,2}[ \\t]{0,2}["']?|(?:^|\\n)${TIMESTAMP}|(?:^|\\n)\\*\\*[^*\\n]{4,40} — |(?:أنا|اسمي|معك|معاك)[ \\t])[${AR}])` +
      `|(?<=(?:^|[\\n,;\\t|])["']?[${AR}])())` +
      `[${AR}]{1,11}(?: [${AR}]{2,12}){1,3}(?=(?:[ \\t]+-[ \\t][^\\n:]{1,30}(?=:))?[ \\t]*(?:$|[\\r\\n:,،)(|*"'؛.\\t;]|—))`,
    'gu',
  ),
  validate: (name, ctx) => {
    const words = name.split(' ');
    if (words.some((w) => NOT_NAME_WORDS.has(w))) return false;
    if (ctx.match[1] === undefined) return true;
    // A whole cell: under a name column only.
    return isWholeCellUnder(ctx, NAME_COLUMN);
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Arabic_name'],
  examples: {
    positive: [
      // a dispatch fixture's driver, the name in Arabic under a camelCase key beside the Latin one
      '{"name": "Example Driver", "nameAr": "سالم البقمي", "shift": "night"}',
      // a captains export's Arabic name column, its header joined by an underscore
      'captain_code,الاسم_بالعربي,المنطقة\nC-1,سالم حمدان,Dokki\n',
      '- **الموظف المسؤول:** عبدالله الشهري',
      '[02/03/2026, 08:05:02] محمود صابر: صباح النور يا باشمهندس',
      // a contact saved with a role after the name
      '14/01/2025, 08:40 - سامر حداد - IT: تم إعادة تعيين كلمة المرور',
      '**٢٠٢٦/٠٣/٠٥ ٢١:٣٠ — عبدالله الشهري**',
      'id,driver,name_en,name_ar,iban\n1,drv_EG_1,Nour Hassan,نور حسن,EG33',
      // a tab-separated onboarding batch, the Arabic name in its own column; a fixture's native name
      'seq\tname_en\tname_ar\tgender\n1\tSaeed Example\tسعيد الحربي\tM\n',
      '{"nameEn": "Saeed Example", "nativeName": "سعيد الحربي"}',
      '> السلام عليكم، أنا سعيد الحربي، السائق أخذ طريق أطول',
      // an Urdu name column (نام, "customer's name")
      'id\tگاہک کا نام\tcity\n1\tعمران قریشی\tMultan',
      // an ID card reader's debug log: the holder's name in Urdu beside the Latin one
      "  fields.name_en='A. Example' name_ur='ثاقب قریشی'",
    ],
    negative: [
      'الرسالة: شكرا على التواصل معنا',
      '[02/03/2026, 08:05:02] Karim Lotfy: في مشكلة في التطبيق',
      'id,city,notes\n1,القاهرة الجديدة,x',
    ],
  },
});

