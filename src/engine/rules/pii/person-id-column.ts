import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { columnHeader, isInPseudonymisedTable } from './_context';
import { PEOPLE, isPersonRecordNumber } from './_personIds';

/**
 * A column of people's record numbers, by its header (normalised: lower case, words apart):
 * `patient_mrn`, `rider id`, `playfab_id`, `member_or_mbi`, `driverId`, and a nested field's (`notes.student_code`).
 */
const PERSON_ID_HEADER = native(
  new RegExp(`^(?:[a-z]{2,20}\\.)?(?:(?:${PEOPLE})[ _-]?(?:id|no|nr|number|ref|mrn|code)|patient[ _-]?mrn|mrn|playfab[ _-]?id|member[ _-]?or[ _-]?mbi|mbi|pfid)$`, 'u'),
);

/** Headers of the record numbers that the opt-in rules customer-id and employee-id read. */
const OPT_IN_PEOPLE = /^(?:[a-z]{2,20}\.)?(?:customer|employee)/u;

/**
 * A person's record number under its column in a table (CSV, TSV, a Markdown table, an SQL
 * INSERT's column list): a claims export's `patient_mrn`, a moderation sheet's `playfab_id`, a
 * dispatch export's `driver_id`. The same shapes as person-record-id (not UUIDs, digests, dates or
 * short row numbers).
 */
export default defineRule({
  id: 'person-id-column',
  category: 'pii',
  // Decision (fifty-second session): opt-in, as customer-id and employee-id are. The twelve held-out
  // corpora of the fifty-first and fifty-second sessions labelled none of its findings (0 true of
  // 36): a system's own record number for a person is no more sensitive to them than an order number.
  // A team that counts it switches it on with a level.
  optIn: true,
  description: "A person's record number under a column that names whose it is (patient_mrn, rider_id, playfab_id)",
  // A header's name (`patient_mrn`, `riderId`), not the bare words (`member` and `driver` fill ordinary code).
  keywords: [
    ...PEOPLE.split('|').flatMap((p) => ['', '_', '-', ' '].flatMap((sep) => ['id', 'no', 'nr', 'number', 'ref', 'mrn', 'code'].map((suffix) => `${p}${sep}${suffix}`))),
    'mrn',
    // (`mbi` as a header cell only: the letters hide in `ambient` and `combine`.)
    'or_mbi',
    'mbi,',
    ',mbi',
    'mbi\t',
    '\tmbi',
    'playfab',
    'pfid',
  ],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /(?<![\w.#/@+:-])[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,39}(?![\w/@:-]|\.\w)/gu,
  validate: (s, ctx) => {
    if (!isPersonRecordNumber(s)) return false;
    const header = columnHeader(ctx);
    // (Not the linking key of a pseudonymised export, whose other columns are hashes.)
    // (A customer's or an employee's number is customer-id's or employee-id's, which are opt-in.)
    return header !== undefined && PERSON_ID_HEADER.test(header.trim()) && !OPT_IN_PEOPLE.test(header.trim()) && !isInPseudonymisedTable(ctx);
  },
  redactAs: 'person-id',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://www.hhs.gov/hipaa/for-professionals/privacy/special-topics/de-identification/index.html'],
  examples: {
    positive: [
      `claim_id,patient_mrn,date_of_service,cpt\nCLM-1,${fake('{d8}', 37201)},2024-02-27,99442\nCLM-2,${fake('{d8}', 37202)},2024-03-01,99213\n`,
      `action_id,created_at,playfab_id,action\nMA-1,2024-11-12T11:00:00+09:00,${fake('{H16}', 37203)},mute\n`,
      `trip_id\tdriver_id\tfare\nT1\tDRV-${fake('{d6}', 37204)}\t52000\n`,
      `id\tamount\tnotes.student_code\tnotes.plan\npay_1\t249900\tST-${fake('{d6}', 37206)}\tTerm\n`,
    ],
    negative: [
      // an employee's number: employee-id's, which is opt-in
      `employee_id,full_name,dept\nE${fake('{d4}', 100925)},A. Example,Sales\n`,
      // short row numbers, UUIDs, another column
      'patient_id,visit\n52811,2024-02-27\n',
      'player_id,session\n3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c,abc\n',
      `claim_id,patient_mrn,cpt\nCLM-${fake('{d6}', 37205)},,99442\n`,
      // a test record, CMS's specimen MBI
      'row,mrn,mbi,feed\n7,TEST0917,1EG4-TE5-MK73,qa\n',
      // a pseudonymised extract: its key links rows whose personal columns were hashed
      `patient_ref,name_sha256,dob_masked,cpt\nP${fake('{d7}', 37206)},${fake('{h64}', 37207)},19**-**-**,99213\n`,
    ],
  },
});
