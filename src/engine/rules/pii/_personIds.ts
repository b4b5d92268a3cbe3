// People's record numbers as services write them: whose (the people an API or a record is about)
// and what a record number looks like. Shared by person-record-id (paths and keys) and
// person-id-column (a table's column).
import { native } from '../../scan/nativeRegex';
import { isRecordNumber, isZeroPadded } from './_context';

/** A year and a month (and a day): a date, not an id. */
const YEAR_MONTH = native(/^(?:19|20)\d{2}[-_]?(?:0[1-9]|1[0-2])(?:[-_]?\d{2})?$/u);

/**
 * The people an API's collection or a log's key can be about; also Turkish, Spanish, Portuguese,
 * Italian and Polish patients (`hasta_no`, `paciente_id`, `pacjent_nr`) and a Turkish hospital's
 * `protokol` (the number of a patient's visit, which the HIS files every record of it under).
 */
export const PEOPLE = 'customer|patient|member|rider|driver|passenger|player|student|employee|borrower|applicant|courier|guest|subscriber|learner|candidate|hasta|protokol|paciente|paziente|pacjent';

/** A UUID (the brief's hard negative: a random key says nothing by its shape about whose it is). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** A digest's length in hex (MD5, SHA-1, SHA-256): a hash, not a number someone was given. */
const DIGEST = native(/^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/iu);

/** The suffix an erasure leaves on a record's id. */
const TOMBSTONE = native(/[-_](?:erased|deleted|redacted|anon(?:ymi[sz]ed)?|pseudonymi[sz]ed|purged|removed|gdpr)$/iu);

/**
 * The shape of a person's record number: digits make it a number (a letter and eight digits,
 * `DRV-` and six, sixteen hex digits); a bare row number (`customer_id=52811`, a table's serial)
 * needs seven digits to read as one. Not a UUID, a digest or a date.
 */
export function isPersonRecordNumber(s: string): boolean {
  // A test record's (`TEST0042`, `demo-1182`) or the specimen Medicare number CMS publishes.
  if (/^(?:test|demo|sample|example|dummy|fake)/iu.test(s) || s.replace(/-/gu, '') === '1EG4TE5MK73') return false;
  // An erased or pseudonymised record's tombstone (`CU-4417302-ERASED`, `C-1042-anon`): the person is no longer in it.
  if (TOMBSTONE.test(s)) return false;
  if (isZeroPadded(s)) return false;
  const digits = s.replace(/\D/gu, '').length;
  if (digits < 4 || (digits === s.length && digits < 7)) return false;
  if (UUID.test(s) || DIGEST.test(s) || !isRecordNumber(s)) return false;
  // `2024-06-14`, `2024-02` (a month's folder of exports): dates are not records.
  return !YEAR_MONTH.test(s);
}

