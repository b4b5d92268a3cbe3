import { defineRule } from '../defineRule';
import { GREEK_LOWER as LOW, GREEK_UPPER as UP } from './_scripts';
/** A word of a street's or a town's name, capitalised (Σκουζέ, Πολυτεχνείου, Πειραιάς). */
const WORD = `[${UP}][${LOW}]{1,24}`;

// A Greek street address, which needs no label: a street (perhaps after Οδός, Λεωφ., Πλατεία) of one
// to four capitalised words, the house number, then the postal code (ΤΚ, five digits, often written
// 3 + 2) and the town: `Οδός Σκουζέ 14, 185 36 Πειραιάς`, `Ηρώων Πολυτεχνείου 102, ΤΚ 18536, Πειραιάς`.
// The postal code after a street and a number is what says it is an address.
export default defineRule({
  id: 'gr-street-address',
  category: 'pii',
  description: 'Greek street address (street and number, then the five-digit postal code and the town)',
  keywords: [],
  nearDigits: true,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:Οδός|οδός|Οδ\\.|Λεωφόρος|Λεωφ\\.|Πλατεία|Πλ\\.) )?${WORD}(?: ${WORD}){0,3} \\d{1,4}[${UP}${LOW}]?(?:-\\d{1,4})?,? (?:(?:ΤΚ|Τ\\.Κ\\.|T\\.K\\.|TK):? ?)?\\d{3} ?\\d{2},? ${WORD}(?: ${WORD})?(?![\\p{L}])`,
    'gu',
  ),
  redactAs: 'address',
  references: ['https://en.wikipedia.org/wiki/Postal_codes_in_Greece'],
  examples: {
    positive: [
      'NE-2001;MAVRIDIS KONSTANTINOS;BOSUN;Οδός Κολοκοτρώνη 31, 185 31 Πειραιάς;0',
      'Διεύθυνση: Λεωφ. Ανδρέα Συγγρού 212, ΤΚ 17672, Καλλιθέα',
      '- Διεύθυνση αποστολής: Ηρώων Πολυτεχνείου 58, 185 36 Πειραιάς',
    ],
    negative: ['Δρομολόγιο 7, 185 επιβάτες Πειραιάς', 'Πύλη Ε7 14, 2024 Πειραιάς', 'Τμήμα 4, ΤΚ Πειραιάς'],
  },
});
