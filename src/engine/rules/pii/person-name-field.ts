import type { MatchContext } from '../../types';
import { defineRule } from '../defineRule';
import { ALL_GIVEN_NAMES, isPlaceholderOrBrand, ORGANISATION_WORD, PLACEHOLDER_SURNAMES } from './_names';
import { isInPlaceholderPersonRecord, isOnTestRecordLine } from './_context';
import { native } from '../../scan/nativeRegex';

/** The ways code and data write a key of two words: first_name, first-name, firstname, firstName, FirstName, FIRST_NAME. */
function keyForms(words: string): string[] {
  const [a = '', b = ''] = words.split(' ');
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  return [`${a}_${b}`, `${a}-${b}`, `${a}${b}`, `${a}${cap(b)}`, `${cap(a)}${cap(b)}`, `${cap(a)}_${cap(b)}`, `${cap(a)}${b}`, `${a}_${b}`.toUpperCase()];
}

/**
 * Keys and elements of a given name, and of a family name. IVMS101, the crypto travel rule's data
 * model, writes a natural person's family name as `primaryIdentifier` and the given names as
 * `secondaryIdentifier`.
 */
const GIVEN_KEYS = ['first name', 'given name', 'middle name', 'name first'].flatMap(keyForms).concat(['forename', 'Forename', 'secondaryIdentifier']);
const FAMILY_KEYS = ['last name', 'family name', 'name last'].flatMap(keyForms).concat(['surname', 'Surname', 'SURNAME', 'primaryIdentifier']);
/**
 * Keys of a given name and a family name in Central European guest registers and records, as JSON
 * keys and XML elements: Croatian and Serbian ime/prezime (and Croatia's eVisitor TouristName/
 * TouristSurname), Slovene ime/priimek, Hungarian keresztnév/vezetéknév (NTAK), Czech jméno/příjmení,
 * Slovak meno/priezvisko.
 */
const LOCAL_GIVEN = ['TouristName', 'Ime', 'ime', 'keresztnev', 'keresztNev', 'Keresztnev', 'keresztnév', 'utonev', 'jmeno', 'Jmeno', 'jméno', 'Jméno', 'meno', 'Meno'];
const LOCAL_FAMILY = ['TouristSurname', 'Prezime', 'prezime', 'Priimek', 'priimek', 'vezeteknev', 'vezetekNev', 'Vezeteknev', 'vezetéknév', 'csaladnev', 'prijmeni', 'Prijmeni', 'příjmení', 'Příjmení', 'priezvisko', 'Priezvisko'];
/** XML elements of the name's parts in other languages (HMRC's RTI submissions' `Fore` and `Sur`, Canada's T4 and RL-1 slips' `snm` and `gvn_nm`, FatturaPA's Nome/Cognome, German, Dutch, Polish, Spanish, French (a payroll export's NomFamille, NomUsage and Prenoms), Nordic and Finnish forms: Norway's e-prescription M1 writes Fornavn/Etternavn). */
const GIVEN_ELEMENTS = ['gvn_nm', 'Fore', 'First', 'first', 'Nome', 'nome', 'Vorname', 'vorname', 'Voornaam', 'Imie', 'Imię', 'Nombre', 'nombre', 'Prenom', 'prenom', 'Prénom', 'prénom', 'Prenoms', 'prenoms', 'Prénoms', 'prénoms', 'Fornavn', 'Förnamn', 'Etunimi', ...LOCAL_GIVEN];
// (Spain's guest register, SES.Hospedajes, writes <nombre>, <apellido1> and <apellido2>; Brazil's forms <sobrenome>.)
const FAMILY_ELEMENTS = [...LOCAL_FAMILY, 'snm', 'Sur', 'Last', 'last', 'Cognome', 'cognome', 'Nachname', 'nachname', 'Achternaam', 'Nazwisko', 'Apellido', 'apellido', 'Apellidos', 'apellidos', 'Apellido1', 'Apellido2', 'apellido1', 'apellido2', 'primerApellido', 'segundoApellido', 'PrimerApellido', 'SegundoApellido', 'Sobrenome', 'sobrenome', 'Nom', 'NomFamille', 'NomUsage', 'NomNaissance', 'nomFamille', 'nomUsage', 'nomNaissance', 'Etternavn', 'Efternavn', 'Efternamn', 'Sukunimi'];

