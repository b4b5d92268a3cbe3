import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { isLabelled, isTrivialNumber, labelRegex } from './_context';

/**
 * A student's number as school systems label it: PowerSchool's `Student_Number` and
 * `State_StudentNumber`, Infinite Campus's `studentNumber` and state id, Texas's TSDS `Unique ID`,
 * a UK school's UPN, a university's matriculation number, in English and the languages of the
 * corpora's schools.
 */
const STUDENT_LABEL = labelRegex([
  'student number', 'student no', 'student nr', 'student id', 'student #', 'studentnumber', 'studentid', 'stu id', 'stu no', 'stu num',
  'state student number', 'state student id', 'state studentnumber', 'state id', 'tsds unique id', 'tsds id', 'tx unique id', 'unique id',
  'pupil number', 'pupil id', 'upn', 'learner id', 'learner number', 'matriculation number', 'matrikelnummer', 'matrikelnr', 'número de estudiante',
  'sis user id', 'sis_user_id', 'school id number', 'local student id', 'student local id', 'numero de estudiante', 'id de estudiante', 'matrícula', 'numéro étudiant', 'numero etudiant', 'numero di matricola', 'studentnummer',
]);

/** A URL's query key for a student's number, right before the value: `?student=`, `&student_id=`. */
const STUDENT_QUERY_KEY = native(/[?&](?:student|stu|pupil|learner)(?:_?(?:id|no|num(?:ber)?))?=$/iu);

// A student's id number (FERPA's "personally identifiable information" in education records): a
// school's or a state's number under its label or column, with digits (Ohio's SSID puts two letters
// first). A number alone is never enough.
export default defineRule({
  id: 'student-id',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as customer-id and employee-id are. The twelve held-out
  // corpora of the fifty-first and fifty-second sessions labelled none of its findings (0 true of
  // 75): a school's or a district's own record number is no more sensitive to them than an order number.
  // A team that counts it switches it on with a level.
  optIn: true,
  description: 'Student id number (school, district or state) next to its label or under its column',
  keywords: ['student', 'schoolid', 'school id', 'stu id', 'stu_id', 'stu no', 'stu_no', 'pupil', 'learner', 'unique id', 'unique_id', 'upn', 'matric', 'matrikel', 'estudiante', 'etudiant', 'matricola', 'state id', 'state_id', 'sis user id', 'sis_user_id'],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.#/-])(?:[A-Z]{1,2}-?)?\d{5,10}(?![\w/-])(?!\.\d)/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (digits.length < 5 || isTrivialNumber(digits) || /^(.)\1+$/u.test(digits)) return false;
    // (A date written without separators is a date.)
    if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u.test(digits)) return false;
    // (A URL's query names it too: a payment page's `?student=…`.)
    if (STUDENT_QUERY_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return true;
    return isLabelled(ctx, STUDENT_LABEL, { before: 40, lines: 1 });
  },
  redactAs: 'student-id',
  references: ['https://studentprivacy.ed.gov/ferpa', 'https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-A/section-99.3'],
  examples: {
    positive: [
      `Student_Number,State_StudentNumber,LastFirst,DOB\n${fake('{d6}', 4170)},XY${fake('{d7}', 4171)},"Example, Ana",07/14/2012\n`,
      `Date,Asset Tag,Student,Student ID,Campus\n2024-09-02,CB-4382,A. Example,${fake('{d6}', 4172)},DWB\n`,
      // Canvas: the student information system's id
      `Student,ID,SIS User ID,SIS Login ID,Section\n"Example, Ana",510233,${fake('{d8}', 4174)},aexample,STAT 500 002\n`,
      `She is in 5th grade at Lincoln, student number ${fake('{d6}', 4173)}, birthday 3/9/2014.`,
      `{"student_number":"${fake('{d6}', 4174)}","field":"phone"}`,
      `"student": {"name": "A. Example", "schoolIdNumber": "${fake('{d6}', 4178)}", "grade": "KG"}`,
      `"GET /pay/checkout?student=${fake('{d6}', 4176)}&amount=25.00 HTTP/2.0" 200`,
      `  Name: A. Example\n  Student ID: ${fake('{d6}', 4177)}     Grade: 3`,
    ],
    negative: [
      'Student count: 25000 across the district',
      `Order ID: ${fake('{d8}', 4175)}`,
      'student_number,grade\n000000,5\n',
      'See the student handbook, page 20241',
    ],
  },
});
