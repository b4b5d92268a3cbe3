import { defineRule } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { isScriptBirthDate, readDayFirstOrIso } from './_scriptDates';

/**
 * A birth-date label in Hebrew and what separates it from the date: date of birth (תאריך לידה, its
 * abbreviation ת. לידה), born (נולד, נולדה, a form's נולד/ה), birthday (יום הולדת); then a colon, spaces,
 * or an HTML table's cell boundary (`<th>תאריך לידה</th><td>`).
 */
const LABEL = '(?:תאריך לידה|ת\\.[ \\t]?לידה|נולד(?:ה|/ה)?|יום הולדת)(?:[ \\t]{0,3}[:：][ \\t]{0,3}|[ \\t]{1,3}|</t[hd]>[ \\t]{0,3}<td>)';

/** An export's birth-date column, as columnHeader gives it. */
const DOB_COLUMN = /^(?:תאריך[ _]לידה|ת\.[ _]?לידה|יום[ _]הולדת)$/u;

/** Hebrew letters: the rule's nearScript range. */
const SCRIPT_RANGE = [0x5d0, 0x5ea] as const;
const SCRIPT = native(/[\u05d0-\u05ea]/u);

// A date of birth after its Hebrew label (`תאריך לידה: 14/03/1979`, `נולדה 02.11.1990` in a chat),
// or a whole cell under a Hebrew birth-date column of a CSV or TSV export. The keyword pass reads
// no Hebrew word, so the rule runs on the text near Hebrew letters only.
export default defineRule({
  id: 'hebrew-date-of-birth',
  category: 'pii',
  description: 'Date of birth after or under a Hebrew label (תאריך לידה, נולד/ה)',
  keywords: [],
  // (A column's dates hold no Hebrew letter: the range is named, and validate asks for the script near the date.)
  nearScript: { before: 8, after: 64, range: SCRIPT_RANGE },
  // NOTE: starts at the date's first digit and looks back for the label.
  pattern: new RegExp(
    `\\d(?<=${LABEL}\\d)\\d?[./-]\\d{1,2}[./-](?:19|20)\\d{2}(?![\\d./-])|(?:19|20)(?<=${LABEL}\\d\\d)\\d{2}-\\d{2}-\\d{2}(?![\\d./-])` +
      // a cell of an export's birth-date column (see validate)
      `|(?<![\\w/.-])(\\d{1,2}([./-])\\d{1,2}\\2(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})(?![\\w/.-])`,
    'gu',
  ),
  // (A date without its label counts as a whole cell under a birth-date column: see isScriptBirthDate.)
  validate: (s, ctx) => isScriptBirthDate(readDayFirstOrIso(s), ctx, SCRIPT, DOB_COLUMN),
  redactAs: 'dob',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'תאריך לידה: 14/03/1979',
      'עובדת חדשה מתחילה ביום ראשון, נולדה 02.11.1990, גרה בחולון',
      '<tr><th>תאריך לידה</th><td>07/08/1983</td></tr>',
      'מס,שם,תאריך לידה,מחלקה\n7,ישראלה דוגמה,21/06/1972,לוגיסטיקה\n8,משה דוגמה,1969-12-30,כספים\n',
      'ילדים:\n  1. נועם דוגמה, נולד/ה 15/01/2016',
    ],
    negative: [
      // a payslip's dates that are not a birth
      'תאריך הפקה: 14/03/2024',
      'תאריך תחילת עבודה: 01/09/2015',
      'מס,שם,תאריך תחילה,מחלקה\n7,ישראלה דוגמה,21/06/1999,לוגיסטיקה\n',
      // not a date, and a date still to come
      'תאריך לידה: 31/02/1980',
      'תאריך לידה: 01/01/2099',
    ],
  },
});
