import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import type { MatchContext } from '../../types';
import { cellBefore, columnHeader, headerMatches, isLabelled, isTrivialNumber, labelRegex, recordsAround, tableHeaderRow } from './_context';

/** A German passport number: nine characters from the digits and C F G H J K L M N P R T V W X Y Z, a letter first. */
const GERMAN_PASSPORT = native(/^[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}$/u);

/** A run of digits at the end (`…12345678`): a sample number. */
const RUN_AT_END = native(/(?:0123|1234|2345|3456|4567|5678|6789)5?6?7?8?9?$/u);

const PASSPORT_LABEL = labelRegex([
  'passport', 'passport no', 'passport number', 'passport id', 'passport #', 'passport nr',
  'pasaporte', 'passeport', 'numéro de passeport', 'reisepass', 'reisepassnummer', 'passnummer', 'pass-nr', 'pass nr',
  'passaporto', 'passaporte', 'paspoort', 'paspoortnummer', 'passnr', 'paszport', 'nr paszportu', 'numer paszportu', 'passi', 'passinumero',
  'pasaport', 'pasaport no',
  // Croatian, Slovene, Hungarian, Czech and Slovak, and Uzbek and Kazakh in Latin letters (guest registers, KYC forms)
  'putovnica', 'broj putovnice', 'potni list', 'útlevél', 'utlevel', 'útlevélszám', 'cestovní pas', 'cestovny pas', 'pasport', 'pasport raqami',
  // recruitment agencies' and visa desks' abbreviations (`PP 1347…`, `PPT No:`)
  'pp', 'pp no', 'pp no.', 'ppt', 'ppt no', 'ppt no.',
  // a seafarer's identity documents, as crewing exports and port agents list them beside the passport
  "seaman's book", 'seamans book', 'seaman book', "seaman's id", 'seaman id', 'seafarer id', 'sirb', 'cdc', 'cdc no', 'seaman book no', 'seamanbookno', 'diavatirio',
]);

/**
 * Travel systems' passport fields: an element typed as a passport (`<Identification type="PASSPORT"
 * country="CAN">`), an APIS SSR DOCS line (`SSR DOCS TP HK1/P/PRT/<number>/`), and Sabre's
 * `<Document Number="…" … Type="P">`.
 */
