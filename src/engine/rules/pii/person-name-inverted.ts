import { defineRule, fake } from '../defineRule';
import { native } from '../../scan/nativeRegex';
import { columnHeader } from './_context';
import { LOWER, UPPER } from './_latin';
import { ALL_GIVEN_NAMES, foldName, PLACEHOLDER_SURNAMES } from './_names';
import { SURNAMES } from './_surnames';

/** A capitalised word, or two joined by a hyphen or a space (`Müller-Lüdenscheidt`, `Van Dijk`). */
const WORD = `[${UPPER}][${LOWER}]{1,24}(?:['’][${UPPER}]?[${LOWER}]{1,24})?(?:[- ][${UPPER}][${LOWER}]{1,24})?`;

/** A word in capitals, as registries and the FEC's exports write names (`BRENNEMAN`, `MCGILLICUDDY`, `ABERNATHY-COLE`). */
const UPPER_WORD = `[${UPPER}]{2,24}(?:['’-][${UPPER}]{2,24})?`;

/** A clinician's credentials after the name in a scheduling or claims export's cell (`Lindgren, Marta MD`, `Halvorsen, Ingrid PA-C`): not part of the name. */
const CREDENTIAL = '(?:MD|DO|PA-C|PA|FNP-C|FNP-BC|FNP|NP-C|NP|DNP|CNM|RN|LPN|DDS|DMD|DPM|OD|PharmD|PhD|LCSW|LPC|LMFT|PsyD|APRN|CRNA|DPT|CNP|AuD|MBBS)';

/**
 * A table cell's name: either case, a second given name (Filipino payrolls: `DIMAANO, LOVELY
 * GRACE P.`), and a middle initial after the given names (`BRENNEMAN, LAURA J`). In capitals, the
 * comma may stand without a space, as Epic's PAT_NAME writes it (`WHITLOCK,DARLENE M`).
 */
const CELL_NAME = `(?:(?:${WORD}|${UPPER_WORD}), (?:${WORD}|${UPPER_WORD})|${UPPER_WORD},${UPPER_WORD})(?: (?!${CREDENTIAL}(?![\\w-]))(?:${WORD}|${UPPER_WORD}))?(?: [${UPPER}]\\.?)?`;

/**
 * Labels of a name field, ending right before the value: `name`, `full name`, `author`, a health
 * record's party (`patient="…"`, `subscriber=`, `insured=`, `guarantor=`), a German record's display
 * name (`"anzeige": "…"`), and the
 * forms that announce the family name first (`Name, Vorname`, `Nachname, Vorname`, `Apellidos y
 * nombre`, `Nom, prénom`, `Cognome e nome`).
 */
const LABEL =
  '(?:[Nn]ame|NAME|[Ff]ull[ _-]?[Nn]ame|[Aa]uthor|[Cc]ontact|[Cc]ustomer|[Pp]atient|[Ss]ubscriber|[Ii]nsured|[Gg]uarantor|[Aa]nzeige(?:name)?|[Nn]aam|[Nn]achname,? ?[Vv]orname|[Nn]ame,? ?[Vv]orname|[Aa]pellidos?,? (?:y )?[Nn]ombre|[Nn]om,? (?:et )?[Pp]rénom|[Cc]ognome,? (?:e )?[Nn]ome|[Nn]azwisko,? (?:i )?[Ii]mi[eę])';