/** JSON keys: the English forms, and the other languages' words but for `first`, `last`, `nom` (a JSON record's `name`), `fore` and `sur` (French "on"). */
const KEY_SOURCE = [...GIVEN_KEYS, ...FAMILY_KEYS, ...[...GIVEN_ELEMENTS, ...FAMILY_ELEMENTS].filter((k) => !/^(?:first|last|nom|fore|sur)$/iu.test(k))].join('|');

/** Keys of a person's whole name in a record (`"full_name"`, `"name_en"`, `"cardholderName"`): not `name` or `display_name`, which name products and handles too. */
const FULL_NAME_KEYS = ['full name', 'name en', 'name latin', 'name roman', 'name romaji', 'customer name', 'holder name', 'account holder', 'account holder name', 'cardholder name', 'card holder name', 'beneficiary name', 'employee name', 'member name', 'patient name', 'student name', 'guardian name', 'legal name', 'borrower name', 'applicant name']
  .flatMap((k) => (k.split(' ').length === 2 ? keyForms(k) : [k.replace(/ /gu, '_'), k.replace(/ (\w)/gu, (_m, c: string) => c.toUpperCase())]));

/**
 * Whose name a record's key names, before the name part (`patientLastName`, `member_first_name`,
 * `SubscriberFirstName`): an eligibility request's or a booking's party; a legal name's parts (`legal_first_name`).
 */
const PERSON_KEY_PREFIX = '(?:[Ll]egal|LEGAL|[Pp]atient|[Mm]ember|[Ss]ubscriber|[Ii]nsured|[Gg]uarantor|[Cc]ustomer|[Cc]lient|[Gg]uest|[Pp]assenger|[Cc]ardholder|[Hh]older|[Ee]mployee|[Ss]tudent|[Aa]pplicant|[Dd]river|[Bb]eneficiary|[Cc]ontact|[Tt]enant|[Bb]uyer|[Rr]ecipient|PATIENT|MEMBER|SUBSCRIBER|INSURED)_?';

/** The personal data a person's record holds beside the name: its keys as JSON writes them. */
const PERSON_RECORD_KEY = native(/"(?:e-?mail|email_address|phone|mobile|msisdn|tel|dob|date_?of_?birth|birth_?date|birthday|citizen_?id|national_?id|id_?number|nik|ssn|sin|passport(?:_no|_number)?|address|iban|account_?no|cccd|cpf|pesel)"[ \t]*:/iu);

const ELEMENT_SOURCE = [...GIVEN_KEYS, ...FAMILY_KEYS, ...GIVEN_ELEMENTS, ...FAMILY_ELEMENTS].join('|');
const LOWER_GIVEN = new Set([...GIVEN_KEYS, ...GIVEN_ELEMENTS].map((k) => k.toLowerCase()));
const LOWER_FAMILY = new Set([...FAMILY_KEYS, ...FAMILY_ELEMENTS].map((k) => k.toLowerCase()));

/** A value that reads as a name: one to four words of letters, each capitalised (or a particle), or written in a script without case. */
const NAME_VALUE = native(/^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?: (?:(?:van|von|der|den|de|del|della|di|da|das|dos|do|du|la|le|binti|binte|bin|ibn|al|el|ter|ten|zu) )?[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){0,3}$/u);

/** A title after a given name in airline and hotel systems (`MARLIZE MRS`): not part of the name. */
const TRAILING_TITLE = / (?:MR|MRS|MS|MISS|MSTR|DR|PROF)$/u;

