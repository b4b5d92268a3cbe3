import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import { columnHeader, isLabelled, isTrivialNumber, labelRegex, matchLine } from './_context';

/** Labels of a driving licence's number, and of a tachograph driver card's, in the languages of the EU and beyond. */
/** A business's licence before `licence no`: a property agent's (PSRA, Ireland), a premises', a trading or a software licence. */
const BUSINESS_LICENCE_BEFORE = native(/(?:PSRA|[Pp]remises|[Tt]rading|[Bb]usiness|[Ll]iquor|[Aa]lcohol|[Ss]oftware|[Mm]usic|[Bb]roadcast(?:ing)?|[Ee]state [Aa]gent|[Cc]onsumer [Cc]redit|CMP)[ \t]+licen[cs]e[ \t]*(?:no|nr|number)\.?[ \t]*:?[ \t]*$/u);

const LICENCE_LABEL = labelRegex([
  "driver's license", "driver's licence", 'drivers license', 'drivers licence', 'driver license', 'driver licence', 'driving license', 'driving licence',
  'licence no', 'licence nr', 'licence number', 'dl number', 'dl no', 'führerschein', 'führerscheinnummer', 'führerschein-nr', 'fuehrerschein', 'fuehrerschein nr', 'fahrerkarte',
  'permis de conduire', 'permis de conducere', 'permis conducere', 'permiso de conducir', 'licencia de conducir', 'carnet de conducir', 'patente di guida',
  // Mexico's federal licence (truck drivers', SCT) and a state's driving licence
  'licencia federal', 'licencia federal de conductor', 'licencia de manejo', 'licencia_federal', 'licencia_manejo',
  'carta de condução', 'carta de conducao', 'carteira de motorista', 'cnh', 'rijbewijs', 'rijbewijsnummer', 'prawo jazdy', 'prawa jazdy', 'nr prawa jazdy', 'numer prawa jazdy', 'nr pj', 'numer pj', 'řidičský průkaz', 'číslo rp', 'cislo rp', 'č. rp', 'číslo řp', 'č. řp', 'číslo vp', 'cislo vp', 'č. vp', 'řidičského průkazu', 'číslo řidičského průkazu',
  'vodičský preukaz', 'vairuotojo pažymėjimas', 'ajokortti', 'körkort', 'kørekort', 'førerkort', 'ehliyet', 'sürücü belgesi', 'δίπλωμα οδήγησης',
  'driver card', 'tachograph card', 'tacho card', 'tacho card no', 'karta kierowcy', 'carte conducteur', 'karta řidiče',
  // the card's number in a Polish, Czech or Slovak driver export (`Nr karty kierowcy`, `Karta vodiča`), and a telematics box's driver slots (`drv1_card=`)
  'karty kierowcy', 'nr karty kierowcy', 'karty řidiče', 'karta vodiča', 'karty vodiča', 'driver_card', 'drv1_card', 'drv2_card',
  // Russian (водительское удостоверение, a roster's `ВУ` column, `в/у`) and Ukrainian (посвідчення водія)
  'водительское удостоверение', 'вод. удостоверение', 'ву', 'ВУ', 'в/у', 'В/У', 'посвідчення водія',
]);