const PASSPORT_ELEMENT_BEFORE = native(/type=["']passport["'][^<>\n]{0,80}>[ \t]*$/iu);
const SSR_DOCS_BEFORE = native(/SSR DOCS [A-Z0-9]{2} [A-Z]{2}\d{1,2}[ /]P\/[A-Z]{3}\/$/u);
const DOCUMENT_NUMBER_BEFORE = native(/<Document Number=["']$/u);
const DOCUMENT_TYPE_P_AFTER = native(/^["'][^<>\n]{0,120}\bType=["']P["']/u);
/**
 * A KYC vendor's document object typed as a passport, its number under a document-number key
 * (`{"type": "passport", "side": "front", …, "document_number": "…"}`), in one object; Duffel's
 * identity documents name it `unique_identifier`.
 */
const KYC_PASSPORT_DOCUMENT_BEFORE = native(/"(?:type|document_type|documentType|kind)"[ \t]*:[ \t]*"passport"[^{}[\]]{0,240}?"(?:document_?number|documentNumber|doc_?number|number|unique_identifier|uniqueIdentifier)"[ \t]*:[ \t]*"$/iu);
/** A manifest's document-number column (APIS exports: `doc_type,doc_number`), in a row whose document type before it is a passport. */
// (And as Portuguese and Spanish guest registers write it for the police: `Nº Documento`,
// `numero_documento`, and a Spanish ID card's support number, `soporte_documento`.)
const DOCUMENT_NUMBER_HEADER = native(/^(?:(?:travel )?doc(?:ument)?[ _]?(?:number|no|num|nr)|n[º°o]\.? ?(?:de )?documento|n[uú]mero[ _](?:de[ _])?documento|num[ _]documento|soporte[ _]documento|n[uú]mero[ _]soporte)$/u);
/**
 * A passport named in prose and then its number as a document number (`we matched the passport you
 * uploaded (document number …`), in the same sentence.
 */
const PASSPORT_THEN_DOCUMENT_NUMBER_BEFORE = native(/passport[^.;!?]{0,80}?\bdoc(?:ument)?[ \t]?(?:number|no\.?|nr\.?|#)[ \t]{0,3}:?[ \t]{0,3}$/iu);
/** An IVMS101 (travel rule) national identifier typed CCPT, a passport number: `"nationalIdentifier": "…", "nationalIdentifierType": "CCPT"`. */
const IVMS_PASSPORT_AFTER = native(/^"[ \t]*,[ \t]*"nationalIdentifierType"[ \t]*:[ \t]*"CCPT"/u);
const IVMS_IDENTIFIER_BEFORE = native(/"nationalIdentifier"[ \t]*:[ \t]*"$/u);
/** A table of travellers or customers: columns of nationality and birth date (`full_name	date_of_birth	nationality	doc_number`). */
// (In the guest registers' languages too: `Nacionalidade`, `nacionalidad`, `Data Nascimento`, `fecha_nacimiento`.)
const TRAVELLER_COLUMNS = [
  native(/(?<![a-z])(?:nationality|citizenship|nacionalidade?|nationalit[ée]|nazionalit[àa]|staatsangeh[öo]rigkeit)(?![a-z])/iu),
  native(/(?<![a-z])(?:dob|date[ _]?of[ _]?birth|birth[ _]?date|birthdate|data[ _](?:de[ _])?nascimento|fecha[ _](?:de[ _])?nacimiento|date[ _]de[ _]naissance|data[ _]di[ _]nascita|geburtsdatum)(?![a-z])/iu),
];
/** A record's document-number key right before the value (`"document_number": "`, `'document_number' => '`). */
const DOCUMENT_NUMBER_KEY_BEFORE = native(/(?<![\w-])["']?(?:document|doc)[_-]?(?:number|no|nr|num)["']?[ \t]*(?:=>|:|=)[ \t]*["']$/iu);
/** The record's document type: a passport (Italy's guest-registration codes PASOR, PASDI, PASSE too), or another document. */
const DOCUMENT_TYPE = native(/(?<![\w-])["']?(?:document|doc)[_-]?type["']?[ \t]*(?:=>|:|=)[ \t]*["']([^"'\n]{1,30})["']/iu);
const PASSPORT_TYPE = native(/^(?:p|pp|passport|passaporto|pasaporte|passeport|reisepass|pas(?:or|di|se))$/iu);
/**
 * The lines of a key-value record around the match (a pretty-printed JSON object, a PHP array, a
 * YAML mapping), up to the lines that open or close it, 12 either way at most.
 */
const RECORD_OPENS = native(/[{[]\s*$|^\s*$/u);
const RECORD_CLOSES = native(/^\s*[}\]]|^\s*$/u);
function recordLines(ctx: MatchContext): string {
  const { text } = ctx;
  let from = text.lastIndexOf('\n', ctx.start - 1) + 1;
  for (let n = 0; n < 12 && from > 0; n++) {
    const prev = text.lastIndexOf('\n', from - 2) + 1;
    const line = text.slice(prev, from - 1);
    if (RECORD_OPENS.test(line)) break;
    from = prev;
  }
  let to = text.indexOf('\n', ctx.end);
  for (let n = 0; n < 12 && to !== -1; n++) {
    const next = text.indexOf('\n', to + 1);
    const line = text.slice(to + 1, next === -1 ? text.length : next);
    if (RECORD_CLOSES.test(line)) break;
    to = next;
  }
  return text.slice(from, to === -1 ? text.length : to);
}

/**
 * A document number in a record of a person's (a guest register's seed, a fixture): a passport's
 * when the record's document type says so, or when it has no type but names the person's
 * nationality and birth date, as a traveller's record does.
 */
function isTravellerRecordDocument(ctx: MatchContext, before: string): boolean {
  if (!DOCUMENT_NUMBER_KEY_BEFORE.test(before)) return false;
  for (const record of [...recordsAround(ctx), recordLines(ctx)]) {
    const type = DOCUMENT_TYPE.exec(record);
    if (type !== null) return PASSPORT_TYPE.test((type[1] as string).trim());
    if (TRAVELLER_COLUMNS.every((re) => re.test(record))) return true;
  }
  return false;
}
/** A FHIR identifier typed PPN (v2-0203's passport number) or whose system names a passport, before its value. */
const FHIR_PASSPORT_BEFORE = native(/(?:"code"[ \t]*:[ \t]*"PPN"|"system"[ \t]*:[ \t]*"[^"\n]{0,80}passport[^"\n]{0,40}")[^{}[\]]{0,160}?"value"[ \t]*:[ \t]*"$/u);

// Passport numbers differ per country but are 6-9 upper-case letters and digits (US and UK: nine
// digits; Germany: nine characters from C-Z and digits; France: 2 digits + 2 letters + 5 digits;
// India: a letter + 7 digits; Canada: 2 letters + 6 digits ...). Only the value of a passport label
// counts; it needs at least two digits and must not be a date or a run like 123456789.
export default defineRule({
  id: 'passport-number',
  category: 'pii',
  description: "Passport or seaman's book number (next to its label)",
  keywords: ['passport', 'documento', 'doc_number', 'document_number', 'doc_no', 'document_no', 'docnumber', 'pasaporte', 'passeport', 'reisepass', 'passnummer', 'pass-nr', 'passnr', 'passaporto', 'passaporte', 'paspoort', 'paszport', 'passi', 'pasaport', 'ssr docs', '<document number=', 'seaman', 'sirb', 'cdc', 'seafarer id', 'diavatirio', ' pp ', 'pp no', 'ppt', 'putovnic', 'potni list', 'utlevel', 'cestovn', 'pasport', '"ccpt"'],
  // The value stands near its label (or a few table rows under a header that names it).
  // A column header (`BSN;`, `Passport No,`) is followed by rows: 4,000 characters reach about 40 of them.
  window: { before: 64, after: 4000 },
  columns: true,
  pattern: /[A-Z0-9](?<![\w-].)(?=[A-Z0-9]{0,7}\d)[A-Z0-9]{5,8}(?![\w-])/gu,
  validate: (s, ctx) => {
    const digits = s.replace(/\D/gu, '');
    // (A German passport's nine characters come from digits and consonants, C to Z: one digit may be all it has, `C7HXNPLKT`.)
    if ((digits.length < 2 && !GERMAN_PASSPORT.test(s)) || /^0+$/u.test(digits) || (digits.length === s.length && isTrivialNumber(digits))) return false;
    if (RUN_AT_END.test(s) && /12345/u.test(s)) return false; // X12345678-style specimens
    if (/^(?:19|20)\d{6}$/u.test(s) || /^(.)\1{5,}/u.test(s)) return false;
    if (/^[A-Z]\d{8}$/u.test(s) && /^[A-Z]0{4}/u.test(s)) return false; // specimen (E00000000-like)
    if (isLabelled(ctx, PASSPORT_LABEL, { before: 40, lines: 1 })) return true;
    const before = ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start);
    if (PASSPORT_ELEMENT_BEFORE.test(before) || SSR_DOCS_BEFORE.test(before)) return true;
    const record = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
    if (FHIR_PASSPORT_BEFORE.test(record) || KYC_PASSPORT_DOCUMENT_BEFORE.test(record)) return true;
    if (DOCUMENT_NUMBER_BEFORE.test(before) && DOCUMENT_TYPE_P_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 140))) return true;
    if (PASSPORT_THEN_DOCUMENT_NUMBER_BEFORE.test(before)) return true;
    if (IVMS_IDENTIFIER_BEFORE.test(before) && IVMS_PASSPORT_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 60))) return true;
    if (isTravellerRecordDocument(ctx, before)) return true;
    const header = columnHeader(ctx);
    if (header === undefined || !headerMatches(header, DOCUMENT_NUMBER_HEADER)) return false;
    if (/^["']?(?:P|PP|PASSPORT|Passport|passport)["']?$/u.test(cellBefore(ctx).trim())) return true;
    // A screening or onboarding export of people: its header names their nationality and birth date beside the document number.
    const headerRow = tableHeaderRow(ctx);
    return headerRow !== undefined && TRAVELLER_COLUMNS.every((re) => re.test(headerRow));
  },
  redactAs: 'passport',
  examples: {
    positive: [
      'Paszport: KB7140529',
      'Apartman Lučica;Henrik Albers;muški;07.11.1985;Njemačka;Putovnica;CJX4WR071;14.06.2024',
      '[15:16:02] Mijoz: pasport AB1029384',
      `2) A. Example - PP ${fake('{d8}', 4250)} - DOB 09.04.1987 - +977 980-0000000`,
      `      "passportNumber": "6${fake('{d8}', 7)}",`,
      `Passport No: ${fake('{d9}', 251).replace(/^0/u, '5')}`,
      `"passport_number": "C${fake('{u8}', 252).replace(/^(\D*)$/u, '$17')}"`,
      `Reisepass: C${fake('{d2}', 253)}X${fake('{d2}', 254)}T${fake('{d2}', 255)}`,
      `passport\tAB${fake('{d6}', 256)}`,
      `Adjunto foto del pasaporte (número RD${fake('{d6}', 257)}).`,
      `<Identification type="PASSPORT" country="GRC">AK${fake('{d7}', 258)}</Identification>`,
      `SSR DOCS A3 HK1/P/GRC/AE${fake('{d7}', 259)}/GRC/14FEB71/F/02MAY29/MAKRI/DESPOINA`,
      `<Document Number="K${fake('{d8}', 260)}" ExpirationDate="2030-06-30" Type="P">`,
      `{ "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PPN" } ] }, "system": "http://hl7.org/fhir/sid/passport-IRL", "value": "PK${fake('{d7}', 261)}" }`,
      `Int. passport GA${fake('{d6}', 261)}, seaman's ID AC${fake('{d6}', 262)}`,
      `crew_code,full_name,passport_no,seaman_book_no\nPH-0731,A. Example,P${fake('{d7}', 263)}A,C${fake('{d7}', 264)}\n`,
      // a KYC check's document object typed as a passport
      `{"documents": [{"type": "passport", "side": "front", "file_id": "doc_${fake('{l20}', 101120)}", "document_number": "${fake('{A1}{d1}{A2}{d1}{A2}{d2}', 101121)}", "issuing_country": "DE"}]}`,
      // an Amadeus PNR's DOCS element (its fields after a space), an APIS manifest's passport row, Duffel's identity document
      ` 10 SSR DOCS LH HK1 P/DEU/${fake('C{u8}', 101167)}/DEU/14MAR85/F/15JAN32/EXAMPLE/ADA/P1`,
      `seq,surname,given_names,dob,nationality,doc_type,doc_number,doc_issuer\n001,EXAMPLE,ADA,19900621,GBR,P,${fake('{d9}', 101168)},GBR`,
      `"identity_documents": [{ "type": "passport", "unique_identifier": "${fake('{d2}{A2}{d5}', 101169)}", "issuing_country_code": "FR" }]`,
      // a KYC reply naming the passport and then its document number; a travel-rule message's CCPT identifier
      `We have matched the passport you uploaded\n(document number ${fake('{A3}{d2}{A2}{d2}', 101238)}, issued 2020-01-07) against the details on file.`,
      `"nationalIdentification": { "nationalIdentifier": "${fake('{d9}', 101239)}", "nationalIdentifierType": "CCPT", "countryOfIssue": "GB" },`,
      // a sanctions-screening batch: each customer's nationality, birth date and document number
      `row\tcustomer_id\tfull_name\tdate_of_birth\tnationality\tdoc_number\tresult\n1\tCUS-${fake('{d6}', 101242)}\tAda Example\t1980-02-03\tNL\t${fake('{A2}{d7}', 101243)}\tNo match`,
      // a guest register's seed and fixture: the record's document type, or its nationality and birth date
      `            'nationality' => 'IT',\n            'document_type' => 'PASOR',\n            'document_number' => '${fake('{A2}{d7}', 101666)}',\n`,
      `    {\n      "full_name": "Ada Example",\n      "date_of_birth": "1961-04-19",\n      "nationality": "GR",\n      "document_number": "${fake('{A2}{d7}', 101667)}",\n      "created": "2024-02-01T09:00:00Z"\n    }`,
      // a web check-in's request body: a German passport whose characters hold one digit
      '{"name": "A. Beispiel", "born": "1971-10-02", "passport": "C7HXNPLKT"}',
      // a Portuguese hotel's guest bulletins for the police (SIBA): the document number beside nationality and birth date
      `Reserva;Apelido;Nome;Nacionalidade;Data Nascimento;Tipo Documento;Nº Documento;País Emissor\nRES-1;EXEMPLO;ANTOINE;FRA;23/07/1975;B;${fake('{A1}{d1}{A1}{d1}{A5}', 102043)};FRA\n`,
      // a Spanish hostel's traveller register: an ID card's support number under its column
      `lote,tipo_documento,numero_documento,soporte_documento,nombre,fecha_nacimiento,nacionalidad\n2017,NIF,00000000T,${fake('{A3}{d6}', 102044)},Montserrat,1958-10-21,ESP\n`,
    ],
    negative: [
      'Passport No: 123456789',
      'passport expires 20310115',
      'Passport: pending',
      `<Identification type="DRIVING_LICENCE" country="GRC">AK${fake('{d7}', 258)}</Identification>`,
      `<Document Number="K${fake('{d8}', 260)}" Type="V">`,
      `order ${fake('{d9}', 251)}`,
      `passport_verified_at ${fake('{d9}', 251)}`,
      // a passport's mention, then another sentence's document number; a travel-rule identifier typed as a tax id
      `Passport checked. Invoice document number ${fake('{d8}', 101240)} follows.`,
      `"nationalIdentification": { "nationalIdentifier": "${fake('{d9}', 101241)}", "nationalIdentifierType": "TXID", "countryOfIssue": "GB" },`,
      // an invoice table's document numbers
      `doc_number\tissued\tamount\n${fake('{A2}{d7}', 101244)}\t2026-01-03\t120.00`,
      // an identity card's record; a shipment's document number
      `            'birth_date' => '1970-01-01',\n            'nationality' => 'IT',\n            'document_type' => 'IDENT',\n            'document_number' => '${fake('{A2}{d7}', 101668)}',\n`,
      `{\n  "carrier": "DHL",\n  "document_number": "${fake('{A2}{d7}', 101669)}",\n  "weight_kg": 2.5\n}`,
    ],
  },
});
