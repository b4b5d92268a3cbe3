import { defineRule } from '../defineRule';
import { isWholeCellUnder } from './_context';
import { HEBREW_ID_LABEL } from './il-teudat-zehut';

/** Hebrew letters (alef to tav, final forms included). */
const HE = '\\u05d0-\\u05ea';

/** A word of a name: Hebrew letters, with a geresh inside a transliterated sound (`ג'ורג'`, `ז׳קלין`) or a hyphen (`בן-חמו`). */
const WORD = `[${HE}](?:[${HE}]|['׳](?=[${HE}])|-(?=[${HE}])){1,16}`;

/** Titles a name follows: doctor (ד"ר, written with a gershayim or a quote), professor, lawyer, accountant, Mrs. */
const TITLE = `(?:ד(?:\\\\?"|״)ר|פרופ['׳]|עו(?:\\\\?"|״)ד|רו(?:\\\\?"|״)ח|גב['׳])`;

/**
 * Labels of a person's name in Hebrew forms, tickets and exports (name, full name, first and last
 * name, patient, customer, representative, doctor, contact person, insured, account holder,
 * requester), and the Latin keys of a name in Hebrew script.
 */
const LABELS = [
  'שם מלא', 'שם פרטי', 'שם משפחה', 'שם המטופל', 'שם המטופלת', 'שם מטופל', 'שם הלקוח', 'שם הלקוחה', 'שם לקוח', 'שם המבוטח', 'שם המבוטחת', 'שם',
  'מטופל', 'מטופלת', 'לקוח', 'לקוחה', 'נציג', 'נציגה', 'רופא', 'רופאה', 'רופא מטפל', 'רופאה מטפלת', 'איש קשר', 'אשת קשר', 'מבוטח', 'מבוטחת',
  'בעל החשבון', 'בעלת החשבון', 'מגיש הבקשה', 'מגישת הבקשה', 'פונה', 'אחראי', 'אחראית', 'עובד', 'עובדת', 'אחות', 'שולח', 'נמען',
  // the employee's name on a payslip, a card's holder, a spouse on a tax form
  'שם העובד', 'שם העובדת', 'בעל הכרטיס', 'בעלת הכרטיס', 'בן זוג', 'בת זוג', 'בן הזוג', 'בת הזוג',
  'name_he', 'full_name_he', 'hebrew_name', 'name_hebrew', 'full_name', 'display_name', 'patient_name', 'customer_name', 'name',
  // a record's name in its holder's own script beside the Latin one
  'nativeName', 'native_name', 'localName', 'local_name', 'name_native', 'name_local', 'nameHe', 'fullNameHe', 'fullName', 'employeeName',
].join('|');

/** Words that are not names where a name may stand: function words, greetings, a chat's system words, a form's other values. */
const NOT_NAME_WORDS = new Set(
  (
    'של את עם על אל זה זו זאת הוא היא אני אתה אנחנו הם הן לא כן יש אין מה מי איך למה כל גם רק עוד אבל או אם כי ' +
    'תודה שלום היי הי בוקר טוב ערב לילה רב רבה בבקשה סליחה לכולם לכם לכן לך חברים צוות שוב ' +
    'הודעה הודעות מערכת שגיאה תקלה עדכון מספר טלפון כתובת תאריך סטטוס הערות פרטים לא ידוע ללא אנונימי בדיקה ניסיון ' +
    // what a sentence says of an identity card before its label (a photo, a copy, a scan of it; sent, shown)
    'צילום העתק סריקה אימות לפי שלחתי שלח שלחה שלחו הציג הציגה צירף צירפה צירפתי'
  ).split(' '),
);

/** An identity number's label right after a name (`<name>, ת.ז. …`, `<name> (ת.ז. …)`): teudat zehut, identity number. */
const ID_LABEL = `(?:${HEBREW_ID_LABEL})(?![\u05d0-\u05ea])`;

/** Column headers of a name (in any script), as columnHeader normalises them. */
const NAME_COLUMN = /(?:^|[\s_-])(?:name|full[ _-]?name|name[ _-]?(?:he|native|local)|hebrew[ _-]?name|שם|שם[ _]מלא|שם[ _]פרטי|שם[ _]משפחה|שם[ _]מטופל|שם[ _]המטופל|שם[ _]לקוח|שם[ _]הלקוח|שם[ _]נהג|שם[ _]הנהג|רופא|רופא[ _]מטפל|מטופל|לקוח|נהג)$/iu;

/** A chat export's timestamp before a speaker: `[03/03/2026, 08:12:02] `, `09/03/2026, 07:32 - `. */
const TIMESTAMP = '(?:\\[[^\\]\\n]{6,30}\\][ \\t]?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4},? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])? - )';