/** A US state's code then `DL` right before the value (`WA DL WDL…`, `NY DL 3625…`): a state's licence. */
const STATE_DL_BEFORE = native(/(?<![A-Za-z])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])[ \t]+DL[ \t]*[#:]?[ \t]*$/u);
/** The number field of a licence object (`"drivers_license": { "state": "OR", "number": "`). */
const LICENCE_OBJECT_NUMBER_BEFORE = native(/"(?:drivers?_?licen[cs]e|driving_?licen[cs]e|dl)"[ \t]*:[ \t]*\{[^{}\n]{0,80}"(?:number|no|id)"[ \t]*:[ \t]*"$/iu);

/** The card field of a driver's object (`"driver": { "name": …, "card": "`): a route export's driver and their tachograph card. */
const DRIVER_OBJECT_CARD_BEFORE = native(/"(?:driver|kierowca|ridic|řidič|vodic|vodič|fahrer|chauffeur|conductor)"[ \t]*:[ \t]*\{[^{}]{0,300}"(?:card|card_?no|card_?number|tacho_?card)"[ \t]*:[ \t]*"$/iu);

/** A `licence` key right before the value, or its object's number (`"licence": "`, `"licence": {"number": "`). */
const LICENCE_KEY_BEFORE = native(/"licen[cs]e"[ \t]*:[ \t]*(?:\{[^{}\n]{0,80}"(?:number|no)"[ \t]*:[ \t]*)?"$/u);

/** A Czech or Slovak licence's number (two letters, six digits: `EX 120456`, `SB123456`). */
const CZ_SK_LICENCE = /^[A-Z]{2} ?\d{6}$/u;

/**
 * An identity check's document number column (`document_number`, `doc_no`), which holds whichever
 * document its row's type names, and its card number column (an Australian licence's card number).
 */
const DOCUMENT_NUMBER_COLUMN = native(/^["']?(?:document|doc|card)[ _-]?(?:number|no|num|nr)["']?$/iu);
/** A row's document type cell that names a driving licence (`DriverLicence`, `Driver Licence`, `DRIVERS_LICENSE`). */
const LICENCE_TYPE_CELL = native(/(?:^|[,;\t|])["']?(?:drivers?'?[ _-]?licen[cs]e|driving[ _-]?licen[cs]e)["']?(?=[,;\t|]|$)/iu);

/** A date written with separators: a licence's issue or expiry date, not its number. */
const DATE = /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/u;

// A driving licence's number, or a tachograph driver card's, next to its label or under such a
// column (`licence_no`, `tacho_card_no`). Formats differ per country (UK: 16 characters from the
// holder's name and birth date; Poland: 00000/00/0000; Czechia: two letters and six digits; Lithuania:
// eight digits; a driver card: a country code and 14 characters) and carry no checksum anyone
// publishes, so only a label's value counts: 5-20 letters and digits with at least four digits,
// single spaces, slashes or dashes inside, and not a date.
export default defineRule({
  id: 'driving-licence-number',
  category: 'pii',
  description: 'Driving licence or tachograph driver card number (next to its label or under its column)',
  // (Accented letters as the keyword pass reads them: führerschein as fuhrerschein.)
  keywords: [
    "driver's licen", 'drivers licen', 'driver licen', 'driving licen', 'drivers_licen', 'driver_licen', 'driving_licen', 'licence no', 'licence_no', 'licence nr',
    'licence number', 'licence_number', 'licenceno', 'licencenumber', 'dl number', 'dl_number', 'dlnumber', 'dl no', 'dl_no', 'fuhrerschein', 'fuehrerschein', 'fahrerkarte', 'permis de condu', 'permis condu',
    'permiso de conducir', 'licencia de conducir', 'licencia federal', 'licencia_federal', 'licencia de manejo', 'licencia_manejo', 'carnet de conducir', 'patente di guida', 'carta de conducao', 'carteira de motorista', 'cnh:', 'cnh ', 'cnh,', 'cnh;', 'cnh\t', 'cnh"', 'rijbewijs',
    'prawo jazdy', 'prawa jazdy', 'prawa_jazdy', 'prawo_jazdy', 'ridicsky prukaz', 'ridickeho prukazu', 'ridicskeho prukazu', 'cislo_rp', 'cislo rp', 'c. rp', 'cislo vp', 'cislo_vp', '"licence"', '"license"', 'nr_pj', 'nr pj', 'vodicsky preukaz', 'vairuotojo', 'ajokortti', 'korkort', 'korekort', 'forerkort', 'ehliyet', 'surucu belgesi',
    // an identity check's document type cell (`DriverLicence`) on the row of its document number
    'driverlicen', 'driverslicen', 'drivinglicen',
    'driver card', 'tachograph card', 'tacho card', 'tacho_card', 'tachocard', 'karta kierowcy', 'carte conducteur', 'karta ridice',
    'karty kierowcy', 'karty ridice', 'karta vodica', 'karty vodica', 'driver_card', 'drv1_card', 'drv2_card', '"driver"',
    // a US state's code then DL (`WA DL …`), a licence object (`"drivers_license": {`)
    ' dl ', ' dl#', ' dl:', 'drivers_license', 'driverslicense', 'driver_license',
    // the Cyrillic labels as the keyword pass reads them (ВУ as vu)
    'udostoverenie', 'posvidcenna vodia', ',vu,', ';vu;', '\tvu\t', ' vu ', 'v/u',
  ],
  // The value stands near its label, or a few dozen rows under a header cell that names it.
  window: { before: 64, after: 4000 },
  columns: true,
  // (Not from a state's code or `DL` on: `WA DL WDL…` is the number after them.)
  pattern: /[A-Z0-9](?<![\w/-].)(?![A-Z]?[ \t]DL[ \t]|(?<=D)L[ \t])(?:[A-Z0-9]|[ /-](?=[A-Z0-9])){4,19}(?![\w/-])/gu,
  validate: (s, ctx) => {
    const compact = s.replace(/[ /-]/gu, '');
    const digits = compact.replace(/\D/gu, '');
    const before = ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start);
    // After a US state's code and DL, fewer digits: Washington's numbers are `WDL` and nine letters and digits.
    const stateDl = STATE_DL_BEFORE.test(before);
    if (compact.length < 5 || digits.length < (stateDl ? 1 : 4) || DATE.test(s) || /^(?:19|20)\d{2}$/u.test(s)) return false;
    // A run, or a test row's zeros (`B000000000X1`).
    if ((digits.length === compact.length && isTrivialNumber(digits)) || /0{6}/u.test(digits)) return false;
    // Two words joined by a space are a number only when both hold digits or one is a short prefix (`EB 822541`).
    if (/ /u.test(s) && s.split(' ').some((w) => !/\d/u.test(w) && w.length > 3)) return false;
    // (A bare `licence no` after a business's licensing body names its trading licence: `PSRA licence no.`, a bar's `premises licence no`.)
    if (stateDl || LICENCE_OBJECT_NUMBER_BEFORE.test(before)) return true;
    // A record's bare `licence` key holds a driving licence's number when the number has a Czech or Slovak licence's shape.
    if (CZ_SK_LICENCE.test(s) && LICENCE_KEY_BEFORE.test(before)) return true;
    if (DRIVER_OBJECT_CARD_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 360), ctx.start))) return true;
    // An identity check's document number on a row whose document type is a driving licence (a DVS or KYC export).
    if (DOCUMENT_NUMBER_COLUMN.test(columnHeader(ctx)?.trim() ?? '') && LICENCE_TYPE_CELL.test(matchLine(ctx, 600))) return true;
    return isLabelled(ctx, LICENCE_LABEL, { before: 40, lines: 1 }) && !BUSINESS_LICENCE_BEFORE.test(before.slice(-40));
  },
  redactAs: 'driving-licence',
  references: ['https://eur-lex.europa.eu/eli/dir/2006/126/oj', 'https://eur-lex.europa.eu/eli/reg/2016/799/oj'],
  examples: {
    positive: [
      `Prawo jazdy:           ${fake('{d5}', 801)}/19/${fake('{d4}', 802)}  (kat. C+E)`,
      `Řidičský průkaz:  EK ${fake('{d6}', 803)}`,
      `Driving licence number: KESTR${fake('{d6}', 804)}RJ9AB`,
      'driver_id;full_name;licence_no;licence_valid_until\nDRV-2001;Henrik Lindqvist;58213946;2031-04-30',
      `Karta kierowcy: PL${fake('{d14}', 805)}`,
      // a Polish driver export's card column, a tracker's driver slot, a route export's driver object
      `Nr ewid.;Imię;Nazwisko;Nr karty kierowcy;Telefon\nKL-1;Adam;Przykładowy;1${fake('{d15}', 102003)};+48 600 000 000\n`,
      `2024-10-15T03:00:32Z imei=${fake('{d15}', 102004)} spd=50 drv1_card=${fake('{d16}', 102005)} drv1_state=DRIVE`,
      `{"vehicle": "KL-7", "driver": {"name": "Petr Příklad", "card": "${fake('{d16}', 102006)}"}}`,
      `"tacho_card_no": "DE${fake('{d14}', 806)}"`,
      `Führerschein-Nr.: B07${fake('{d2}', 807)}RRE2I55`,
      // a US state's code then DL in a case note, and a licence object's number
      `- WA DL WDL${fake('{A6}{d3}{A2}', 101224)}`,
      `"drivers_license": { "state": "OR", "number": "${fake('{d7}', 101225)}", "expires": "2029-12-22" },`,
      // a Mexican carrier's onboarding export: a truck driver's federal licence under its column
      `id_operador\tnombre_completo\tlicencia_federal\tcp\nOP-MX-1180\tA. Ejemplo\tNLE00${fake('{d5}', 101375)}\t64460\n`,
      // a Russian driver roster's licence column, and a consignment note naming the driver's licence
      'ФИО,Телефон,ВУ,Категории\nПример Иван Иванович,+7 900 000-00-00,77 41 582093,"C,CE"',
      'Водитель: Пример И. И., ВУ 77 41 582093, тел. по запросу',
      // a Polish rental contract's licence number (nr prawa jazdy: number/year/office) and a Czech one's (číslo ŘP)
      'nr_umowy;imie;nazwisko;nr_prawa_jazdy;telefon\nUN/1;Agata;Kestrel;31726/19/0417;600 000 000\n',
      'cislo_smlouvy,jmeno,prijmeni,cislo_rp,telefon\nCZ-1,Petra,Kestrelova,EK 407712,+420 600 000 000\n',
      // a car-sharing app's customer export (Číslo ŘP, Číslo VP) and its API's licence object and log key
      `Jméno;Příjmení;Číslo ŘP;Platnost ŘP do\nPetra;Příkladová;EK ${fake('{d6}', 102093)};17.01.2031\n`,
      `Meno;Priezvisko;Číslo VP;Skupiny VP\nPetra;Príkladová;SB${fake('{d6}', 102094)};B\n`,
      `{"customerNo": "1", "licence": {"number": "EA ${fake('{d6}', 102095)}", "validUntil": "2032-01-02", "groups": ["B"]}}`,
      `{"msg": "licence verification failed", "customer_no": "2", "licence": "EL ${fake('{d6}', 102096)}"}`,
      // an identity-verification export: the document number on a row whose document type is a driving licence
      `verification_ref,given_name,family_name,document_type,document_number,state_of_issue\nDVS-1,Ada,Example,DriverLicence,${fake('{d8}', 102114)},NSW\n`,
    ],
    negative: [
      // an empty driver slot, and a driver object's other numbers
      'drv1_card=0000000000000000 drv1_state=REST',
      `{"driver": {"name": "Petr Příklad", "phone": "+420 ${fake('{d9}', 102008)}"}}`,
      // an Irish letting agent's letterhead: its property services licence
      '3rd Floor, 12 Merrion Row, Dublin 2. PSRA licence no. 001234. Tel. (01) 555 0100',
      'Prawo jazdy: ważne do 2031-05-20',
      'licence_no;licence_valid_until\n12345678;2030-01-01',
      "Driver's license: pending",
      'MIT License\n\nCopyright (c) 2024 Nordhaven Cargo',
      'driving licence checked on 14/03/2024 by HR',
      'licence number: see the attached scan',
      'rider_id,name,fuehrerschein_nr\nrdr_test01,Erika Mustermann,B000000000X1',
      'DL speed 48213 kbps on the WAN link',
      '"drivers_license": { "state": "OR", "number": null },',
      // a software licence's key under a bare licence key
      '{"product": "Example IDE", "licence": "PRO-2024-55120"}',
      // the same export's Medicare card row
      `verification_ref,given_name,family_name,document_type,document_number,state_of_issue\nDVS-2,Ada,Example,Medicare,${fake('{d10}', 102115)},\n`,
    ],
  },
});
