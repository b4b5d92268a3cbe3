import { defineRule } from '../defineRule';
import { UPPER, LOWER } from './_latin';
import { NOT_SURNAMES, isPlaceholderOrBrand } from './_names';

/** Salutations as a client file's own column writes them (`Madame`, `Herr`, `Mrs`), in six languages. */
const SALUTATIONS = ['Madame', 'Monsieur', 'Mme', 'Herr', 'Frau', 'Signora', 'Signor', 'Sig.ra', 'Mrs', 'Mr', 'Ms', 'Miss', 'Señora', 'Señor', 'Sra.', 'Sr.', 'Mevrouw', 'Meneer', 'Dhr.', 'Mevr.'];

/** Delimiters of the cells: pipes (core-banking exports), semicolons, commas, tabs. */
const DELIMITERS = ['|', ';', ',', '\t'];

const UPPER_WORD = `[${UPPER}][${UPPER}'’-]{1,30}`;
const CAP_WORD = `[${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})?`;
const NAME = `${UPPER_WORD}(?: ${UPPER_WORD}){0,2} ${CAP_WORD}|${CAP_WORD}(?: ${CAP_WORD})? ${UPPER_WORD}|${CAP_WORD} ${CAP_WORD}`;
const SALUTATION = SALUTATIONS.map((s) => s.replace('.', '\\.')).join('|');

// A client's name in the cell before a salutation cell, as client files and core-banking exports
// write a party (`…|PERSON|<SURNAME> <Given>|Monsieur|…`, `<Given> <Surname>;Frau;…`): the surname in
// capitals first or last, or both names capitalised. A salutation is a person's; a company has none.
export default defineRule({
  id: 'person-name-salutation-cell',
  category: 'pii',
  description: "Person's name in the cell before a salutation cell (|<SURNAME> <Given>|Monsieur|) in a client file",
  keywords: SALUTATIONS.flatMap((s) => DELIMITERS.map((d) => `${d}${s.toLowerCase().replace('ñ', 'n')}${d === '\t' ? '\t' : d}`)),
  window: { before: 120, after: 40 },
  pattern: new RegExp(`(?<=^|[|;,\\t])(${NAME})(?=([|;,\\t])(?:${SALUTATION})\\2)`, 'gmu'),
  secretGroup: 1,
  validate: (name) => !isPlaceholderOrBrand(name) && !name.split(/[ -]/u).some((w) => NOT_SURNAMES.has(w) || NOT_SURNAMES.has(w.charAt(0) + w.slice(1).toLowerCase())),
  redactAs: 'name',
  references: ['https://gdpr-info.eu/art-4-gdpr/'],
  examples: {
    positive: [
      'D|1400231|PERSON|VUILLEUMIER Odile|Madame|19610305|CH|Rue des Alpes 4|1201|Genève',
      'kunde;anrede;plz\nTobias Reinhardt;Herr;8004',
      'id,name,title,city\n7,Fenella ARKWRIGHT,Mrs,Leeds',
    ],
    negative: [
      'D|1400232|LEGAL_ENTITY|Talblick Holding AG||CHE-100.200.300|Zürich',
      'kunde;anrede;plz\nMax Mustermann;Herr;8004',
      'firma,ansprechpartner\nMeier Logistik GmbH,Herr',
      'The Monsieur|Madame choice is in the form',
    ],
  },
});