/** Values of name fields that are labels, placeholders or test data, not a person's name. */
const NOT_A_NAME = new Set(
  (
    'first last given family middle name names surname forename firstname lastname givenname familyname vorname nachname voornaam achternaam ' +
    'nome cognome nombre apellido apellidos prenom prénom nom imie imię nazwisko first name last name given name family name middle name ' +
    'john jane doe test tester testuser user customer guest example sample string null none unknown anonymous placeholder foo bar baz ' +
    'max muster mustermann musterfrau erika mario rossi jan kowalski juan pérez jean dupont john doe jane doe required optional text value'
  ).split(' '),
);

/** The other part of the same record: a family-name field near a given name, or a given-name field near a family name. */
function hasSibling(ctx: MatchContext, family: boolean): boolean {
  const { text } = ctx;
  const near = text.slice(Math.max(0, ctx.start - 300), Math.min(text.length, ctx.end + 300)).toLowerCase();
  // (A long key may follow its party's name: `"patientFirstName"`.)
  for (const k of family ? LOWER_GIVEN : LOWER_FAMILY) if (near.includes(`"${k}"`) || near.includes(`${k}>`) || (k.length >= 8 && near.includes(`${k}"`))) return true;
  return false;
}

/** A field's value that reads as a name: a name's words, no label, placeholder or test person. */
function readsAsName(value: string): boolean {
  return NAME_VALUE.test(value) && !NOT_A_NAME.has(value.toLowerCase()) && !value.split(' ').some((w) => PLACEHOLDER_SURNAMES.has(w));
}

/**
 * A person's whole name under a full-name key: two to four words that read as a name and no
 * organisation's, in a record (the 300 characters around it) that also holds an e-mail, a phone, a
 * birth date or an id number.
 */
function isRecordFullName(value: string, ctx: MatchContext): boolean {
  const words = value.split(' ');
  if (words.length < 2 || !readsAsName(value) || ORGANISATION_WORD.test(value) || isPlaceholderOrBrand(value)) return false;
  return PERSON_RECORD_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 300)));
}

/** A CITATION.cff author's family or given name: a name's words, beside the other part of the name. */
function isCitationNamePart(value: string, ctx: MatchContext): boolean {
  if (!readsAsName(value)) return false;
  const other = ctx.match[5] === 'family-names' ? 'given-names' : 'family-names';
  return ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 200)).includes(`${other}:`);
}