// A person's name in Hebrew script (Hebrew has no capitals, so only a context says a name): a chat
// export's speaker (`11/02/2025, 09:12 - עמית ברגר IT: …`, a contact saved with a role after the
// name), after a name label (`שם המטופל: …`, `"name_he": "…"`), after a title (`ד"ר אלון פרידמן`),
// after a self-introduction (`שמי …`, `קוראים לי …`), or as a whole cell of two words or more under
// a name column (`patient_name`, `שם מלא`). The match consumes the name's first letter and reads its
// context with a lookbehind, so only texts with Hebrew letters run it.
export default defineRule({
  id: 'hebrew-person-name',
  category: 'pii',
  description: "Person's name in Hebrew script as a chat's speaker, after a name label or a title, or under a name column",
  keywords: [],
  pattern: new RegExp(
    // (A name never starts with an introduction or a greeting: the name after `שמי` is the match.)
    `(?!(?:שמי|קוראים|אני|שלום|היי|תודה)(?![${HE}]))` +
      `[${HE}](?:(?<=(?:(?:^|\\n)${TIMESTAMP}(?:${TITLE}[ \\t])?|(?:${LABELS})["'\\\\]*\\*{0,2}[ \\t]{0,3}[:：=][ \\t]{0,3}\\*{0,2}[ \\t]{0,2}["']?(?:${TITLE}[ \\t])?|(?<![${HE}])${TITLE}[ \\t]|(?<![${HE}])(?:שמי|קוראים לי)[ \\t])[${HE}])` +
      // a whole cell (group 1 marks it), a title allowed before the name
      `|(?<=(?:^|[\\n,;\\t|])[ \\t]*["']?(?:${TITLE}[ \\t])?[${HE}])()` +
      // two words right before an identity number's label (group 2 marks it): `…, <name>, ת.ז. …`
      `|(?<=(?<![${HE}'׳-])[${HE}])(?=(?:[${HE}]|['׳](?=[${HE}])|-(?=[${HE}])){1,16} ${WORD},?[ \\t]{1,2}\\(?${ID_LABEL})())` +
      `(?:[${HE}]|['׳](?=[${HE}])|-(?=[${HE}])){1,16}(?: (?!${ID_LABEL})${WORD}){0,3}` +
      // the name ends its clause (a cell's tab, an identity number's label); a chat contact may
      // carry a role (` IT`, ` - מזכירות`) before the colon
      `(?=\\t|(?:[ \\t]+(?:-[ \\t][^\\n:]{1,30}|[A-Z][A-Za-z]{1,10}))?[ \\t]*(?:$|[\\r\\n:,)(|*"'.!?<]|—|[ \\t][0-9+]|${ID_LABEL}))`,
    'gu',
  ),
  validate: (name, ctx) => {
    const words = name.split(' ');
    if (words.some((w) => NOT_NAME_WORDS.has(w))) return false;
    if (ctx.match[2] !== undefined) return words.length >= 2;
    if (ctx.match[1] === undefined) return true;
    // A whole cell: two words or more, under a name column.
    return words.length >= 2 && isWholeCellUnder(ctx, NAME_COLUMN);
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Hebrew_name'],
  examples: {
    positive: [
      // an appointment export's patient, named in Hebrew under a camel-case key beside the Latin one
      '{"patient": {\n  "nameHe": "יעל שטרנברג",\n  "nameEn": "Yael Sternberg"\n}}',
      // a driver onboarding export's Hebrew name column, its header joined by an underscore
      'driver_ref,שם_מלא,city\nD-1,נועה לוי,חיפה\n',
      '11/02/2025, 09:12 - עמית ברגר IT: המדפסת בקבלה חזרה לעבוד',
      '[02/03/2026, 08:05:02] נעמה שטרן: מי פותחת היום את המשמרת?',
      'שם המטופל: יעל אדלר\nת.ז.: לא נמסר',
      // a fixture's name in the holder's own script
      '{"nameEn": "Yael Example", "nativeName": "יעל אדלר"}',
      'visit_id,provider_name,patient_name,status\nV1,ד"ר אלון פרידמן,שירה כץ,DONE',
      'ביום שלישי בשעה 10:20, ד"ר פרידמן, סניף חולון.',
      '{"id": 7, "name_he": "דנה לוין", "lang": "he"}',
      'שלום, שמי אורנה גל-און, אני מבוטחת אצלכם',
      // its given name where it recurs
      '05/05/2024, 07:03 - נעמה שטרן: תודה מיכאלה\n05/05/2024, 07:04 - מיכאלה דהן: בשמחה',
      // a dump's cell under a name column, a Latin cell after it; a name before its identity number; a card's holder
      'COPY public.staff (id, full_name_he, full_name_en) FROM stdin;\n1\tצופיה הרמלין\tTzofia Harmelin\n\\.\n',
      'ילדים:\n  1. נועם הרמלין, ת.ז. 000000018\n- העובדת צופיה הרמלין (ת.ז. 000000026) ביקשה טופס',
      'בעלת הכרטיס: צופיה הרמלין',
    ],
    negative: [
      '29/04/2024, 14:44 - ההודעות והשיחות מוצפנות מקצה לקצה',
      'שם: לא ידוע',
      'id,branch,city\n1,רמת אביב,תל אביב',
      'סטטוס: הושלם בהצלחה',
      // a sentence about an identity card, no name before its label
      'העובדת שלחה צילום ת.ז. אתמול',
    ],
  },
});
