import { native } from '../../scan/nativeRegex';
import { defineRule, fake } from '../defineRule';
import type { MatchContext } from '../../types';
import { columnHeader, hasContext, isTrivialNumber, matchLine, tableHeaderRow } from './_context';
import { isDeviceRecord } from './_devices';

/**
 * Labels and column headers of a vehicle's registration plate, in the languages of fleet, courier
 * and insurance exports (normalised, lower case): plate, licence/license plate, vehicle reg,
 * Turkish plaka, German Kennzeichen (Switzerland's Kontrollschild), Spanish and Portuguese matrícula/placa, Italian targa (a car `targato`), Dutch
 * kenteken, French plaque/immatriculation (a car `immatriculé`; also as an XML element, `<Immatriculation>`), Czech SPZ, Indonesian and Malay nopol/plat nomor; each
 * may end in whose car it is (`immatriculation_voiture`, `kenteken auto`, `Kennzeichen Pkw`); a haulier's
 * roster names the tractor's and the trailer's plates (Polish ciągnik and naczepa, Czech SPZ tahače,
 * Lithuanian vilkiko nr and priekabos nr, Estonian veoki reg nr, Latvian Auto Nr.); Australians and New
 * Zealanders call it the rego; Vietnamese biển số (biển kiểm soát, BKS), the Nordic reg.nr, regNo,
 * registreringsnummer, rekisterinumero and nummerplade, Flemish nummerplaat (a Belgian export's `plaque_nummerplaat`), an Indian fleet's `vehicle_no`, and a Swedish payslip's förmånsbil and a Finnish one's autoetu (the company car's plate).
 */