// A part of a person's name in a structured record: the value of a first-name or last-name key in
// JSON (`"firstName": "Chalermchai"`, `"last_name": "Ntavou"`), or of such an element in XML
// (`<GivenName>MARLIZE</GivenName>`, `<Nome>…</Nome><Cognome>…</Cognome>`), when the same record
// holds the other part. A record's fields say outright what they hold, so any capitalised word
// counts, not only the given names of the lexicon; labels (`"firstName": "First name"` in a
// translation file), placeholders and test people do not.
export default defineRule({
  id: 'person-name-field',
  category: 'pii',
  description: "Given or family name in a person record's field (JSON firstName/lastName, XML GivenName/Surname, Nome/Cognome, CITATION.cff)",
  // (A namespace prefix only before the long ones: `:first` and `:last` are CSS pseudo-classes.)
  keywords: [
    ...new Set([...LOWER_GIVEN, ...LOWER_FAMILY].filter((k) => /^[\x20-\x7e]+$/u.test(k)).flatMap((k) => (k.length > 6 ? [`"${k}"`, `<${k}`, `:${k}`] : [`"${k}"`, `<${k}`]))),
    '<imi',
    '<fornamn',
    'family-names', 'given-names',
    // (after a party's name: `"patientLastName"`)
    'firstname"', 'lastname"', 'first_name"', 'last_name"',
    ...FULL_NAME_KEYS.map((k) => `"${k.toLowerCase()}"`),
  ],
  window: { before: 24, after: 320 },
  pattern: new RegExp(
    `"(?:${PERSON_KEY_PREFIX})?(${KEY_SOURCE})"[ \\t]*:[ \\t]*"([^"\\\\\\n]{1,80})"` +
      `|<(?:[A-Za-z][\\w-]{0,15}:)?(${ELEMENT_SOURCE})(?:[ \\t][^<>\\n]{0,120})?>[ \\t]*([^<>\\n]{1,80}?)[ \\t]*</(?:[A-Za-z][\\w-]{0,15}:)?\\3>` +
      // A CITATION.cff author's name parts (YAML).
      `|(?<![\\w-])(family-names|given-names)[ \\t]*:[ \\t]*["']?([^"'\\\\\\n]{1,80}?)["']?[ \\t]*(?=\\r?\\n|$)` +
      // A whole name under a full-name key (group 7), in a record that holds the person's data too.
      `|"(?:${FULL_NAME_KEYS.join('|')})"[ \\t]*:[ \\t]*"([^"\\\\\\n]{3,80})"`,
    'gu',
  ),
  secretGroup: [2, 4, 6, 7],
  validate: (s, ctx) => {
    // (A fixture's record names its stand-in: `"firstName": "Test"`, `"lastName": "Example"`.)
    if (isOnTestRecordLine(ctx) || isInPlaceholderPersonRecord(ctx)) return false;
    if (ctx.match[5] !== undefined) return isCitationNamePart(s, ctx);
    if (ctx.match[7] !== undefined) return isRecordFullName(s, ctx);
    const key = (ctx.match[1] ?? ctx.match[3] ?? '').toLowerCase();
    const value = s.replace(TRAILING_TITLE, '');
    if (!readsAsName(value)) return false;
    const words = value.split(' ');
    const family = LOWER_FAMILY.has(key);
    // One capital letter (`"middle_name": "J"`) or a single word in capitals that is no given name
    // under a given-name key (`<First>TRUE</First>`): not a name.
    if (value.length < 2) return false;
    if (!family && value === value.toUpperCase() && words.length === 1 && !ALL_GIVEN_NAMES.has(value.charAt(0) + value.slice(1).toLowerCase()) && value.length < 3) return false;
    return hasSibling(ctx, family);
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://www.fatturapa.gov.it/it/norme-e-regole/documentazione-fattura-elettronica/formato-fatturapa/'],
  examples: {
    positive: [
      // an HMRC Full Payment Submission's employee
      '<EmployeeDetails>\n  <NINO>QQ123456C</NINO>\n  <Name>\n    <Ttl>Mr</Ttl>\n    <Fore>Ptolemy</Fore>\n    <Sur>Ashcombe-Vane</Sur>\n  </Name>\n</EmployeeDetails>',
      '"leadGuest": {\n  "firstName": "Thanakrit",\n  "lastName": "Wongchai",\n  "email": "t.wongchai@example.org"\n}',
      '<Profile>\n  <Name><First>Sizwe</First><Last>Mahlangu</Last></Name>\n</Profile>',
      '<huesped>\n  <nombre>Maite</nombre>\n  <apellido1>Quintanilla</apellido1>\n  <apellido2>Orduña</apellido2>\n</huesped>',
      '<PersonName><GivenName>ELENI MRS</GivenName><Surname>PAPADAKI</Surname></PersonName>',
      '<Anagrafica>\n  <Nome>Ludovica</Nome>\n  <Cognome>Santangelo</Cognome>\n</Anagrafica>',
      '{"first_name": "Oyelaran", "last_name": "Adebisi-Cole", "role": "driver"}',
      // an eligibility request's patient, in capitals as payers' systems write names
      'msg="coverage request" req={"memberId":"W418","patientLastName":"ABERNETHY","patientFirstName":"ROSALIND","patientBirthDate":"<redacted>"}',
      '<ns2:FirstName xml:lang="el">Σταύρος</ns2:FirstName><ns2:LastName>Kalogeropoulos</ns2:LastName>',
      'authors:\n  - family-names: "Brandsma"\n    given-names: "Ingrid"\n    orcid: "https://orcid.org/0000-0002-1825-0097"',
      '<Pasient><Navn><Etternavn>Løvås</Etternavn><Fornavn>Håkon</Fornavn></Navn></Pasient>',
      '{"citizen_id": "<redacted>", "name_en": "Suchada Wongsakul", "dob_be": "<redacted>", "mobile": "<redacted>"}',
      // JSON keys in Italian and Hungarian, an eVisitor element
      '{"codice_fiscale": "<omesso>", "nome": "Ottavia", "cognome": "Pellegrineschi"}',
      '{"vezeteknev": "Szabadkai", "keresztnev": "Lőrinc", "okmanyTipus": "SZEM"}',
      '<Tourist>\n  <TouristName>Matej</TouristName>\n  <TouristSurname>Vidmarsek</TouristSurname>\n</Tourist>',
      '<Salarie>\n  <NomFamille>Example-Vidal</NomFamille>\n  <Prenoms>Ottilie</Prenoms>\n</Salarie>',
      // a travel-rule message's originator (IVMS101)
      '"name": { "nameIdentifier": [{ "primaryIdentifier": "Abernethy-Kuol", "secondaryIdentifier": "Marisol", "nameIdentifierType": "LEGL" }] },',
      // a cross-border order's recipient: the name in its script, escaped, then romanised
      '"shipping": {"name": "\\u4f55\\u7f8e\\u73b2", "name_roman": "Ho Ruo-lan", "tel": "0900-000-000", "country": "TW"}',
      // an onboarding form's legal name, in parts
      '"personal": {"legal_first_name": "Georgia", "legal_last_name": "Brennock", "date_of_birth": "1973-02-27", "mobile": "0400 000 000"}',
      // a T4 slip for the CRA: the employee's surname and given name
      '<EMPE_NM>\n  <snm>BRENNOCK</snm>\n  <gvn_nm>GEORGIA</gvn_nm>\n</EMPE_NM>',
    ],
    negative: [
      // a fixture's stand-in patient: the record's surname says so, its address nested in it
      '{\n  "firstName": "Ada",\n  "lastName": "Example",\n  "address": {\n    "street": "1 Sample Way",\n    "zip": "99999"\n  }\n}',
      '{"firstName": "First name", "lastName": "Last name", "email": "E-mail address"}',
      '{"firstName": "John", "lastName": "Doe"}',
      // Australia's placeholder people and a fixture's stand-ins
      '{"first_name": "Jane", "last_name": "Citizen", "mobile": "0491 570 156"}',
      '{"full_name": "Demo Landlord", "email": "owner@example.com", "mobile": "0491 570 157"}',
      '{"firstName": "Thanakrit", "email": "t.wongchai@example.org"}',
      '{"customer_name": "Lumen Trading Ltd", "email": "orders@lumen-trading.example"}',
      // a Brazilian employer's legal name beside a policyholder's people
      '{"holder": {"fullName": "Luísa Mendes Prado"}, "employer": {"legalName": "Casa Verde Comércio Ltda"}}',
      '{"full_name": "Suchada Wongsakul", "role": "admin"}',
      '{"full_name": "Nguyễn Văn A", "cccd": "<12 digits>", "phone": "<mobile>"}',
      '<Product><Nome>Tavolo Rovere</Nome><Prezzo>120</Prezzo></Product>',
      // a Portuguese record's whole name under "nome", with no family-name key beside it
      '{"nome": "Plano Anual", "preco": 120}',
      '{"firstName": "{{ first_name }}", "lastName": "${lastName}"}',
      '<Name><First>true</First><Last>false</Last></Name>',
      '{"first_name": "string", "last_name": "string"}',
      'authors:\n  - family-names: "Doe"\n    given-names: "John"',
      'message: "If you use this software, please cite it."\nfamily-names: required',
    ],
  },
});