/** Header cells of a column of people's names, as the keyword pass reads them (a delimiter after `name`). */
// (Not `name,` or `name"`: code and JSON write them on every other line, and a 4,000-character
// window after each cost this rule eight times its time on the bench corpus.)
// Nor `name;` alone: minified code ends statements with `e.name;`.
// (And SAP's `NAME1`, a one-time vendor's or a customer's name in an FI export.)
const NAME_HEADER_CELLS = [';name1;', ',name1,', '\tname1\t', ';name;', '\nname;', ';name\n', ';name\r', '\tname\t', '\nname\t', '\tname\n', '\tname\r', ',name,', ',custodian,', ';custodian;', 'contributor_name', 'donor_name', 'payee_name', ',employee_name,', ',member_name,',
  // a school's exports (PowerSchool's LastFirst, Infinite Campus's studentName), a first column headed Name
  'lastfirst', 'last_first', 'studentname', 'student_name', 'guardian_name', 'driver_name', '\nname,', '"name",', ',full_name,', '\nfull_name,',
  // a payroll register's `Employee Name` (ADP), its words apart
  ',employee name,', ';employee name;', '\temployee name\t', ',full name,', ';full name;', '\tfull name\t',
  // a claims worklist's `Patient Name` (`QUENNELL, CLEMENTINE`), an HR roster's `Manager` (`"Quennell, Obadiah"`)
  ',patient name,', ';patient name;', '\tpatient name\t', ',patient_name,', ';patient_name;', '\tpatient_name\t', ',manager,', ';manager;', '\tmanager\t', ',manager\n', ',manager\r', '\tmanager\n',
  // a hospital's exports: Epic's PAT_NAME, a registration log's PatientName, an eligibility report's PATIENT column
  'pat_name', 'patientname', 'patient_name', 'subscriber_name', 'insured_name', '\npatient  ',
  // a provider directory's and a claims export's clinicians (`provider_name`, `rendering_provider_name`)
  'provider_name', 'physician_name', 'prescriber_name', 'clinician_name',
  // a scheduling export's `provider` column (`"Lindgren, Marta MD"`)
  ',provider,', ',attending,', ',rendering_provider,', ',pcp,',
  // a LEDES e-billing file's timekeeper (`…|TIMEKEEPER_NAME|…`, "Last, First")
  'timekeeper_name',
  // a ship's crew list (IMO FAL form 5: `Family name and given names`, "SURNAME, GIVEN")
  'family name and given name', 'family name, given name', 'surname and given name', 'surname, given name',
  // Canvas's gradebook export: Student,ID,SIS User ID,…
  'student,id,sis',
  // a gradebook's or a section list's teachers (PowerSchool writes them "Surname, Given")
  ',teacher,', ',instructor,', ',advisor,', ',counselor,',
  // an Austrian or German payroll's `Familienname, Vorname` column
  'familienname, vorname', 'nachname, vorname', '\tname, vorname\t'];

/**
 * Header cells of a column that writes the family name first without a comma (a Polish payroll's
 * `Nazwisko i imię`, `Nachname Vorname`, `Apellidos y nombre`, a Hungarian export's `név`), as the keyword pass reads them.
 */
const SURNAME_FIRST_CELLS = ['nazwisko i imi', 'nazwisko imi', 'nazwisko_imie', 'nachname vorname', 'nachname_vorname', 'apellidos y nombre', 'cognome e nome', 'cognome nome', 'prijmeni a jmeno', 'priezvisko a meno', 'vezeteknev keresztnev',
  // Hungarian writes every name family name first: a payroll's `név`, `teljes név`, `munkavállaló neve`
  ';nev;', '\nnev;', ';nev\n', ',nev,', '\nnev,', '\tnev\t', 'teljes nev', 'munkavallalo neve',
  // a Nordic register's `sukunimi_etunimi`, `efternamn förnamn`, `etternavn og fornavn`, and a Finnish
  // register's `nimi`, written surname first (`Kivelä Aino`; a given name first fails the lexicon check)
  ';nimi;', '\nnimi;', ',nimi,', '\nnimi,', '\tnimi\t', '\nnimi\t',
  'sukunimi_etunimi', 'sukunimi etunimi', 'sukunimi ja etunimi', 'efternamn_fornamn', 'efternamn fornamn', 'efternamn och fornamn', 'etternavn_fornavn', 'etternavn fornavn', 'etternavn og fornavn', 'efternavn_fornavn', 'efternavn fornavn', 'efternavn og fornavn'];

/** The same as a column's whole header. */
const SURNAME_FIRST_COLUMN = /^(?:nazwisko(?:[ _]i)?[ _]imi[eę]|sukunimi(?:[ _]ja)?[ _]etunimi|efternamn(?:[ _]och)?[ _]f[öo]rnamn|ett?ernavn(?:[ _]og)?[ _]fornavn|nachname vorname|apellidos(?: y)? nombres?|cognome(?: e)? nome|příjmení(?: a)? jméno|prijmeni(?: a)? jmeno|priezvisko(?: a)? meno|vezetéknév keresztnév|vezeteknev keresztnev|n[eé]v|nimi|teljes n[eé]v|munkavállaló neve|munkavallalo neve|(?:károsult|karosult|szerződő|szerzodo|biztosított|biztositott|ügyfél|ugyfel|kedvezményezett|kedvezmenyezett) neve)$/u;

/** Headers of such a column: `Name`, `full_name`, `Mitarbeiter`, `custodian`, `employee`, a school's `Teacher` or `Advisor`, a clinic's `provider` or `attending`. */
const NAME_COLUMN = /(?:^|[\s_-])(?:name|name1|full name|names|employee|mitarbeiter|mitarbeiterin|pracownik|zaměstnanec|custodian|customer|client|patient|contact|person|author|teacher|instructor|tutor|advis[eo]r|counsel(?:l)?or|guardian|parent|supervisor|manager|line manager|reports to|physician|clinician|provider|attending|prescriber|pcp)s?$|^last ?first$|^(?:patient|subscriber|insured|member|student)name$|^student$|^(?:familien|nach)?name, ?vorname$/u;

