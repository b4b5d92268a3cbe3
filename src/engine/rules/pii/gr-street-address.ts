import { native } from '../../scan/nativeRegex';
import { defineRule } from '../defineRule';
import { isBusinessAddressCell, isWholeCellUnder, lineStartNear } from './_context';
import { GREEK_LOWER as LOW, GREEK_UPPER as UP } from './_scripts';
/** A word of a street's or a town's name, capitalised (Σκουζέ, Πολυτεχνείου, Πειραιάς). */
const WORD = `[${UP}][${LOW}]{1,24}`;

// A Greek street address, which needs no label: a street (perhaps after Οδός, Λεωφ., Πλατεία) of one
// to four capitalised words, the house number, then the postal code (ΤΚ, five digits, often written
// 3 + 2) and the town: `Οδός Σκουζέ 14, 185 36 Πειραιάς`, `Ηρώων Πολυτεχνείου 102, ΤΚ 18536, Πειραιάς`.
// The postal code after a street and a number is what says it is an address. Without one, a street
// and a number that end their cell or clause count after an address label (Διεύθυνση τιμολόγησης:)
// or under an address column (group 1 marks them).
const LABEL_BEFORE = native(/(?:Διεύθυνση|διεύθυνση|ΔΙΕΥΘΥΝΣΗ|Κατοικία|κατοικία|Οδός|Address|address)[^\n:|]{0,30}:[ \t]*["'«]?$/u);
const ADDRESS_COLUMN = /(?:^|[ _-])(?:διε[υύ]θυνση|οδ[οό]ς|κατοικ[ιί]α|address|street)(?:$|[ _-])/u;
export default defineRule({
  id: 'gr-street-address',
  category: 'pii',
  description: 'Greek street address (street and number, then the five-digit postal code and the town)',
  keywords: [],
  nearDigits: true,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:Οδός|οδός|Οδ\\.|Λεωφόρος|Λεωφ\\.|Πλατεία|Πλ\\.) )?${WORD}(?: ${WORD}){0,3} \\d{1,4}[${UP}${LOW}]?(?:-\\d{1,4})?(?:,? (?:(?:ΤΚ|Τ\\.Κ\\.|T\\.K\\.|TK):? ?)?\\d{3} ?\\d{2},? ${WORD}(?: ${WORD})?(?![\\p{L}])|()(?![\\p{L}\\p{N}])(?=[ \\t]*(?:[,.;|\\t]|\\r?\\n|$)))`,
    'gu',
  ),
  // (A merchant's `business_address` cell is the shop's.)
  validate: (_s, ctx) =>
    (ctx.match[1] === undefined || LABEL_BEFORE.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, 80), ctx.start)) || isWholeCellUnder(ctx, ADDRESS_COLUMN)) &&
    !isBusinessAddressCell(ctx),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Postal_codes_in_Greece'],
  examples: {
    positive: [
      'NE-2001;MAVRIDIS KONSTANTINOS;BOSUN;Οδός Κολοκοτρώνη 31, 185 31 Πειραιάς;0',
      'Διεύθυνση: Λεωφ. Ανδρέα Συγγρού 212, ΤΚ 17672, Καλλιθέα',
      '- Διεύθυνση αποστολής: Ηρώων Πολυτεχνείου 58, 185 36 Πειραιάς',
      // without a postal code: after a label, or in an address column
      'Διεύθυνση παράδοσης: Αγίας Σοφίας 41, Λάρισα.',
      '| Όνομα | Διεύθυνση |\n|---|---|\n| Α. Κ. | Παπαναστασίου 87 |',
    ],
    negative: [
      'Παραγγελία Δεκεμβρίου 12, σε εκκρεμότητα',
      '| Κωδικός | Περιοχή |\n|---|---|\n| 7 | Κέντρο 3 |','Δρομολόγιο 7, 185 επιβάτες Πειραιάς', 'Πύλη Ε7 14, 2024 Πειραιάς', 'Τμήμα 4, ΤΚ Πειραιάς',
      // a delivery platform's restaurants: the shop's address
      'partner_id,brand,business_address,contact_person\nRST-9,Ψητοπωλείο Ο Στάθης,"Αγίου Κωνσταντίνου 48, Αθήνα",Μ. Δ.\n',
    ],
  },
});
