import { defineRule } from '../defineRule';
import { isWholeCellUnder } from './_context';

/** Greek capitals and small letters, with their accented forms. */
const UP = 'Α-ΩΆΈΉΊΌΎΏΪΫ';
const LOW = 'α-ωάέήίόύώϊϋΐΰς';
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

/** Column headers of a name column, as columnHeader normalises them (lower case). */
const NAME_COLUMN = /^(?:όνομα|ονοματεπώνυμο|επώνυμο|δικαιούχος|πελάτης|full[ _-]?name|name|guest[ _-]?name)$/u;

// A person's name in Greek script: two or three capitalised words after a name label (Δικαιούχος:,
// Ονοματεπώνυμο:), an honorific (κ., κυρία) or "είναι ο/η" (it is); a contract's party named with
// their father's (Ευάγγελος Σιγάλας του Νικολάου); or a whole cell under a name column. The match
// starts at a Greek capital, so texts without one cost V8 nothing.
const PATTERN = new RegExp(
  `[${UP}](?<=(?:^|[^\\p{L}\\p{N}_-])[${UP}])[${LOW}]{1,24}(?:-[${UP}][${LOW}]{1,24})?` +
    `(?: ${WORD}(?=(?:\\*\\*)?,? τ(?:ου|ης) [${UP}])` +
    `|(?<=(?:(?:${LABEL_SOURCE})["']?[ \\t]{0,3}[:：=—-]|(?<![\\p{L}])(?:${SPACED_LABELS}))[ \\t]{0,3}["'«]?${WORD})(?: ${WORD}){1,2}` +
    // a whole cell (group 1 marks it)
    `|(?<=(?:^|[\\n,;\\t|])[ \\t]*["']?${WORD})()(?: ${WORD}){1,2}(?=["']?[ \\t]*(?:[,;\\t|]|\\r?\\n|$)))` +
    `(?![\\p{L}])`,
  'gu',
);

export default defineRule({
  id: 'greek-person-name',
  category: 'pii',
  description: "Person's name in Greek script after a name label (Ονοματεπώνυμο, Δικαιούχος), an honorific, with a father's name, or in a name column",
  keywords: [],
  pattern: PATTERN,
  // (A whole cell, group 1, counts under a name column only.)
  validate: (_name, ctx) => ctx.match[1] === undefined || isWholeCellUnder(ctx, NAME_COLUMN),
  redactAs: 'name',
  references: ['https://en.wikipedia.org/wiki/Greek_name'],
  examples: {
    positive: [
      'Δικαιούχος: Κωνσταντίνα Μαυρίδου',
      '   **Ευάγγελος Σιγάλας** του Νικολάου, κάτοικος Οίας',
      'Υπεύθυνη κρατήσεων: Ειρήνη Ρούσσου, τηλ. +30 697 404 6297',
      'είναι ο Σταύρος Κουτσούκος, ξέχασε τον κωδικό.',
      'id,Ονοματεπώνυμο,πόλη\n7,Γιώργος Παπαδόπουλος,Αθήνα',
    ],
    negative: [
      'Τμήμα Εξυπηρέτησης Πελατών',
      'Διεύθυνση: Λεωφ. Κηφισίας 124, Αθήνα',
      'id,πόλη,περιοχή\n7,Νέα Σμύρνη,Αττική',
    ],
  },
});
