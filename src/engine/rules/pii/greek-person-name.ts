import { defineRule } from '../defineRule';
import { headerCellRegex, isInTripPlaceObject, isWholeCellUnder, tableHeaderRow } from './_context';
import { GREEK_GIVEN_NAMES } from './_names';
import { GREEK_LOWER as LOW, GREEK_UPPER as UP } from './_scripts';

const WORD = `[${UP}][${LOW}]{1,24}(?:-[${UP}][${LOW}]{1,24})?`;

/** Labels of a person's name in Greek forms, invoices and tickets (name, full name, beneficiary, customer, person in charge). */
const LABELS = [
  'Όνομα', 'Ονοματεπώνυμο', 'Ονοματεπωνυμο', 'Επώνυμο', 'Δικαιούχος', 'Πελάτης', 'Πελάτισσα', 'Υπεύθυνος', 'Υπεύθυνη', 'Υπεύθυνη κρατήσεων', 'Υπεύθυνος κρατήσεων',
  'Ασφαλισμένος', 'Ασφαλισμένη', 'Αιτών', 'Αιτούσα', 'Παραλήπτης', 'Αποστολέας', 'Από', 'Προς', 'Εκπρόσωπος', 'Ενοικιαστής', 'Ιδιοκτήτης', 'Επισκέπτης',
  'name', 'displayName', 'display_name', 'real_name', 'full_name', 'fullName', 'guest_name', 'customer_name', 'assignee', 'author',
];
const LABEL_SOURCE = [...LABELS, ...LABELS.map((l) => l.toLowerCase()), ...LABELS.map((l) => l.toUpperCase())].map((l) => l.replace(/[.]/gu, '\\.')).join('|');

/** Words a name follows after a space: Mr and Mrs (κ., κύριος, κυρία), "it is" (είναι ο/η), a name's article after "to" (στον/στην). */
const SPACED_LABELS = ['κ\\.', 'κος', 'κα', 'κύριος', 'κυρία', 'κύριο', 'κυρίου', 'είναι ο', 'είναι η', 'ο κ\\.', 'η κα'].join('|');

/** Strips a Greek word's accents and capitalises it, as names are written in capitals: Γιώργος → ΓΙΩΡΓΟΣ. */
function toGreekCapitals(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toUpperCase();
}

/** The given names in capitals without accents, as manifests and passports write them. */
const GREEK_GIVEN_CAPITALS: ReadonlySet<string> = new Set([...GREEK_GIVEN_NAMES].map(toGreekCapitals));

/** A word in Greek capitals (ΠΑΠΑΝΙΚΟΛΑΟΥ). */
const CAPS_WORD = '[Α-ΩΪΫ]{2,24}';

/** Column headers of a name column, as columnHeader normalises them (lower case; a header in capitals has no accents: ΟΝΟΜΑΤΕΠΩΝΥΜΟ). */
// (And a bilingual export's native-script column beside its Latin one: `name_native`, `name_el`, `full_name_gr`.)
const NAME_COLUMN = /^(?:[οό]νομα|ονοματεπ[ωώ]νυμο|επ[ωώ]νυμο|δικαιο[υύ]χος|πελ[αά]της|full[ _-]?name|name|guest[ _-]?name|(?:owner|card[ _-]?holder|account[ _-]?holder|beneficiary|customer|passenger|patient)[ _-]?(?:full[ _-]?)?name|card[ _-]?holder|(?:full[ _-]?)?name[ _-]?(?:native|local|el|gr|greek))$/u;

/** Headers of a column of one part of a name: surname, given name, father's or mother's name (Επώνυμο, Όνομα, Πατρώνυμο). */
const NAME_PART_COLUMN = /^(?:επ[ωώ]νυμο|[οό]νομα|πατρ[ωώ]νυμο|μητρ[ωώ]νυμο|[οό]νομα πατρ[οό]ς|[οό]νομα μητρ[οό]ς)$/u;

/** A surname's column in a header row, which says the row's `Όνομα` is a given name's (not a product's name). */
const SURNAME_HEADER_CELL = headerCellRegex('Επώνυμο|ΕΠΩΝΥΜΟ|επώνυμο');

// A person's name in Greek script: two or three capitalised words after a name label (Δικαιούχος:,
// Ονοματεπώνυμο:), an honorific (κ., κυρία) or "είναι ο/η" (it is); a contract's party named with
// their father's (Ευάγγελος Σιγάλας του Νικολάου); a whole cell under a name column; or anywhere,
// a given name of the lexicon and a surname (Γιώργος Παπαδόπουλος), also in capitals and either
// order (ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ). The match starts at a Greek capital, so texts without one cost V8 nothing.
const PATTERN = new RegExp(
  `[${UP}](?<=(?:^|[^\\p{L}\\p{N}_-])[${UP}])[${LOW}]{1,24}(?:-[${UP}][${LOW}]{1,24})?` +
    `(?: ${WORD}(?=(?:\\*\\*)?,? τ(?:ου|ης) [${UP}])` +
    `|(?<=(?:(?:${LABEL_SOURCE})["']?[ \\t]{0,3}[:：=—-]|(?<![\\p{L}])(?:${SPACED_LABELS}))[ \\t]{0,3}["'«]?${WORD})(?: ${WORD}){1,2}` +
    // a whole cell (group 1 marks it)
    `|(?<=(?:^|[\\n,;\\t|])[ \\t]*["']?${WORD})()(?: ${WORD}){1,2}(?=["']?[ \\t]*(?:[,;\\t|]|\\r?\\n|$))` +
    // a given name of the lexicon and a surname, anywhere (group 2 marks it)
    `|(?<=(?:^|[^\\p{L}\\p{N}_-])[${UP}][${LOW}]{1,24})()(?: ${WORD}){1,2}` +
    // one word filling its cell (group 3: under a name part's column, see NAME_PART_COLUMN)
    `|(?<=(?:^|[\\n,;\\t|])[ \\t]*["']?${WORD})()(?=["']?[ \\t]*(?:[,;\\t|]|\\r?\\n|$)))` +
    `(?![\\p{L}])` +
    // or in capitals, either order (ΠΑΠΑΝΙΚΟΛΑΟΥ ΧΡΗΣΤΟΣ: group 4 marks it)
    `|(?<![\\p{L}])${CAPS_WORD}()(?: ${CAPS_WORD}){1,2}(?![\\p{L}])`,
  'gu',
);

