import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import type { MatchContext } from '../../types';
import { columnHeader, isLabelled, isOnTestRecordLine, isTrivialNumber, labelRegex } from './_context';

const MRN_LABEL = labelRegex([
  'mrn', 'mr#', 'mr no', 'mr nr', 'mr number', 'medical record', 'medical record number', 'medical record no', 'patient id', 'patient no',
  'patient number', 'patient nr', 'patientennummer', 'patienten-nr', 'patientnummer', 'patiëntnummer', 'fallnummer', 'numéro de dossier',
  'n° de dossier', 'numéro patient', 'nhc', 'historia clínica', 'número de historia', 'cartella clinica', 'numero cartella',
  'numero paziente', 'prontuário', 'prontuario', 'journalnummer', 'journalnr', 'journal nr', 'journal-nr', 'hasta no', 'dosya no',
  // a French hospital's permanent patient identifier (identifiant permanent du patient), as exports head it (`IPP`, `IPP_1`)
  'ipp', 'n° ipp', 'numéro ipp', 'ipp_1', 'ipp_2', 'identifiant permanent du patient',
]);

/** A journal's key in a key=value log, right before the value. */
const JOURNAL_KEY_BEFORE = native(/(?<![\w-])journal(?:_?(?:id|nr|no))?=["']?$/iu);

/** A code key for a patient's row, right before the value or as its column's header: `patient_id`, `patientId`. */
const PATIENT_KEY_BEFORE = native(/(?:patient_id|patientId|PatientId|PATIENT_ID|patient-id)["'\]]?(?:[ \t]*(?:[:=]|=>)[ \t]*["']?| )$/u);
/**
 * (As columnHeader normalises them: `PatientId` reads `patient id`.) Also another row's key:
 * `MergedIntoPatientId`, `SurvivorPatientId`.
 */
const PATIENT_KEY_HEADER = native(/^["'`[]?(?:[a-z]{2,12}[_ -]?){0,3}(?:patient[_ -]?id|fk_patient|patient_fk)["'`\]]?$/u);

function isPatientKey(ctx: MatchContext): boolean {
  if (PATIENT_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return true;
  const header = columnHeader(ctx);
  return header !== undefined && PATIENT_KEY_HEADER.test(header);
}

// A patient's medical record number: digits (optionally after a short letter prefix) next to an
// MRN label or under an MRN column; the identifier of an HL7 v2 PID segment typed MR
// (`61829374^^^CORV^MR`, group 1); the value of a FHIR identifier whose type code is MR (group 2);
// a labelled value (group 3).
export default defineRule({
  id: 'medical-record-number',
  category: 'pii',
  description: 'Medical record number (MRN) next to its label, typed MR in HL7 v2 or FHIR',
  keywords: [
    'mrn', 'mr#', 'mr no', 'mr nr', 'mr number', 'medical record', 'patient id', 'patient_id', 'patientid', 'patient no', 'patient number',
    'patientennummer', 'patienten-nr', 'patientnummer', 'ntnummer', 'fallnummer', 'dossier', 'nhc', 'historia cl', 'cartella',
    'paziente', 'prontu', 'journalnummer', 'journalnr', 'journal nr', 'journal-nr', 'journal=', 'journal_id=', 'hasta no', 'dosya no', '^mr', '"mr"',
    // (IPP with what closes its label or header: not `shipping`)
    'ipp"', 'ipp;', 'ipp,', 'ipp\t', 'ipp|', 'ipp:', 'ipp_', 'ipp ', 'ipp=', 'identifiant permanent',
  ],
  window: { before: 64, after: 4000 },
  columns: true,
  pattern:
    /(?<![\w.-])(\d{5,12})\^\^\^[^|^~\r\n]{0,30}\^MR(?![\w])|"code"[ \t]*:[ \t]*"MR"(?:[^{}[\]]{0,80}[\]}]){3}[^{}[\]]{0,200}?"value"[ \t]*:[ \t]*"([A-Z0-9-]{4,20})"|(?<![\w.#/-])((?:[A-Z]{1,3}-?(?:[A-Z]{2}-)?)?\d{5,12})(?![\w/-])(?!\.\d)/gu,
  secretGroup: [1, 2, 3],
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    if (digits.length < 4 || isTrivialNumber(digits) || /^(.)\1+$/u.test(digits)) return false;
    if (ctx.match[1] !== undefined || ctx.match[2] !== undefined) return true;
    // (A date written without separators is a date, not a record number.)
    if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/u.test(digits)) return false;
    // (A clinic's journal number with its prefix under an access audit's `journal=` key: `journal=KVJ-SE-4817263`.)
    if (/^[A-Z]/u.test(s) && JOURNAL_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return !isOnTestRecordLine(ctx);
    if (!isLabelled(ctx, MRN_LABEL, { before: 40, lines: 1 })) return false;
    // A fixture's placeholder patient (`given_name: Jane`, `family_name: Doe`, `mrn: MRN-…`) has nobody's record.
    if (isOnTestRecordLine(ctx)) return false;
    // A database's patient key (a `patient_id` column, a `"patientId":` field) numbers a table's
    // rows, not a hospital's records: four independent corpora's writers left them unlabelled. A
    // printed "Patient ID: …" (a lab report, a ticket) is the record number the patient is known by.
    return !isPatientKey(ctx);
  },
  redactAs: 'mrn',
  references: ['https://www.hl7.org/fhir/v2/0203/index.html', 'https://gdpr-info.eu/art-9-gdpr/'],
  examples: {
    positive: [
      `MRN: ${fake('{d8}', 486)}`,
      `|mrn       |full_name             |\n+----------+----------------------+\n|${fake('{d8}', 487)}  |Chloé Mercier         |`,
      `PID|1||${fake('{d8}', 488)}^^^CORV^MR||OKONKWO^MIRIAM^^^^L||19830417|F`,
      `{"identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "system": "urn:oid:1.2.3", "value": "${fake('{d8}', 489)}"}]}`,
      `Patientennummer: P-${fake('{d7}', 490)}`,
      // a French hospital's admissions export and an appointment API's patient object: the IPP
      'IPP;NDA;Nom de naissance;Prénom;Date de naissance\n71836402;241507733;EXEMPLE;Camille;01/02/1970\n',
      '{"patient": {"ipp": "74419025", "nom": "Exemple", "prenom": "Camille"}}',
      // a Nordic clinic chain's journal numbers: its access audit's journal= key and an export's Journalnr column
      'level=AUDIT app=journal action=READ journal=KVJ-NO-4817263 reason=akutt result=OK',
      'PasientID;Journalnr;Fornavn\n100001;KVJ-SE-5182734;Gunvor\n',
    ],
    negative: [
      // a test fixture's placeholder patient, one field a line
      `pat_doe:\n  given_name: Jane\n  family_name: Doe\n  birth_date: 1981-03-03\n  mrn: MRN-${fake('{d7}', 100964)}\n`,
      // a merge log's keys of two patients' rows
      `INSERT [audit].[MergeEvent] ([Id], [SurvivorPatientId], [MergedPatientId], [OccurredAt]) VALUES (40110, 18232, 18262, CAST(N'2024-05-03' AS DateTime2))\nINSERT [dbo].[Patient] ([PatientId], [Mrn], [MergedIntoPatientId]) VALUES (18231, N'X', 11872)`,
      'MRN: 00000000',
      'MRN: 12345678',
      `order ${fake('{d8}', 491)}`,
      'mrn_length = 20240311',
      // a database's patient key
      `COPY public.consults (id, patient_id, doctor_id, specialty) FROM stdin;\n880000\t${fake('{d6}', 493)}\t39\tpsychiatry`,
      `{"patientId": "${fake('{d7}', 494)}", "status": "PAID"}`,
      `{"code": "MR"}, "value": "${fake('{d8}', 492)}"} {"code": "SS", "value": "1"}`.replace('"value": "', '"display": "'),
      // a parcel's shipping reference
      'Shipping 48213977 dispatched from the warehouse on Monday',
      // a log's journal of digits alone (the key says no record)
      'systemd-journald: journal=7741203 rotated, 12 files kept',
    ],
  },
});