// A name written family name first, with a comma, as a name field's value: a citation's author
// list (`{"name": "Verhoeven, Marloes"}`), a form (`Name, Vorname: Seidel, Moritz`), a library's
// or an HR system's export. The word after the comma must be a given name of the lexicon and the
// word before it must not be one (`name: Anna, Maria` lists two people's given names).
export default defineRule({
  id: 'person-name-inverted',
  category: 'pii',
  description: "Person's name written family name first ('<Surname>, <Given name>') as a name field's value",
  // (The label's last word and its colon or quote: `name` alone is in every line of code.)
  keywords: ['name:', 'name":', "name':", 'name=', 'name =', 'name :', 'author', 'contact:', 'contact":', 'customer:', 'customer":', 'patient=', 'patient:', 'patient":', 'subscriber=', 'insured=', 'guarantor=', 'anzeige":', 'anzeigename', 'anzeige=', 'naam:', 'nombre:', 'prenom:', 'nome:', 'imie:', 'nev":', "nev='", 'nev="', 'szerzodo', 'karosult', 'biztositott', 'kedvezmenyezett', 'ugyfel', 'tulajdonos', 'berlo:', 'munkavallalo', ...NAME_HEADER_CELLS, ...SURNAME_FIRST_CELLS],
  window: { before: 40, after: 120 },
  columns: true,
  // A name column's header cell is followed by its rows.
  keywordWindows: Object.fromEntries([...NAME_HEADER_CELLS, ...SURNAME_FIRST_CELLS].map((k) => [k, { before: 40, after: 4000 }])),
  // The match starts at the colon and reads the label in a lookbehind.
  // Or a whole cell of a table (a quoted one in a comma-separated file), group 2: the header decides.
  pattern: new RegExp(
    `[:=](?<=(?<![\\w-])${LABEL}["']?\\*{0,2}[ \\t]{0,3}[:=])[ \\t]{0,24}["']?(${WORD}, ${WORD}|${UPPER_WORD}, ${UPPER_WORD})(?=["'\\t;)]|[ \\t]*(?:\\r?\\n|$)| \\(|, [^${UPPER}]| [a-z_]{2,20}=)` +
      `|(?:^|\\n|[;\\t|]|,(?="))[ \\t]*"?(${CELL_NAME})(?: ${CREDENTIAL}(?![\\w-]))?"?(?:[ \\t]*(?=[;\\t|,]|\\r?\\n|$)|(?= {2}))` +
      // or a whole cell of a surname and a given name without a comma, under a column that says so (group 3)
      `|(?:^|\\n|[;\\t|,])[ \\t]*"?([${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})? [${UPPER}][${LOWER}]{1,24})"?(?=[ \\t]*(?:[;\\t|,]|\\r?\\n|$))` +
      // or a Hungarian name field's value, family name first without a comma (group 4): `"név": "Kertészfalvi Péter"`, `nev='Kertészfalvi Tímea'`
      `|(?<![\\p{L}\\w])[Nn][eé]v["']?[ \\t]{0,2}[:=][ \\t]{0,2}["']([${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})? [${UPPER}][${LOWER}]{1,24})["']` +
      // or after a Hungarian party's label, quoted or not (`szerződő: Kertészfalvi Tímea (…)`, `Kedvezményezett: …`): group 5, read as group 4
      `|(?<![\\p{L}\\w])(?:[Ss]zerződő|[Kk]árosult|[Bb]iztosított|[Kk]edvezményezett|[Üü]gyfél|[Tt]ulajdonos|[Bb]érlő|[Mm]unkavállaló)(?: neve)?["']?[ \\t]{0,2}[:=][ \\t]{0,2}(?:["']|\\*\\*)?([${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})? [${UPPER}][${LOWER}]{1,24})(?=["',;)]|\\*\\*| \\(|[ \\t]*\\r?\\n|[ \\t]*$)`,
    'gu',
  ),
  secretGroup: [1, 2, 3, 4, 5],
  validate: (value, ctx) => {
    if (ctx.match[3] !== undefined || ctx.match[4] !== undefined || ctx.match[5] !== undefined) {
      // (Group 4's and 5's labels say family name first; group 3's column must.)
      if (ctx.match[3] !== undefined) {
        const header = columnHeader(ctx);
        if (header === undefined || !native(SURNAME_FIRST_COLUMN).test(header.trim())) return false;
      }
      const [surname = '', given = ''] = value.split(' ');
      return ALL_GIVEN_NAMES.has(given) && !surname.split('-').every((w) => ALL_GIVEN_NAMES.has(w)) && !PLACEHOLDER_SURNAMES.has(surname);
    }
    if (ctx.match[2] !== undefined) {
      const header = columnHeader(ctx);
      if (header === undefined || !native(NAME_COLUMN).test(header)) return false;
    }
    // (Names in capitals are looked up capitalised: BRENNEMAN, LAURA J → Brenneman, Laura.)
    const [surname = '', given = ''] = value.split(/, ?/u).map((part) => part.replace(/ [A-Z]\.?$/u, '').replace(/\p{Lu}{2,}/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()));
    const firstGiven = given.split(/[- ]/u)[0] ?? '';
    // (Under a name column, a common surname vouches for a given name the lexicon lacks or reads
    // as a word: `DIMAANO, LOVELY GRACE P.`.)
    // (Each part of a double-barrelled surname counts: `Nguyen-Hale, Lily`.)
    const commonSurname = ctx.match[2] !== undefined && surname.split(/[- ]/u).some((w) => SURNAMES.has(foldName(w)));
    if (!ALL_GIVEN_NAMES.has(firstGiven) && !commonSurname) return false;
    // (A cell under a name column holds one person: a common surname that is a given name too, Nguyen or Thomas, is the surname there.)
    if (!commonSurname && surname.split(/[- ]/u).every((w) => ALL_GIVEN_NAMES.has(w))) return false;
    return !surname.split(/[- ]/u).some((w) => PLACEHOLDER_SURNAMES.has(w));
  },
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/', 'https://citation-file-format.github.io/'],
  examples: {
    positive: [
      // an HR roster's manager column, a claims worklist's patient column in capitals
      'Employee ID,Last Name,First Name,Manager,FLSA\nE1,Exemplar,Ingo,"Quennell, Obadiah",Exempt\n',
      'Assigned To\tClient\tPatient Name\tAcct #\nA. Exemplar\tLakes Clinic\tQUENNELL, CLEMENTINE\t6535001\n',
      '    {"name": "Brandsma, Ingrid", "affiliation": "University of Groningen"},',
      // a claims log's member, in capitals as eligibility files write them; a provider directory's clinician
      '2024-03-11 WARN  ClaimValidator : Member not found on 271 for payer P01 name="HALVERSON, DOROTHY"',
      'npi,entity_type,provider_name,credential\n1750391827,1,"Lindgren, Marta K",MD\n',
      // a clinic's schedule: the provider's credentials after the name
      'appt_id,appt_time,provider,visit_type\n6580,07:20 AM,"Halvorsen, Ingrid PA-C",Telehealth 20\n',
      // a Canvas gradebook export: the Student column, a points row under the header
      'Student,ID,SIS User ID,SIS Login ID,Section,HW1 (2200101)\n    Points Possible,,,,,20\n"Lindqvist, Henrik",510233,,,STAT 500 002,17',
      // an Austrian wage-slip summary's family-name-first column, rows below its title lines
      'Pers-Nr\tFamilienname, Vorname\tEintritt\nAT-1\tHolzmann, Hildegard\t01.02.1980\nAT-2\tPlattner, Severin\t03.04.1975\nAT-3\tSteinlechner, Ilse\t05.06.1969\nAT-4\tLeitgeb, Anton\t07.08.1991\n',
      'Name, Vorname:            Lindqvist, Henrik',
      'Apellidos, nombre: Olmedo Serrano, Lucía',
      // a Finnish customer register's name column, surname first
      'asiakasnumero;nimi;syntymäaika\nA-1;Kivelä Aino;1.2.1980',
      'author = Kettering, Rosalind',
      'Datum;Schicht;Personalnr;Name;Rolle\n11.03.2024;S;00044200;Dörfler, Andreas;MB/Prüfer',
      'custodian_id,custodian,email,title\nCUST-1002,"Delacroix, Yolanda",yolanda.delacroix@castellanfreight.com,Terminal Manager',
      'committee_id,entity_type,contributor_name,contributor_street_1\nC00861245,IND,"BRENNEMAN, LAURA J",2218 SARAH ST',
      // a Philippine payroll register: two given names and a middle initial, a given name that is also a word
      'emp_no,employee_name,site,position\nHR-7731,"LACSAMANA, JOVELYN GRACE D.",CEB,Team Leader',
      `Student_Number,LastFirst,DOB\n${fake('{d6}', 4220)},"Okereke, Tobias J.",05/10/2015\n`,
      '# drivers 2024-25\nName,EmpID,State,CDL\n"Strickland, Wayne",E16118,OH,P/S\n',
      // a Polish payroll list: surname then given name, no comma
      'Lp.;Nazwisko i imię;Stanowisko;Brutto\n1;Wierzbicka Dorota;Księgowa;8 100,00\n2;Kamiński Tomasz;Magazynier;5 650,00\n',
      // a Finnish register's family-name-first column, quoted
      'asiakas_id,sukunimi_etunimi,kunta\nK-0192,"Vähäkangas Aino",Oulu\n',
      `ss_number,member_name,ss_ee\n34-${fake('{d7}', 4101)}-2,"TUAZON, PRINCESS MAE T.",900.00`,
      // a hospital's exports: Epic's PAT_NAME in a pasted table, a printed eligibility report
      '| PAT_MRN_ID | PAT_NAME | BIRTH_DATE |\n|---|---|---|\n| 40817 | WHITLOCK,DARLENE M | 1949-02-27 |',
      'Eligibility batch 04/10\n\nPATIENT                      DOB         STATUS\n---------------------------  ----------  ------\nWHITLOCK, DARLENE            02/27/1949  ACTIVE',
      'student_number,lastfirst,grade_level\n264077,"Nguyen-Hale, Lily",7\n251382,"Nguyen, Lily",7\n',
      'SectionID,CourseNumber,CourseName,Teacher,StudentNumber\n51880,BI0815,Biology 8,"Brandauer, Greta",264410\n',
      // a Hungarian party after its label, in a log line and a claim form
      'WARN policy sync: szerződő: Kertészfalvi Tímea (id 7)',
      'Kedvezményezett: Kertészfalvi Péter\nSzámlaszám: …',
      // a Hungarian payroll summary under its `név` column, after a title line
      'Bérjegyzék összesítő;Minta Kft.\n\ntörzsszám;név;munkakör;nettó (Ft)\nHU-1;Kertészfalvi Dóra;Raktáros;312650\n',
      // a Hungarian import's row in a stack trace and a tenant's contact
      "ImportRow{sor=7, nev='Kertészfalvi Tímea', munkakor='Raktáros'}",
      '"kapcsolattartó": {\n  "név": "Kertészfalvi Péter",\n  "beosztás": "HR"\n}',
      // a LEDES e-billing file: each record, its header's too, ends with []
      'LEDES1998B[]\nINVOICE_DATE|TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION[]\n20240105|TK0101|Draft motion|Harrowgate, Odile|PT[]\n',
      // a ship's crew list (IMO FAL form 5): family name and given names, in capitals
      'No.,Family name and given names,Rank or rating,Nationality\n1,"HARROWGATE, PERIKLIS",MASTER,GREEK\n',
      // an SAP FI export's one-time vendor: a member's reimbursement
      'BUKRS;BELNR;LIFNR;NAME1;STRAS;PSTLZ\n1000;1900071288;9900000007;Beispielmann, Karl-Heinz;Gartenweg 4;50667\n',
      // a payroll register: surname, given name and middle initial under Employee Name
      'Co Code,File #,Employee Name,SSN,Birth Date\nQXK,QX04417,"Beispielski, Dana M",000-00-0000,03/14/1979\n',
      // a clearinghouse's PHI access log: the patient whose record was opened
      'ts=2024-05-13T10:00:01Z user=ops01 action=VIEW_CLAIM patient_acct=A0000001 patient="Ravensworth, Odile" src_ip=10.0.0.1',
      // a log line's name, the next key after it; a German audit record's display name
      '2024-05-13 08:20:14.225 INFO PartnerJob - Partnersatz uebernommen vu=5342 vsnr=A000000001 name=Ravensworth, Odile plz=01177',
      '{"objekt": {"typ": "kunde", "kundennummer": "KD-000001", "anzeige": "Ravensworth, Odile"}}',
    ],
    negative: [
      'name: Anna, Maria',
      '{"name": "Doe, John"}',
      '"name": "Release, Build"',
      'name: Berlin, Germany',
      'Fill in: Name, Vorname',
      'Datum;Schicht;Linie;Rolle\n11.03.2024;S;Berlin, Germany;MB',
      'committee_id,contributor_name,city\nC00861245,"PITTSBURGH, PA",PITTSBURGH',
      // a place under a name column: no known surname, no known given name
      'emp_no,employee_name,site\nHR-1,"MAKATI, METRO MANILA",MKT',
      // a place under a family-name-first column: no given name after it
      'asiakas_id,sukunimi_etunimi,kunta\nK-0192,"Oulu Keskusta",Oulu\n',
    ],
  },
});
