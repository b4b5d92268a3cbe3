import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import type { MatchContext } from '../../types';
import { isPlausibleBirthDate } from './_checksums';
import { isLabelled, isOnPlaceholderPersonLine, isOnTestRecordLine, labelRegex, lineStartNear, matchLine } from './_context';
import { PLACEHOLDER_SURNAMES } from './_names';
import { caseForms, toTrieSource } from './_trie';

/** A Go time layout's place: a Format or Parse call's argument, a layout constant or variable. */
const GO_LAYOUT_BEFORE = native(/(?:\.(?:Format|AppendFormat)|(?:time\.)?Parse(?:InLocation)?)\(\s*"$|layout\w*\s*:?=\s*"$|Layout\w*\s*=\s*"$/iu);

/** A test row's person: a placeholder name (John Doe, Max Mustermann) or SSN on the date's line. */
const PLACEHOLDER_ROW = new RegExp(`(?<![A-Za-z])[A-Z][a-z]+ (?:${[...PLACEHOLDER_SURNAMES, 'Demo', 'TEST', 'Test'].join('|')})(?![A-Za-z])|(?<!\\d)000-00-0000(?!\\d)`, 'u');

const DOB_LABEL = labelRegex([
  'dob', 'd.o.b.', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'birth', 'birth dt', 'born', 'born on', 'born_on', 'bday', 'b-day',
  'geburtsdatum', 'geburtstag', 'geb.', 'geboren', 'gebdat', 'GebDat', 'geb.dat.', 'geb.-datum', 'geb.datum', 'gebdatum', 'date de naissance', 'date naissance', 'né le', 'née le', 'né', 'née',
  'fecha de nacimiento', 'fecha nacimiento', 'f. nacimiento', 'f nacimiento', 'nació el', 'nacio el', 'f. nac.', 'fec. nac.', 'fecha nac.', 'data di nascita', 'data de nascimento', 'geboortedatum', 'geboren op',
  'födelsedatum', 'fødselsdato', 'syntymäaika', 'data urodzenia', 'data ur', 'data ur.', 'data_ur', 'datum narodenia', 'dátum narodenia',
  // born, in Norwegian and Danish (født), Swedish (född) and Finnish (syntynyt). (Not their `f.`:
  // German writes it for `für`, `Rechnung f. 12.03.2021`.)
  'født', 'født den', 'född', 'född den', 'syntynyt',
  // as column names, without the preposition (date_naissance, data_nascita, fecha_nac) or abbreviated (ddn)
  'date naissance', 'data nascita', 'data nascimento', 'fecha nac', 'ddn', 'dt naissance', 'dt nasc', 'nascimento', 'urodzony', 'urodzona',
  // abbreviated in forms: Nasc. (pt), F. nac. / Fec. nac. (es), nato il / nata il (it)
  'nasc.', 'nasc', 'data nasc.', 'f. nac.', 'f.nac.', 'fec. nac.', 'fecha nac.', 'nac.', 'nato il', 'nata il', 'nato/a il', 'nata/o il',
  // Né(e) le (French forms), doğum tarihi (Turkish), födelsedag (Swedish)
  'né(e) le', 'ne(e) le', 'doğum tarihi', 'dogum tarihi', 'födelsedag', 'geboortedatum',
  // transliterated column names (foedselsdato), Finnish, Czech (and its abbreviation, nar.) and Hungarian
  'foedselsdato', 'fodselsdato', 'syntymäpäivä', 'syntymaaika', 'syntymapaiva', 'fodelsedatum', 'nar.', 'datum narození', 'datum narozeni', 'születési dátum', 'szuletesi datum', 'születési idő',
  // born in a place, then the date (nato a Genova il …, nacido/a el …, nací el …), Polish ur. (urodzony)
  'nato a', 'nata a', 'nato/a a', 'nata/o a', 'nacido el', 'nacida el', 'nacido/a el', 'nacido', 'nacida', 'nací el', 'naci el', 'nasceu em', 'nasci em', 'nascida em', 'nascido em', 'ur.',
  // Indonesian and Malay (tanggal lahir, a column's tgl_lahir, tarikh lahir)
  'tanggal lahir', 'tgl lahir', 'tgl. lahir', 'tgl_lahir', 'tanggal_lahir', 'tarikh lahir', 'tarikh_lahir', 'lahir',
  // Greek (ημερομηνία γέννησης, abbreviated ημ. γέννησης, ημ/νία γέννησης)
  'ημερομηνία γέννησης', 'ημ. γέννησης', 'ημ/νία γέννησης', 'ημερ. γέννησης', 'γέννησης',
  // Romanian and Moldovan (data nașterii, născut la, a column's data_nasterii)
  'data nașterii', 'data nasterii', 'data naşterii', 'data nașterii:', 'născut', 'născută', 'nascut', 'nascuta', 'născut la', 'născută la', 'nascut la',
  // Russian and Ukrainian (дата рождения, a 1C export's <ДатаРождения>, дата народження)
  'дата рождения', 'дата рожд.', 'дата народження',
  // SAP HCM's field for it (infotype 0002's GBDAT)
  'gbdat',
  // Nepal's records give it in both calendars: `dob_ad` (Gregorian) and `dob_bs` (Bikram Sambat)
  'dob ad', 'dob bs',
  // Croatian, Serbian and Bosnian (datum rođenja, rođ.), Slovenian (datum rojstva, roj.)
  'datum rođenja', 'datum rodjenja', 'rođ.', 'rođen', 'rođena', 'datum rojstva', 'rojen', 'rojena', 'roj.',
  // Uzbek (tug'ilgan sana, a column's tugilgan_sana)
  "tug'ilgan sana", 'tug‘ilgan sana', 'tugilgan sana', "tug'ilgan",
  // Vietnamese (ngày sinh, sinh ngày, ngày tháng năm sinh; a column's ngay_sinh)
  'ngày sinh', 'ngay sinh', 'sinh ngày', 'sinh ngay', 'ngày tháng năm sinh', 'ngay thang nam sinh', 'năm sinh', 'nam sinh',
  // Hindi in Latin letters (janm tithi, janam tithi: date of birth), as Indian exports head the column
  'janm tithi', 'janam tithi', 'janm_tithi', 'janam_tithi', 'janmtithi',
  // a Thai export's birth date in the Buddhist era (`dob_be`)
  'dob be', 'dob_be', 'birth date be', 'birth_date_be',
]);

const MONTHS: Readonly<Record<string, number>> = {};
{
  const names: [number, string][] = [
    [1, 'january jan januar janvier enero gennaio janeiro januari jän'],
    [2, 'february feb februar février fevrier febrero febbraio fevereiro februari'],
    [3, 'march mar märz maerz mars marzo março maart'],
    [4, 'april apr avril abril aprile'],
    [5, 'may mai mayo maggio maio mei'],
    [6, 'june jun juni juin junio giugno junho'],
    [7, 'july jul juli juillet julio luglio julho'],
    [8, 'august aug août aout agosto augustus'],
    [9, 'september sep sept septembre septiembre settembre setembro'],
    [10, 'october oct oktober octobre octubre ottobre outubro okt'],
    [11, 'november nov novembre noviembre novembro'],
    [12, 'december dec dezember décembre decembre diciembre dicembre dezembro dez'],
  ];
  for (const [n, list] of names) for (const w of list.split(' ')) (MONTHS as Record<string, number>)[w] = n;
}
/** Month names (all languages above) in lower, Capitalised and UPPER case, as a trie. */
const MONTH = toTrieSource(caseForms(Object.keys(MONTHS)));
/** English month names only, Capitalised or UPPER: the month-first format ("March 12, 1990"). */
const EN_MONTH = toTrieSource(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
    .split(' ')
    .flatMap((m) => [m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()]),
);
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
/** The months as airline systems write them, in a DDMMMYY date (06NOV67). */
const AIRLINE_MONTH = '(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)';
const YEAR = '(?:19|20)\\d{2}';
/** A year of the Buddhist era, as Thai forms write a birth date (2530 = 1987): 2440 to 2569. */
const BE_YEAR = '(?:24[4-9]\\d|25[0-6]\\d)';
/** The Buddhist era's offset from the common era. */
const BE_OFFSET = 543;

/** The written forms readings() takes apart: ISO, day-month-year, Czech spaced, compact, an airline's. */
const ISO_DATE = native(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u);
const DAY_MONTH_YEAR = native(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/u);
const SPACED_DAY_MONTH_YEAR = native(/^(\d{1,2})\. (\d{1,2})\. (\d{4})$/u);
const COMPACT_DATE = native(/^((?:19|20)\d{2})(\d{2})(\d{2})$/u);
const AIRLINE_DATE = native(/^(\d{2})([a-z]{3})(\d{2})$/u);

/** The plausible (year, month, day) readings of a matched date. */
function readings(s: string): [number, number, number][] {
  const t = s.toLowerCase();
  let m = ISO_DATE.exec(t);
  if (m) return [[Number(m[1]), Number(m[2]), Number(m[3])]];
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const y = toYear(m[3] as string);
    return [
      [y, Number(m[2]), Number(m[1])],
      [y, Number(m[1]), Number(m[2])],
    ];
  }
  // Czech and Slovak day-first dates with spaces (`9. 4. 1983`).
  m = SPACED_DAY_MONTH_YEAR.exec(t);
  if (m) return [[Number(m[3]), Number(m[2]), Number(m[1])]];
  // Compact YYYYMMDD (identity-check APIs' "birth": "19930814").
  m = COMPACT_DATE.exec(t);
  if (m) return [[Number(m[1]), Number(m[2]), Number(m[3])]];
  // Airline and travel systems' DDMMMYY (06NOV67, APIS and PNR displays).
  m = AIRLINE_DATE.exec(t);
  if (m) return [[toYear(m[3] as string), MONTHS[m[2] as string] ?? 0, Number(m[1])]];
  const words = t.match(/[\p{L}]+|\d+/gu) ?? [];
  let day = 0;
  let month = 0;
  let year = 0;
  for (const w of words) {
    if (/^\d{4}$/u.test(w)) year = Number(w);
    else if (/^\d{1,2}$/u.test(w)) day = Number(w);
    else if (MONTHS[w] !== undefined) month = MONTHS[w] as number;
  }
  return [[year, month, day]];
}

function toYear(y: string): number {
  if (y.length === 4) return Number(y) >= 2400 ? Number(y) - BE_OFFSET : Number(y);
  const now = new Date().getFullYear() % 100;
  return Number(y) <= now ? 2000 + Number(y) : 1900 + Number(y);
}


// A date next to a birth-date label (DOB, date of birth, born, birthday, Geburtsdatum, geb.,
// né le, fecha de nacimiento, ...): ISO (1985-03-12), numeric day/month/year with - / . (either
// order; two- or four-digit year) or written out (12 March 1985, March 12th, 1985, 12. März 1985).
// The date must exist, lie in the past and be at most 125 years ago. Only the date is reported.
/** How far into its line an answer's date may stand (`P: It's 09/05/1977, …`). */
const ANSWER_REACH = 48;

/**
 * Whether the date answers a question about a birth date on the line before it: a call's or a
 * chat's turn (`Can I take your date of birth …?` then `It's 09/05/1977`), near its line's start.
 */
function answersBirthDateQuestion(ctx: { text: string; start: number }): boolean {
  const { text, start } = ctx;
  const ls = lineStartNear(text, start, ANSWER_REACH + 1);
  if (ls === 0 || start - ls > ANSWER_REACH || text[ls - 1] !== '\n') return false;
  const question = text.slice(lineStartNear(text, ls - 1, 300), ls - 1);
  if (!/\?[ \t]*\r?$/u.test(question)) return false;
  DOB_LABEL.lastIndex = 0;
  return DOB_LABEL.test(question);
}

/** The verb after the date, as German and Dutch word order puts it (`am 17.10.1958 geboren`, `in Köln geboren`). */
const BORN_AFTER = /^[ \t]{1,2}(?:(?:in|te) [\p{Lu}][\p{L}-]{1,30} )?geboren(?![\p{L}])/u;

/** A PNR's APIS DOCS element, its fields up to the date of birth (`SSR DOCS LH HK1 P/DEU/<number>/DEU/`). */
const SSR_DOCS_DOB_BEFORE = /SSR DOCS [A-Z0-9]{2} [A-Z]{2}\d{1,2}[ /][A-Z]{1,2}\/[A-Z]{3}\/[A-Z0-9]{1,20}\/[A-Z]{3}\/$/u;

/** A custom field's label beside its value: Personio's `{"label": "Geburtsdatum", "value": "…"}`. */
const FIELD_LABEL_BEFORE = native(/"(?:label|name|title)"[ \t]*:[ \t]*"([^"\n]{1,40})"[ \t]*,[ \t\r\n]*"value"[ \t]*:[ \t]*"$/u);