const PLATE_LABEL = native(
  /(?<![a-z])(?:(?:vehicle[ _-]?|car[ _-]?)?rego(?:[ _-]?(?:no|nr|number|#))?|vilkikas|vilkiko nr\.?|priekaba|priekabos nr\.?|naczep[ay]|ci[aą]gnik(?:a|iem)?|(?:licen[cs]e|number|reg(?:istration)?|vehicle|car|van|bike|motor|parking)?[ _-]?plates?(?:[ _-]?(?:no|nr|number|#))?(?: (?:is|are|was|were))?|vehicle(?:[ _-]?(?:reg(?:istration)?(?:[ _-]?(?:no|nr|number))?|no|nr|number))?|plaka(?:[ _-]?no)?|plakası|patente|nr\.?[ _-]?rej(?:estracyjny|\.)?|numer[ _-]rejestracyjny|tablica[ _-]rejestracyjna|rejestracja|bi[eể]n[ _-]?s[oố](?:[ _-]?xe)?|bi[eể]n[ _-]?ki[eể]m[ _-]?so[aá]t|bks|reg[ _.-]?nr\.?|reg[ _.-]?no|registreringsnummer|rekisteri(?:numero|tunnus)|rek\.? ?nro|nummerplade|nummerpla(?:a|te)t|f[öo]rm[åa]nsbil|autoetu|rendsz[áa]m(?:a|ot)?|nr[ _.-]?auto|nr[ _.-]?(?:de[ _-])?[îi]nmatriculare|num[ăa]r(?:ul)?[ _-](?:de[ _-])?[îi]nmatriculare|reg(?:istarska|istracijska|istarske)?[ _.-]{0,2}oznak[ae]|vozil[oau]|veh|ta[hȟ]a[čc]|ťahač|n[áa]v[ěe]s|pojazd|autovehicul(?:ul)?|registarski[ _-]broj|рег\.?[ _-]?(?:№|номер)|регистрационен[ _-]номер|гос\.?[ _-]?(?:№|номер)|номерн(?:ой|ий)[ _-]знак|davlat[ _-]raqami|(?:αρ\.?|αριθμ[οό]ς)[ _-]?κυκλοφορ[ιί]ας|πινακ[ιί]δα|kennzeichen|kfz[ _-]?kennzeichen|kontrollschild(?:[ _-]?(?:nr|nummer))?|num[ée]ro[ _-]de[ _-]plaque|(?:amtl\.? ?)?kz\.|fzg\.|matr[ií]cula|placa|targa|targat[oa]|kenteken|immatriculation|immatricul[ée]e?|plaque|spz|nopol|no\.? ?pol|plat(?:[ _-]?(?:nomor|no))?|nomor[ _-]?(?:polisi|plat)|no[ _-]?plat|(?:no[ _-]?|nombor[ _-]?)?pendaftaran[ _-]?kenderaan|no[ _-]?kenderaan|plat[ _-]?kenderaan)(?:[ _-](?:v[ée]hicule|voiture|auto|eigen[ _-]auto|privat(?:[ _-]?pkw)?|pkw|priv[ée]e?|perso(?:nnel(?:le)?)?|ve[ií]colo|veh[ií]culo|adverse|controparte|gegner|unfallgegner|tiers|pojazdu|samochodu))?["']?[ \t]*(?:=>|[:#=>])?[ \t]*["'(]?$/u,
);
/** The same as a column's whole header. */
const PLATE_HEADER = native(/^(?:(?:veh[ií]culo|coche|auto|vettura|voiture|v[ée]hicule)[ _-](?:propio|propia|particular|privado|privada|personal|privato|privata|personnel|priv[ée]e?)[ _-])?(?:(?:licen[cs]e|number|reg(?:istration)?|vehicle|car|parking)?[ _-]?plates?(?:[ _-]?(?:no|nr|number))?|(?:truck|tractor|trailer|lorry)[ _-]?(?:plate|reg(?:istration)?)(?:[ _-]?(?:no|nr|number))?|ci[aą]gnik|naczepa|przyczepa|spz[ _-](?:tahac|tahače|navesu|návěsu|vozidla|auta)|(?:vilkiko|priekabos|automobilio)[ _-]?nr|auto[ _-]?nr\.?|(?:veoki|haagise|sõiduki|soiduki)[ _-]?reg[ _-]?nr|registreerimisnumber|vehicle[ _-]?reg(?:istration)?(?:[ _-]?(?:no|nr|number))?|vehicle[ _-]?(?:no|nr|number)|(?:plaque[ _/-])?nummerpla(?:a|te)t|plaque[ _/-](?:immatriculation|kenteken)|plaka|patente|nr\.?[ _-]?rej(?:estracyjny|\.)?|numer[ _-]rejestracyjny|rejestracja|ta[hȟ]a[čc]|ťahač|n[áa]v[ěe]s|pojazd|bi[eể]n[ _-]?s[oố](?:[ _-]?xe)?|bi[eể]n[ _-]?ki[eể]m[ _-]?so[aá]t|bks|reg[ _.-]?nr\.?|reg[ _.-]?no|registreringsnummer|regnummer|rekisteri(?:numero|tunnus)|rek\.? ?nro|nummerplade|f[öo]rm[åa]nsbil|autoetu|rendsz[áa]m(?:a|ot)?|nr[ _.-]?auto|nr[ _.-]?(?:de[ _-])?[îi]nmatriculare|num[ăa]r(?:ul)?[ _-](?:de[ _-])?[îi]nmatriculare|reg(?:istarska|istracijska|istarske)?[ _.-]{0,2}oznak[ae]|autovehicul(?:ul)?|registarski[ _-]broj|рег\.?[ _-]?(?:№|номер)|регистрационен[ _-]номер|гос\.?[ _-]?(?:№|номер)|номерн(?:ой|ий)[ _-]знак|davlat[ _-]raqami|(?:αρ\.?|αριθμ[οό]ς)[ _-]?κυκλοφορ[ιί]ας|πινακ[ιί]δα|(?:kfz[ _-]?)?kennzeichen|kontrollschild(?:[ _-]?(?:nr|nummer))?|num[ée]ro[ _-]de[ _-]plaque|matr[ií]cula|placa|targa|kenteken|immatriculation|spz|nopol|no\.? ?pol|plat(?:[ _-]?(?:nomor|no))?|nomor[ _-]?(?:polisi|plat)|no[ _-]?plat|(?:no[ _-]?|nombor[ _-]?)?pendaftaran[ _-]?kenderaan|no[ _-]?kenderaan|plat[ _-]?kenderaan)(?:[ _-](?:v[ée]hicule|voiture|auto|eigen[ _-]auto|privat(?:[ _-]?pkw)?|pkw|priv[ée]e?|perso(?:nnel(?:le)?)?|ve[ií]colo|veh[ií]culo|vn|versicherungsnehmer|gegner|unfallgegner|halter|fahrer|kunde|driver|insured|claimant|third[ _-]?party|pojazdu|samochodu|bus|busje|bestelbus|van|wagen))?$/u);
/** Letters (Latin, Cyrillic or Greek capitals, Hangul or Thai consonants) and digits both. */
const LETTER_AND_DIGIT = native(/^(?=[^A-ZА-ЯΑ-Ω가-힣\u0E01-\u0E2E\u0621-\u064a]*[A-ZА-ЯΑ-Ω가-힣\u0E01-\u0E2E\u0621-\u064a])(?=\D*\d)/u);
/** An Emirati plate's emirate, before its code letter and number. */
const EMIRATE_PREFIX = native(/^(?:Dubai|Abu Dhabi|Sharjah|Ajman|Ras Al Khaimah|RAK|Fujairah|Umm Al Quwain|UAQ) /u);
/**
 * Plates of digits only, in their dashed groups: Israel's (`12-345-67`, `123-45-678`) and Jordan's
 * (`17-12345`, the code then the number). Only a plate's key or label right before them makes them one.
 */
const DIGITS_ONLY_PLATE = native(/^(?:\d{2,3}-\d{2,3}-\d{2,3}|\d{1,2}-\d{4,5})$/u);
/** A plate's key or label right before the value: `plate=`, `"plate": "`, `Motorbike plate:`, `רכב מספר`. */
const PLATE_KEY_BEFORE = native(/(?:plate|plates|plate[_ -]?(?:no|number)|license[_ -]?plate|vehicle[_ -]?plate|רכב מספר|מספר רכב|לוחית|اللوحة|رقم اللوحة)["']?[ \t]*[:=]?[ \t]*["']?$/iu);

// A vehicle's registration plate, under its label or column: a courier's `plaka 06 BK 3172`, a field
// visit's `vehicle: KCX 915J`, a fleet export's `kennzeichen` column. A plate's format varies by
// country and many ids look like one (SKU-12A), so only a label right before it or its column's
// header makes it one; it must hold letters and digits, four to ten of them (India: `KA 51 MX 4182`, or unspaced: `KA51MX4182`). Austria's and
// Switzerland's plates run up to six digits after the district (`W-51937K`, `ZH 418530`); Poland's
// district of two or three letters then five characters (`DW 5K214`, `WX 4R190`); Korea's two or three
// digits, a Hangul syllable and four digits (`12가 3456`); Chile's four letters and two digits (`BBCD12`).
// Argentina, Chile and Uruguay call it the patente. Russia's plates are a letter, three digits, two
// letters and the region (`А123ВС 77`, in the Cyrillic letters that look Latin, or in Latin ones);
// Kazakhstan's three digits, two or three letters and the region (`814ABC02`); Uzbekistan's the region
// first (`10A123BC`). Their columns are the `гос. номер`, `номерний знак` and `davlat raqami`.
// Greece's are three Greek capitals that look Latin and four digits (`ΖΚΜ-7316`), under `Αρ. Κυκλοφορίας`
// (registration number) or `πινακίδα`. Turkey's are the province's two digits, then one letter and up to five digits (`34 K 40917`), two
// letters and up to four, or three letters and up to three.
/**
 * A German plate (district code, a dash, one or two letters, a space, up to four digits, an electric
 * or historic car's E or H: `KLE-T 318E`) or a Dutch one (three groups of letters or digits joined by
 * dashes, six characters, letters and digits both: `7-KRL-29`, `TX-418-K`). Both shapes are rare
 * elsewhere, so a word for the vehicle before one is enough (see VEHICLE_WORD_BEFORE).
 */
const DE_NL_PLATE = native(/^(?:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}[EH]?|(?=[A-Z0-9-]{8}$)(?=.*\d)(?=.*[A-Z])(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3}))$/u);

/** A word for the car right before its plate, in German and Dutch: `Fahrzeug KLE-T 318E`, `Dienstwagen (HB-QX 52)`, `voertuig TX-418-K`. */
const VEHICLE_WORD_BEFORE = native(/(?<![\p{L}])(?:Fahrzeug|Leasingfahrzeug|Dienstwagen|Firmenwagen|voertuig|leaseauto|lease-auto)[ \t]{1,2}(?:\(|:[ \t]?)?$/iu);

function isPlateAfterVehicleWord(s: string, ctx: MatchContext): boolean {
  return DE_NL_PLATE.test(s) && VEHICLE_WORD_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
}

export default defineRule({
  id: 'licence-plate',
  category: 'pii',
  description: "Vehicle registration plate under its label or column (plate, plaka, Kennzeichen, matrícula)",
  keywords: ['rego', 'regn', 'rc_number', 'rc_no', 'rc number', 'ciagnik', 'naczep', 'przyczep', 'vilkik', 'priekab', 'veoki', 'haagise', 'auto nr', 'registreerimisnumber', 'tahac', 'naves', 'pojazd', 'veh=', 'tractor', 'trailer', 'lorry', 'plate', 'plaka', 'patente', 'registration', 'reg_no', 'reg no', 'nr_rej', 'nr rej', 'nr. rej', 'nr.rej', 'rejestracyj', 'rejestracja', 'kennzeichen', 'kontrollschild', 'kykloforias', 'pinakida', 'numero de plaque', 'kz.', 'fzg.', 'matr', 'placa', 'targa', 'kenteken', 'immatriculation', 'immatricule', 'plaque', 'spz', 'vehicle', 'nopol', 'no pol', 'no. pol', 'plat_', 'plat ', 'plat,', 'polisi', 'kenderaan', 'bien so', 'bien_so', 'bien kiem', 'bks', 'regnr', 'regnummer', 'reg nr', 'reg.nr', 'reg_nr', 'regno', 'registreringsnummer', 'rekisteri', 'rek.nro', 'rek nro', 'nummerplade', 'nummerplaat', 'nummerplate', 'formansbil', 'autoetu', 'rendszam', 'nr_auto', 'nr auto', 'nr. auto', 'inmatriculare', 'oznaka', 'registarski', 'vozil', 'autovehicul', 'plates are', 'plates were', 'plate is', 'plate was', 'reg. nomer', 'reg nomer', 'reg.nomer', 'registratsionen', 'gos_nomer', 'gosnomer', 'gos. nomer', 'gos.nomer', 'gos nomer', 'nomernoi znak', 'nomernii znak', 'davlat_raqami', 'davlat raqami', 'fahrzeug', 'dienstwagen', 'firmenwagen', 'voertuig', 'leaseauto', 'lease-auto'],
  window: { before: 40, after: 4000 },
  columns: true,
  // (A Turkish plate of one letter and five digits is tried first: the shorter branches would take `34 K` alone.)
  // (A German electric or historic car's plate ends in E or H: `M-AB 1234E`; tried first, as the next
  // branch would take its letters alone. So is Vietnam's, its last five digits grouped 3.2: `51F-418.27`.
  // Ireland's, the year and half, the county and a number of up to six digits, is read whole when the
  // number has five or six (`241-D-12345`); a shorter one the third branch reads.)
  pattern: /(?<![\w-])(?:0[1-9]|[1-7]\d|8[01]) [A-Z] \d{5}(?![\w-])|(?<![\w-])\d{2}[A-Z][A-Z0-9]?-\d{3}\.\d{2}(?![\w.-])|(?<![\w-])[A-Z]{1,3}-[A-Z]{1,2} \d{1,4}[EH](?![\w-])|(?<![\w-])\d{2,3}-[A-Z]{1,2}-\d{5,6}(?![\w-])|(?<![\w-])[A-Z0-9ČĆŠŽÄÖÜ]{1,4}(?:[ -][A-Z0-9]{1,4}){1,3}(?![\w-])|(?<![\w-])[A-Z]{1,2}[ -]\d{3,6}[A-Z]{0,2}(?![\w-])|(?<![\w-])[A-Z]{1,3}\d{1,4}[A-Z]{0,3}(?![\w-])|(?<![\w-])[A-Z]{3}\d[A-Z]\d{2}(?![\w-])|(?<![\w-])[A-Z]{2}\d{1,2}[A-Z]{1,3}\d{4}(?![\w-])|(?<![\w-])\d{2}BH\d{4}[A-Z]{1,2}(?![\w-])|(?<![\w-])[A-Z]{2,3} [0-9][0-9A-Z]{3,4}(?![\w-])|(?<![\d가-힣])\d{2,3}[가-힣] ?\d{4}(?![\d가-힣])|(?<![\w-])[A-Z]{4}\d{2}(?![\w-])|(?<![\p{L}\p{N}_-])[ABEKMHOPCTYXАВЕКМНОРСТУХ]\d{3}[ABEKMHOPCTYXАВЕКМНОРСТУХ]{2} ?\d{2,3}(?![\p{L}\p{N}_-])|(?<![\p{L}\p{N}_-])[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{3}[ -]?\d{4}(?![\p{L}\p{N}_-])|(?<![\w-])\d{3}[A-Z]{2,3}\d{2}(?![\w-])|(?<![\w-])\d{2}[A-Z]\d{3}[A-Z]{2}(?![\w-])|(?<![\d\u0E00-\u0E7F])\d?[\u0E01-\u0E2E]{2} ?\d{1,4}(?![\d\u0E00-\u0E7F])|(?<![\w-])\d{1,3}-\d{2,5}(?:-\d{2,3})?(?![\w-])|(?<![\w ])(?:Dubai|Abu Dhabi|Sharjah|Ajman|Ras Al Khaimah|RAK|Fujairah|Umm Al Quwain|UAQ) [A-Z]{1,2} \d{1,5}(?![\w-])|(?<![\u0621-\u064a])[\u0621-\u064a](?: [\u0621-\u064a]){1,2} \d{1,4}(?![\d\u0621-\u064a])/gu,
  validate: (s, ctx) => {
    // (An Emirati plate starts with its emirate's name: `Abu Dhabi K 12345`; the code and number are the plate's characters.)
    const compact = s.replace(EMIRATE_PREFIX, '').replace(/[ -]/gu, '');
    if (DIGITS_ONLY_PLATE.test(s)) return !isTrivialNumber(compact) && PLATE_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
    if (compact.length < 4 || compact.length > 10 || !LETTER_AND_DIGIT.test(compact)) return false;
    // A form's sample plate: its digits run 1234 or repeat (`B 1234 XYZ`, `M-AB 0000`).
    if (isTrivialNumber(compact.replace(/\D/gu, ''))) return false;
    // (Not a fleet's car in its vehicle list or its telematics log: see isDeviceRecord.)
    // (After a bare `vehicle` label, letters, a dash and a zero-led or five-digit number are a fleet's own id: `FR-0101`, `PL-10232`.)
    if (FLEET_ID.test(s) && BARE_VEHICLE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return false;
    // (Letters and a zero-led number of one to three digits are a fleet's own numbering, `NSU 01`, which
    // no registration issues; `TEMP-4471` is a visitor's temporary permit, not a plate.)
    // (Hungary's plates before 2022 are three letters, a dash and three digits, a zero first too
    // (`ABC-012`): one in a plate column is a plate.)
    if (ORG_FLEET_NUMBER.test(s) && !(HU_OLD_PLATE.test(s) && hasPlateHeader(ctx))) return false;
    if (!(hasContext(ctx, PLATE_LABEL, { before: 32, header: false }) || hasPlateHeader(ctx) || isVehicleRegistration(ctx) || isPlateAfterVehicleWord(s, ctx) || isIndianRegistration(s, ctx)) || isDeviceRecord(ctx, 'plate')) return false;
    // A roster's row for a vacancy: the vehicle waits for a driver, and no one's plate it is.
    return !native(VACANT_ROW).test(matchLine(ctx, 300));
  },
  redactAs: 'plate',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      // a parcel carrier's drivers: the plate of the van each one drives (Dutch `kenteken_bus`)
      'chauffeur_id;voornaam;kenteken_bus;hub\nCHF-1;A.;VX-417-K;Hub Utrecht\n',
      // a Turkish driver applications export: one letter and five digits
      'Başvuru No;Plaka;Araç\nB-7;06 K 40917;Fiat Egea\n',
      // a Greek ride's driver object, and a Greek driver applications export's registration column
      '{"driver": {"id": "D-4", "plate": "ΖΚΜ-7316", "rating": 4.8}}',
      'Κωδικός;Επώνυμο;Αρ. Κυκλοφορίας;Κατάσταση\nD-1;Δοκιμάκης;ΝΙΡ-5820;Ενεργός\n',
      // a Belgian insurer's bilingual plate column and a Flemish claim's plate; an Indian lab's courier roster, plates unspaced
      `police;nom_naam;plaque_nummerplaat\nBE-1;Vercammen;1-${fake('{A3}-{d3}', 101950)}`,
      `Tegenpartij verzekerd bij ons, nummerplaat 2-${fake('{A3}-{d3}', 101951)}, schade links achter`,
      `run_id,phlebotomist,vehicle_no,slot\nHC-1,Ramesh Example,KA${fake('{d2}{A2}{d4}', 101952)},07:30`,
      // a German driver's ticket and a Dutch workshop's plan: the vehicle word, then its plate
      'Guten Tag, hier ist Anna Beispiel, Fahrzeug KLE-T 318E. Kilometerstand im Portal falsch.',
      'Planning week 23: voertuig TX-418-K – banden wisselen',
      // an accident report's other party: the label, a qualifier, then the plate
      'Kennzeichen Unfallgegner: DA-JB 417, Versicherung Beispiel AG',
      // a Thai plate (a digit, two Thai consonants, the number) in a driver export's plate column
      'rider_no,city,vehicle_plate,status\nR-1,Chiang Mai,3กม 4821,active\n',
      // a hotel's registration card laid out as a table, a field per row
      `<table>\n<tr><th>Targa veicolo</th><td>${fake('{A2} {d3} {A2}', 101677)}</td></tr>\n</table>`,
      // claims exports of Hungary, Romania and Croatia, and a Hungarian log line
      `"Kárszám";"Károsult neve";"Rendszám"\n"K-1";"Példa Anna";"${fake('{A2} {A2}-{d3}', 101678)}"`,
      `nr_dosar,asigurat,nr_auto\nDA-1,Ana Exemplu,${fake('{A2} {d2} {A3}', 101679)}`,
      `broj_stete\tosiguranik\treg_oznaka\nHR-1\tAna Primjer\tVŽ ${fake('{d4}-{A2}', 101680)}`,
      `lookup failed for rendszám ${fake('{A3}-{d3}', 101681)}, retrying`,
      '| Case | Holder | Plate |\n|---|---|---|\n| C-1 | A. Példa | KXR-071 |',
      // driver rosters of Russia, Kazakhstan (tab-separated) and Uzbekistan (a JSON record's key)
      'ФИО,Гос_номер,Модель\nПример Иван Иванович,М418ТВ 77,фургон',
      'Водитель\tГос. номер\tМодель\nПример А.\t318KXT01\tфургон',
      '{"haydovchi": "Namuna A.", "davlat_raqami": "01K418TX"}',
      // an Israeli and a Jordanian plate after their keys; a Dubai plate and an Egyptian one in Arabic letters in a dispatch log
      `dispatch.assign trip=T-1 plate="${fake('{d2}-{d3}-{d2}', 101708)}" accept_ms=10`,
      `"vehicle": {"type": "car", "plate": "${fake('{d2}-{d5}', 101709)}"}`,
      `dispatch.assign trip=T-2 plate="Abu Dhabi K ${fake('{d5}', 101710)}" accept_ms=10`,
      `dispatch.assign trip=T-3 plate="ن ط س ${fake('{d4}', 101711)}" accept_ms=10`,
      // a Vietnamese driver seed's plate column, a Swedish fixture's company car, a payslip's benefit car
      "CREATE TABLE tai_xe (\n  ma text,\n  ho_ten text,\n  bien_so text\n);\nINSERT INTO tai_xe VALUES ('TX-1', 'Nguyễn Văn Ví Dụ', '51F-418.27');",
      '"tjanstebil": {"regNo": "KLM 418", "modell": "Volvo V60"}',
      'Förmånsbil: RTX 52C, förmånsvärde enligt Skatteverket',
      'Autoetu: ZXT-418, vaihtuu toukokuussa.',
      // a hotline's call note (Fzg.: the caller's car), an electric car's plate under kennzeichen, the other party's plate
      'Kundin meldet Glasbruch, Fzg. KA-XY 2718, Rückruf erbeten.',
      '"vehicle": {\n  "kennzeichen": "M-QX 4821E",\n  "model": "ID.3"\n}',
      'Constat amiable : plaque adverse VD 412 873, pare-chocs arrière.',
      'Dün gelen kuryenin plakası: 06 BK 3172',
      'visit 14/05 - vehicle: KCX 915J, odometer 20,118',
      // a Malaysian driver-onboarding export's vehicle registration column
      'no_permohonan\tnama_penuh\tno_pendaftaran_kenderaan\tstatus\nMY-1\tAli Contoh\tWXA 5937\tBELUM\n',
      'gonderi,kurye,plaka\nG-1,Deniz Yalçın,16 AFR 207',
      'Fahrzeug Kennzeichen: M-AB 4817',
      'No,Nama,Nopol,Motor\n1,Rina,AB 4719 QT,Beat 110',
      '{"vorname": "Lea", "kennzeichen": "KU-T 4082"}',
      // a header or a key that says whose car: a subcontractor's, a courier's own, a driver's private one
      'matricule,nom,immatriculation_voiture,societe\nST-1,Zoé Arnaud,GH-218-KL,Transports Exemple SAS\n',
      '{"naam": "Bram Kuiper", "kenteken_auto": "R-402-KX"}',
      'Nr;Name;Kennzeichen Pkw;Ort\nF-1;Vossberg, Lea;HH-LV 402;Hamburg\n',
      'Unfallgegner: Kz. GM-R 3117, Haftpflicht offen',
      'Kennzeichen W-51937K, Auffahrunfall in Wien',
      '"Sparte","Kennzeichen"\n"KFZ","LU 418205"',
      // Mercosur's plates (Brazil since 2018: three letters, a digit, a letter, two digits)
      'id;nome;placa;modelo\nM-7;A. Exemplo;QTB3K81;Moto\n',
      'motorista com veículo placa RJX7H52 chegou ao hub',
      // a haulier's driver rosters: Polish tractor and trailer columns, a Lithuanian one, an Estonian truck's registration
      'kierowca;ciagnik;naczepa\nA. Przykład;GD 4KX21;GD 7TR58\n',
      'vairuotojas,vilkiko_nr,priekabos_nr\nA. Pavyzdys,KTR 418,PRK 602\n',
      'juht;veoki_reg_nr\nNäide;418 KTX\n',
      'Vilkikas: KTR 418, priekaba PRK 602',
      // an Australian claim note's third party, the plate after its rego
      "The other car's rego YK52TB, towed to the depot",
      // a Polish courier roster's registration column
      'id_kuriera\timie_nazwisko\tnr_rej\nK-KRK-0101\tA. Przykład\tDW 5K214',
      // a rider's vehicle block, a van list's registration column beside its make and model
      'riders:\n  - name: A. Example\n    vehicle:\n      type: BIKE\n      registration: "KA 51 MX 4182"\n',
      'van_id,registration,make_model,driver\nV-1,LK21 XTB,Ford Transit,A. Example\n',
      // a lender's register of pledged cars: Argentine, Chilean and Peruvian plates under `patente`
      'legajo,pais,titular,patente,marca_modelo\nPRD-1-AR,AR,"A. Ejemplo",AC 512 KD,Peugeot 208\nPRD-2-CL,CL,"B. Ejemplo",KRTP41,Peugeot 208\nPRD-3-PE,PE,"C. Ejemplo",BZT-724,Suzuki Swift\n',
      // an on-call roster's parking column: German, French and Korean plates
      'week,primary,tz,parking_plate\n2024-04-08,A. Example,Europe/Berlin,HB-KL 2093\n2024-04-29,B. Example,Asia/Seoul,518다 2047\n2024-05-06,C. Example,Europe/Paris,FK-482-TS\n',
      // an insurer's intake form (its plate an XML element) and an adjuster's notes: the insured above, the chassis number beside the plate
      `<Auto>\n  <Immatriculation>${fake('{A2}-{d3}-{A2}', 101760)}</Immatriculation>\n  <Marque>Exemple</Marque>\n</Auto>`,
      `- Assicurato: A. Esempio\n- Targa: ${fake('{A2} {d3} {A2}', 101761)} / telaio ZFA00000000000000\n`,
      `Le véhicule immatriculé ${fake('{A2}-{d3}-{A2}', 101762)} a été remorqué hier soir.`,
      // an insurer's claims export: the policyholder's and the other party's plates, a district with an umlaut
      'schaden_nr;vn_name;kennzeichen_vn;kennzeichen_gegner;schadenart\nKS-1;A. Beispiel;WÜ XK 4186;M-PB 5307;Hagel\n',
      // a courier company's driver export (nr_rej_pojazdu: the vehicle's registration number) and a PHP seeder's array
      'id;kierowca;nr_rej_pojazdu;oddzial\nK-1;A. Przykład;KR 4T271;WRO-1\n',
      "                'vehicle_plate' => 'WPR 58KC',",
      // an Irish staff car park's permit list: the registration column
      `permit,site,holder,vehicle_reg,valid_to\nP-1,GAL,Treasa Example,${fake('{d3}-D-{d5}', 101851)},2025-12-31\n`,
      // a field team's roster: the technician's own car, whose mileage the company pays (not the fleet van beside it)
      `id_empleado,nombre,vehiculo_propio_matricula,furgoneta_asignada\nE1,A. Ejemplo,${fake('{d4}', 101912)} BKZ,`,
      // a Czech haulier's driver export (the tractor's and the trailer's plates), and a tracker's record that names its driver's card
      `Os. číslo;Příjmení;Jméno;Tahač;Návěs\nKL-1;Příkladová;Eva;${fake('{d1}{A1}{d1} {d4}', 101998)};${fake('{d1}{A1}{d1} {d4}', 101999)}\n`,
      `2024-10-15T03:00:32Z imei=${fake('{d15}', 102000)} veh="${fake('{A3} {d4}', 102001)}" spd=50 drv1_card=${fake('{d16}', 102002)} drv1_state=DRIVE`,
      // a Swiss insurer's policy-holder export: the car's plate under its Kontrollschild column
      'Kundennr;Vorname;Name;PLZ;Ort;Kanton;Kontrollschild;Policen-Nr\n20700001;Corina;Kestrel;3013;Bern;BE;BE 418530;71.000.001\n',
      // an Indian insurer's claims log (a Bharat series mark under regn=), an industry history lookup's
      // <RegistrationNo>, a registry check's rc_number and a claims export's vehicle_regn column
      'CLM/MOT/24/0001 intimated policy=MOT-PC-2024-0000001 regn=22BH4817KD insured="A. Example"',
      '<Record>\n  <RegistrationNo>DL7CQW3815</RegistrationNo>\n  <OwnerName>A. EXAMPLE</OwnerName>\n</Record>',
      '{"data": {"rc_number": "KA03F5172", "registration_date": "2020-12-08", "owner_name": "A. EXAMPLE"}}',
      'claim_no,policy_no,vehicle_regn,loss_date\nC1,MOT-1,TN 22 BX 6140,2024-03-02\n',
      // a Swedish clinic's mileage claims (a note in brackets after the header) and its staff parking permits
      'Anst.nr;Namn;Datum;Km;Regnr (privat bil);Ersättning\n1003;A. Exempel;2024-02-03;50;KXR 417;125,00\n',
      'Anst.nr;Namn;Klinik;Regnummer;Tillståndsnr\n1007;A. Exempel;STO-XYZ;UBT 52K;PT-10442\n',
    ],
    negative: [
      // a rental fleet's own car number in its service's log
      'INFO RentalContractService : Opened contract UN/2026/11/00001 vehicle=PL-40917 branch=WAW-Centrum',
      // a vehicle's id in a fleet system, after the same word
      'Fahrzeug ID 4711 meldet keine Position',
      // a range of pages and a date after a plate's mention, not after its key
      `the plate photos are on pages 12-345 of the scan, plate renewal 14-2025`,
      // a university's permit export: its own fleet's numbers and a visitor's temporary permit
      'permit\ttype\tholder\tplate\tstate\nPRM-0001\tFleet\tIT Services\tHSU 01\tOH\nPRM-0009\tVisitor\tVisitor pass\tTEMP-4471\tOH\n',
      // a roster's vacancy: the vehicle has no driver yet
      'Водитель\tГос. номер\tМодель\nвакансия\t318KXT02\tфургон',
      'geofence: vehicle FR-0101 entered depot BHX-03', '"vehicle": "US-0042",', 'company,registration,country\nExample Holdings,AB 12345,UK\n', 'user registration: OK 2024', '- Plat: B 1234 XYZ', 'plate 3 of 4 in the gallery', 'SKU-12A in stock', 'vehicle: Toyota Hilux', 'license plate recognition v2.1', 'takip_no,urun\nRK1,AB 12', 'Aktenzeichen Az. 4 O 112/24', 'Kennzeichen: siehe Anlage 3', 'kennzeichen,modell,tracker_imei\nM-AB 4817,Zoe,357148093262315',
      // a fleet van's plate under its own column
      `id_empleado,nombre,furgoneta_asignada\nE1,A. Ejemplo,${fake('{d4}', 101913)} GTW`,
    ],
  },
});

/** A roster's row that names a vacancy instead of a person (`вакансия`, `vacancy`). */
const VACANT_ROW = native(/(?:^|[\t,;|"])[ \t]*(?:vacancy|vacant|unassigned|вакансия|вакансія|vakansiya)[ \t]*(?=[\t,;|"]|$)/iu);

/** An organisation's own vehicle number or a temporary permit (see validate). */
const ORG_FLEET_NUMBER = native(/^[A-Z]{2,4}[ -]0\d{1,2}$|^TEMP[ -]?\d{1,6}$/u);

/** Hungary's plate before 2022: three letters, a dash, three digits. */
const HU_OLD_PLATE = native(/^[A-Z]{3}-\d{3}$/u);

/** A fleet number's shape: two or three letters, a dash, a zero-led number, or five or six digits (`PL-10232`, a rental fleet's country and car number). */
const FLEET_ID = /^[A-Z]{2,3}-(?:0\d{2,4}|\d{5,6})$/u;
/** A bare `vehicle` label right before the value (no plate or registration word). */
const BARE_VEHICLE_BEFORE = native(/(?<![a-z_-])vehicle["']?[ \t]*[:=]?[ \t]*["']?$/iu);

/** A bare registration label or column (`registration`, `reg_no`): a vehicle's plate only in a vehicle's record. */
const REGISTRATION_LABEL = native(/(?<![a-z_])(?:registration|reg[ _-]?(?:no|nr|number))["']?[ \t]*[:=][ \t]*["']?$/iu);
const REGISTRATION_HEADER = native(/^(?:registration|reg[ _-]?(?:no|nr|number))$/u);
/** Words of a vehicle's record: its VIN, make and model, odometer, the vehicle itself. */
const VEHICLE_WORDS = native(/(?<![a-z])(?:vin|make|model|make_model|odometer|mileage|vehicle|fleet_no|bike|van|car|truck)(?![a-z])/iu);

/**
 * A plate under a bare `registration` label inside a vehicle's block (`vehicle:` then `type:` and
 * `registration:`), or in a `registration` column of a table whose header names a vehicle's other
 * fields (VIN, make and model): a company's registration number elsewhere.
 */
function isVehicleRegistration(ctx: MatchContext): boolean {
  const { text, start } = ctx;
  if (REGISTRATION_LABEL.test(text.slice(Math.max(0, start - 24), start))) return VEHICLE_WORDS.test(text.slice(Math.max(0, start - 120), start - 14));
  const header = columnHeader(ctx);
  if (header === undefined || !REGISTRATION_HEADER.test(header.trim())) return false;
  const row = tableHeaderRow(ctx);
  return row !== undefined && VEHICLE_WORDS.test(row.replace(/registration/giu, ''));
}

/** An Indian registration mark: a state's code, the district's number, a series and four digits (`KA 51 MX 4182`, `DL7CQW3815`), or a Bharat series mark (`22BH4817KD`). */
const IN_PLATE = native(/^(?:(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HR|HP|JK|JH|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)[ -]?\d{1,2}[ -]?[A-Z]{0,3}[ -]?\d{4}|\d{2}[ -]?BH[ -]?\d{4}[ -]?[A-Z]{1,2})$/u);
/** India's labels of a vehicle's registration: `regn=`, `Regn. No.:`, `"rc_number": "`, `<RegistrationNo>`, `vehicle_regn`. */
const IN_REGISTRATION_BEFORE = native(/(?<![a-z])(?:(?:vehicle[ _-]?)?(?:regn|registration)(?:[ _.-]?(?:no|number|num))?\.?|rc[ _-]?(?:no|number))["']?[ \t]*(?:[:=][ \t]*["']?|>)$/iu);
const IN_REGISTRATION_HEADER = native(/^(?:(?:vehicle[ _-]?)?(?:regn|registration)(?:[ _.-]?(?:no|number))?|rc[ _-]?(?:no|number))$/u);

/** An Indian registration mark after India's labels or under their column (`regn`, `RC number`). */
function isIndianRegistration(s: string, ctx: MatchContext): boolean {
  if (!IN_PLATE.test(s)) return false;
  if (IN_REGISTRATION_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 32), ctx.start))) return true;
  const header = columnHeader(ctx);
  return header !== undefined && IN_REGISTRATION_HEADER.test(header.trim());
}

/** The value's column is headed as a plate's. */
function hasPlateHeader(ctx: MatchContext): boolean {
  const header = columnHeader(ctx);
  // (Read without a note in brackets after it: a mileage claim's `Regnr (privat bil)`.)
  return header !== undefined && PLATE_HEADER.test(header.replace(/[ \t]*\([^()]{1,40}\)[ \t]*$/u, '').trim());
}