export default defineRule({
  id: 'greek-person-name',
  category: 'pii',
  description: "Person's name in Greek script after a name label (Ονοματεπώνυμο, Δικαιούχος), an honorific, with a father's name, or in a name column",
  keywords: [],
  pattern: PATTERN,
  // (A whole cell, group 1, counts under a name column only; a name anywhere, groups 2 and 3,
  // needs a given name of the lexicon.)
  // (A whole cell outside a name column is read as a name anywhere is: the cell's alternative comes
  // first, so a lone line or cell never reaches group 2's.)
  validate: (name, ctx) => {
    if (ctx.match[2] !== undefined || (ctx.match[1] !== undefined && !isWholeCellUnder(ctx, NAME_COLUMN))) return GREEK_GIVEN_NAMES.has(name.slice(0, name.indexOf(' ')));
    // (One word alone in its cell: a surname's, a given name's or a father's name's column of a table that has a surname column.)
    if (ctx.match[3] !== undefined) return isWholeCellUnder(ctx, NAME_PART_COLUMN) && SURNAME_HEADER_CELL.test(tableHeaderRow(ctx) ?? '') && !isInTripPlaceObject(ctx);
    if (ctx.match[4] !== undefined) {
      const words = name.split(' ');
      return words.length <= 3 && (GREEK_GIVEN_CAPITALS.has(words[0] as string) || GREEK_GIVEN_CAPITALS.has(words[words.length - 1] as string));
    }
    // (A `name` key in a trip's drop-off object names the square or the station.)
    return !isInTripPlaceObject(ctx);
  },
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Greek_name'],
  examples: {
    positive: [
      // a staff directory's native-script name column beside the Latin one
      'staff_no,name_native,name_latin,role\nS-4,Ευστάθιος Παπαθανασίου,Efstathios Papathanasiou,Nurse\n',
      'Δικαιούχος: Κωνσταντίνα Μαυρίδου',
      '   **Ευάγγελος Σιγάλας** του Νικολάου, κάτοικος Οίας',
      'Υπεύθυνη κρατήσεων: Ειρήνη Ρούσσου, τηλ. +30 697 404 6297',
      'είναι ο Σταύρος Κουτσούκος, ξέχασε τον κωδικό.',
      'id,Ονοματεπώνυμο,πόλη\n7,Γιώργος Παπαδόπουλος,Αθήνα',
      '[14/9/24, 06:12] Σταύρος Μαυρίδης: Καλημέρα, το kiosk πάλι κολλημένο',
      'Started by user Ιωάννα Κουτσοπούλου',
      '3,KYM-AB12CD,ΚΩΝΣΤΑΝΤΙΝΟΥ ΔΕΣΠΟΙΝΑ,F,1988-02-11,GRC',
      // a card dispute export's holder column; a listing without a name column
      'case,holder_ref,cardholder,amount\nC-1,77,Ερμιόνη Ξενάκη,30.00\n',
      'ref,σημείωση\n4,Ηλίας Φραγκιαδάκης\n',
      // a payroll sheet: a title line, then headers in capitals (no accents)
      // a ride's rider object (the drop-off object beside it names a place)
      '{"rider": {"id": "U-5", "name": "Ξανθίππη Λυμπεράκη"}, "dropoff": {"name": "Σταθμός Λαρίσης"}}',
      // a driver applications export: surname, given name and father's name, each in its own column
      'Κωδικός;Επώνυμο;Όνομα;Πατρώνυμο;Κινητό\nD-31;Λυμπεροπούλου;Ξανθή;Θρασύβουλος;6900000000\n',
      'ΚΑΤΑΣΤΑΣΗ ΜΙΣΘΟΔΟΣΙΑΣ\tΔΕΙΓΜΑ Α.Ε.\n\nΑ/Α\tΟΝΟΜΑΤΕΠΩΝΥΜΟ\tΕΙΔΙΚΟΤΗΤΑ\tΚΑΘΑΡΑ\n1\tΕυανθία Ξενοπούλου\tΜηχανικός\t2874,40\n',
    ],
    negative: [
      'Τμήμα Εξυπηρέτησης Πελατών',
      'Διεύθυνση: Λεωφ. Κηφισίας 124, Αθήνα',
      'id,πόλη,περιοχή\n7,Νέα Σμύρνη,Αττική',
      'Οδός Αγίου Δημητρίου 9, 821 00 Χίος',
      'ΤΜΗΜΑ ΕΞΥΠΗΡΕΤΗΣΗΣ ΠΕΛΑΤΩΝ',
      // a product list's name column (no surname column beside it), a one-word cell under no name column
      'Κωδικός;Όνομα;Τιμή\nP-4;Φέτα;7,20\n',
      'Κωδικός;Πόλη\n4;Λάρισα\n',
      // a ride's drop-off point: a square's name under a place object's `name` key
      '{"trip": "T-7", "dropoff": {"name": "Πλατεία Ελευθερίας", "lat": 35.339, "lng": 25.133}}',
    ],
  },
});