function isLabelledField(ctx: MatchContext): boolean {
  const label = FIELD_LABEL_BEFORE.exec(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start))?.[1];
  return label !== undefined && DOB_LABEL.test(label);
}

export default defineRule({
  id: 'date-of-birth',
  category: 'pii',
  description: 'Date of birth (a past date next to a birth-date label)',
  keywords: ['ssr docs', 'dob:', 'dob ', 'dob"', 'dob\\"', "dob'", 'dob`', 'dob=', 'dob_', 'dob\t', 'dob\n', 'dob,', 'dob;', 'dob|', 'dob)', 'dob]', 'dob<', 'data_ur', 'data ur', 'narodenia', 'd.o.b', 'birth', 'born', 'bday', 'b-day', 'geburt', 'geb.', 'gebdat', 'geb.-dat', 'geboren', 'naissance', 'nacimiento', 'nascita', 'nascimento', 'nasc', 'nac.', 'nato il', 'nata il', 'nato/a il', 'nata/o il', 'geboorte', 'delsedatum', 'dselsdato', 'syntym', 'urodzenia', 'ddn', 'fecha_nac', 'fecha nac', 'tarihi', '(e) le', 'foedselsdato', 'fodselsdato', 'syntym', 'narozen', 'nato a', 'nata a', 'nato/a a', 'nacid', 'naci', 'nasceu', 'nasci em', 'nascida em', 'nascido em', 'ne le', 'nee le', 'ne(e) le', 'ur. ', 'fodt', 'fodd', 'syntynyt', 'rodenja', 'rodjenja', 'rojstva', 'rod. ', 'roj. ', 'roden', 'rojen', "tug'ilgan", 'tugilgan', 'ngay sinh', 'ngay_sinh', 'sinh ngay', 'nam sinh', 'nasterii', 'nascut', 'nascuta', 'lahir', 'gennis', 'szuletesi', 'janm', 'janam', 'nar. ', 'rozdenia', 'rozd.', 'narodzenn', 'gbdat'],
  // The value stands near its label (or a few table rows under a header that names it).
  // Tables: a CSV header names the column once, over many rows.
  window: { before: 64, after: 4000 },
  columns: true,
  // NOTE: every branch consumes a digit or a month's first letter before any lookaround, and month
  // names are a trie; the match is case-sensitive (lower, Capitalised and UPPER forms are listed).
  pattern: new RegExp(
    [
      `\\d(?<![\\w./-]\\d)(?:(?<=[12])(?<=(?=${YEAR}).)\\d{3}([-/.])(?:0?[1-9]|1[0-2])\\1${DAY}|(?<=(?=${DAY}[-/.]).)\\d?([-/.])${DAY}\\2(?:${YEAR}|${BE_YEAR}|\\d{2})|(?<=(?=${DAY}\\. ).)\\d?\\. (?:0?[1-9]|1[0-2])\\. ${YEAR}|(?<=(?=${DAY}(?:st|nd|rd|th)?(?:\\.?\\s|-)).)\\d?(?:st|nd|rd|th)?(?:\\.?\\s(?:of\\s|de\\s)?|-)${MONTH}(?:\\.?,?\\s(?:de\\s)?|-)${YEAR}|(?<=(?=\\d{2}${AIRLINE_MONTH}\\d{2}).)\\d${AIRLINE_MONTH}\\d{2}|(?<=[12])(?<=(?=${YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?!\\d)).)\\d{7})`,
      `${EN_MONTH}(?<![\\w]${EN_MONTH})\\.?\\s${DAY}(?:st|nd|rd|th)?,?\\s${YEAR}`,
    ]
      .map((b) => `(?:${b})`)
      .join('|')
      .replace(/^/u, '(?:(?:') +
      // (Midnight in ISO form may follow: validate reads it.)
      ')(?!(?!T00:00)[\\w/-])(?!\\.\\d)' +
      // A PNR's APIS DOCS element between its slashes, before the holder's sex: `…/DEU/14MAR85/F/…` (validate reads the element).
      `|\\d(?<=\\/\\d)\\d${AIRLINE_MONTH}\\d{2}(?=\\/[MFXU]{1,2}\\/))`,
    'gu',
  ),
  validate: (s, ctx) => {
    const r = readings(s);
    // 1 January is a form's, a fixture's and a migration's default date (the Unix epoch, 1900-01-01,
    // 1980-01-01) as often as anyone's birthday.
    if (r.every(([, m, d]) => m === 1 && d === 1)) return false;
    // Go's reference date as a layout (`dob.Format("2006-01-02")`, `time.Parse("02/01/2006", …)`): a format, no one's birthday.
    if (/^(?:2006-01-02|01\/02\/2006|02\/01\/2006|02\.01\.2006|2006\/01\/02)$/u.test(s) && GO_LAYOUT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start))) return false;
    // A date with a time of day is a timestamp (a chat export's `03/06/2024 08:40 - …`), not a birthday.
    // (Not midnight in ISO form, `1981-06-14T00:00:00+02:00`: an HR system's date field as a timestamp.)
    const after = ctx.text.slice(ctx.end, ctx.end + 32);
    if (/^,?[ T]\d{1,2}:\d{2}/u.test(after) && !/^T00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:.])/u.test(after)) return false;
    // (German and Dutch put the verb after the date: "Ich bin am 17.10.1958 geboren", "op 3 mei 1961 geboren".)
    if (!r.some(isPlausibleBirthDate)) return false;
    // (A DOCS element's date only after its element's fields: SSR_DOCS_DOB_BEFORE.)
    const docs = SSR_DOCS_DOB_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start));
    if (ctx.text.charAt(ctx.start - 1) === '/' && !docs) return false;
    if (!(docs || isLabelled(ctx, DOB_LABEL, { before: 64, lines: 1 }) || BORN_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 40)) || answersBirthDateQuestion(ctx) || isLabelledField(ctx))) return false;
    // (Nor is a fixture's record: a placeholder person or an address at a reserved domain on the line.)
    return !native(PLACEHOLDER_ROW).test(matchLine(ctx, 400)) && !isOnPlaceholderPersonLine(ctx) && !isOnTestRecordLine(ctx);
  },
  redactAs: 'dob',
  examples: {
    positive: [
      // a notebook's printed table, its header word centred over the column
      ' visit_id     member_name      dob      plan\n0  V-3301  Ingrid Solberg   1961-10-23  GOLD\n',
      // an HR system's custom field (its label beside its value, a midnight timestamp), an SAP extract's GBDAT column
      '"attr_77": {\n  "label": "Geburtsdatum",\n  "value": "1981-06-14T00:00:00+02:00"\n},',
      'PERNR    |CNAME                |GBDAT     |GESCH\n---------+---------------------+----------+-----\n00012345 |A. Beispiel          |19810614  |1',
      '{"district": "Kaski", "dob_ad": "1981-06-14", "sex": "F"}',
      // a 1C payroll register's XML and an HR export's column, in Russian
      '<Работник>\n  <ФИО>Пример Иван Иванович</ФИО>\n  <ДатаРождения>1982-03-27</ДатаРождения>\n</Работник>',
      'ФИО;Отдел;Дата рождения\nПример Иван Иванович;склад;27.03.1982',
      // a YAML record of a real-looking patient (a placeholder's record is none: see the negatives)
      'patient_17:\n  first_name: Ingrid\n  last_name: Solberg\n  date_of_birth: 1984-03-12\n',
      // a JSON record escaped inside a HAR entry's text
      '"text": "{\\"name\\": \\"A. Person\\", \\"dob\\": \\"04/17/1992\\"}"',
      // a qualifier in brackets between the label and the date
      '- Date de naissance (demandée par votre formulaire) : 02/03/1989',
      '- Ημ. γέννησης: 14/03/1952',
      // a manifest's abbreviated column; a chat's answer
      'N;TRAT;SEXO;F_NACIMIENTO;NACIONALIDAD\n1;MRS;F;23/10/1971;ESP',
      'Mi madre nació el 02/07/1949 en Burgos',
      '  1. Zoran Milenković, rođ. 03.02.1958. - soba 1',
      'App đọc sai số CCCD của em. Em sinh ngày 12/07/2002.',
      'user_id,ho_ten,ngay_sinh,gioi_tinh\nc140dda5,A. Example,14/03/1988,Nam\n',
      "Ismim Tursunova Malika Rustam qizi, tug'ilgan sana 16.05.2000, manzil: Yakkasaroy tumani",
      'Rbr;Prezime;Ime;Spol;Datum rođenja\n1;Bošnjak;Kristina;Ž;03.09.1986.\n',
      'Zap.št.;Priimek;Ime;Datum rojstva\n1;Župan;Andrej;1977-02-09\n',
      'Klarna lehnt meinen Ratenkauf ab. Ich bin am 17.10.1958 geboren, so steht es auch im Kundenkonto.',
      '    F. nacimiento:  22/09/1983',
      'Né(e) le : 11/07/1969',
      // a feminine label, and Spanish and Portuguese dates written with "de"
      '   Née le 3 décembre 1958 à Marseille',
      'Paciente nacida el 7 de julio de 1990 en Sevilla',
      'Nombre completo: A. Ejemplo, nacido 03/14/2011, solicita la carta.',
      // a notebook's data frame as HTML: the header is the <th> above the cell
      '<table>\n  <thead>\n    <tr><th></th><th>name</th><th>date_of_birth</th></tr>\n  </thead>\n  <tbody>\n    <tr><th>0</th><td>M. Verschoor</td><td>1981-06-17</td></tr>\n  </tbody>\n</table>',
      '"preview": "Per la verifica dell\'età sull\'ordine 43148: sono nato/a il 13/01/1967."',
      'Doğum tarihi: 14.11.1965',
      'SEQ,PAX_NAME,PTC,DOB,NAT\n1,"MAKRI/DESPOINA MRS",ADT,14FEB71,GRC',
      'APIS incomplete for traveler (dob 03AUG88), document missing',
      '{"name": "R", "birth": "19870923", "carrier": "SKT"}',
      'u.date_of_birth = Date.parse("1962-10-17")',
      "INSERT INTO public.customers_kyc (id, full_name, iban, dob) VALUES (1078, 'Anna Visser', 'NL35RABO0371928465', '1997-03-14');",
      'Nascimento: 21/05/1990',
      '      "dob_be": "14/08/2531",',
      'Il Sig. Marco Vitale, nato a Ancona il 04/12/1991, C.F. allegato',
      'Y de otra, D./D.ª Pablo Serrano Ruiz, con NIE en trámite, nacido/a el 06/01/1987',
      'Pacjent (ur. 15.09.1965) ma w systemie inną datę',
      `DOB: 19${fake('{d1}', 241)}4-03-${String((Number(fake('{d2}', 242)) % 28) + 1).padStart(2, '0')}`,
      // a column named without the preposition
      'id_patient;date_naissance;service\nP-56228;05/10/1993;pneumologie',
      'Re: Harriet Ashworth   DOB: 23-Feb-2002   NHS No: 483 921 5766',
      'Sócio: João Pereira  CPF: 517.293.846-09  Nasc.: 03/06/1962',
      'Titular: Lucía Fernández Ortega | DNI: 61827394J | F. nac.: 17/03/1994',
      // a pg_dump data block: tab-separated rows under `COPY … (columns) FROM stdin;`
      'COPY public.members (id, dob, city) FROM stdin;\n7\t1984-03-12\tLeiden\n\\.',
      "INSERT INTO customers (id, first_name, email, date_of_birth, created_at) VALUES\n  (1000, 'Henrik', 'h.a@telenor.no', DATE '1979-05-26', now()),\n  (1001, 'Chiara', 'c.b@libero.it', '1975-11-09', now());",
      // a table whose only date sits 31 rows (over 500 characters) under its header
      `id,name,date_of_birth,city\n${Array.from({ length: 30 }, (_, i) => `${i + 1},Person ${i + 1},,Lyon`).join('\n')}\n31,Person 31,1971-04-12,Lyon`,
      '"dateOfBirth": "07/11/1983"',
      'Geburtsdatum: 12.03.1979',
      'born on 3 March 1990 in Leeds',
      'name,dob\nA. B.,1988-02-29',
      'Pasienten er født 11.12.1995 og finnes i Folkeregisteret.',
      // mysqldump's quoted column list; a legacy Polish export's DATA_UR column; a Slovak KYC record
      "INSERT INTO `customer` (`id`,`full_name`,`dob`,`city`) VALUES (1042,'A. Example','1961-04-19','Kraków'),\n(1043,'B. Example','1979-11-02','Łódź');",
      // a Finnish seed's ASCII column name (syntymäaika without its umlauts)
      "INSERT INTO asiakas (id, nimi, syntymaaika) VALUES (7, 'Kalle Rinne', '1988-02-17');",
      // a Czech roster's birth dates, written with spaces after the dots
      'id\tdatum_narozeni\tmesto\n7\t9. 4. 1983\tBrno\n',
      'Řidič: A. Příklad, nar. 21. 3. 1966, Ostrava',
      // a KYC queue's column headed in Hindi written in Latin letters
      'kyc_ref\tjanm_tithi\tshehar\nK-1\t14/02/1979\tPune\n',
      'NR;NAZWISKO_IMIE;MIASTO;DATA_UR\nK1;EXAMPLE ANNA;GDYNIA;17.03.1966\n',
      '{"meno": "A. Example", "datum_narodenia": "05.11.1970"}',
      // a payroll record's abbreviated German label
      'Datensatz: PersNr=0342; Name=Example, Anna; GebDat=17.02.1981; StKl=1',
      // a call's answer to the question on the line before
      'Agent: Could you confirm your date of birth for me?\nP: It\'s 09/05/1977, and the flat above the bakery.',
      // an Amadeus PNR's DOCS element: the date of birth after the passport's number and nationality
      ` 10 SSR DOCS LH HK1 P/DEU/${fake('C{u8}', 101170)}/DEU/14MAR85/F/15JAN32/EXAMPLE/ADA/P1`,
      // the record's date, with the words that say which record ("on file")
      `[08:31] agent: confirmed, DOB on file 19${fake('{d2}', 101226)}-02-27 is right.`,
      // a Brazilian ticket's customer
      'Cliente A. Exemplo, CPF ***, nascida em 17/05/1971, relata que o pedido não chegou',
      // a Java record's toString in a Hungarian import log: the field name without its accents
      'BerRekord{sor=7, szuletesi_datum=1983-06-21, munkakor=raktaros}',
      // an HTML report's table whose first row, not a <thead>, heads the columns
      '<table>\n<tr><th>Name</th><th>DOB</th><th>Risk</th></tr>\n<tr><td>A. Example</td><td>14.02.1983</td><td>high</td></tr>\n</table>',
      // a mutual's export under a preamble of its contract, its header with an elided `d'effet`
      '"Contrat collectif";"CC-1"\n\n"N° adhérent";"Assuré";"Date de naissance";"Date d\'effet"\n"A-1";"A. Exemple";"12/09/1987";"01/04/2024"',
      // a French notebook's DataFrame: pandas prints right-aligned column names one space apart
      '  matricule        nom_complet                       email date_naissance  service\n0  SR0001    Gwendoline Wauthier g.wauthier@clinique-ysa.fr        1993-04-17    Soins\n',
    ],
    negative: [
      // Go's reference date as a layout, in a test comparing a patient's stored birth date
      '\tdob := p.DOB.Format("2006-01-02")',
      // a fixture's stand-in patient, its address nested in the record
      '{\n  "firstName": "Jane",\n  "lastName": "Doe",\n  "dob": "1971-01-02",\n  "address": {\n    "street": "1 Sample Way",\n    "zip": "99999"\n  }\n}',
      // a JSON fixture's record at a reserved domain
      '{\n  "full_name": "Ada Quill",\n  "email": "ada.quill@example.com",\n  "date_of_birth": "1985-06-15"\n}',
      // a path's date segment before a one-letter segment
      'GET /archive/14MAR85/F/index.html',
      // a fixture's record at a reserved domain
      'dublin_test:\n  first_name: Ada\n  last_name: Quill\n  email: tenant.two@lettings.test\n  date_of_birth: 1985-06-15\n',
      // a fixture's placeholder patient in YAML: the record's names say so
      'fixture_child:\n  first_name: Robin\n  last_name: Sample\n  date_of_birth: 2016-09-02\n',
      // a test fixture's employee, a nested object between its name and its birth date
      '{\n  "emp_code": "TE0104",\n  "full_name": "Test Employee D",\n  "bank": {"ifsc": "ABCD0000001", "holder": "TEST EMPLOYEE D"},\n  "date_of_birth": "1991-02-04"\n}',
      '03/06/2024 08:17 - Thiago Nascimento: 👍\n03/06/2024 08:40 - Aline Cardoso: cliente na linha',
      'created: 2024-01-15',
      // a Buddhist-era date in the future (2573 = 2030)
      'dob_be: 14/08/2573',
      // a test row's placeholder person
      'customer_id,full_name,email,ssn,date_of_birth\nTEST-0001,Jane Doe,jane.doe@example.com,000-00-0000,1988-04-12',
      // the same table's date under another column
      '<table><thead><tr><th></th><th>date_of_birth</th><th>signup_date</th></tr></thead><tbody><tr><th>0</th><td>unknown</td><td>1981-06-17</td></tr></tbody></table>',
      'DOB: 2099-05-01',
      'DOB: 31/02/1990',
      'born in 1990',
      'Release date 12.03.1979, birthday party planned',
      'DOB: 1850-01-01',
      'date_of_birth: 1970-01-01',
      // a question about a birth date, then a date that is no answer (far into a sentence)
      'Q: Which date of birth did the form show?\nA: The import ran on the night of the migration, and the record says 09/05/1977 was never set.',
      // a timestamp that is not midnight, under a birthday key, is a record's time
      '"label": "Geburtsdatum", "changed": "2024-03-01T08:15:00+01:00"',
    ],
  },
});
