import { ALL_GIVEN_NAMES, foldName, givenNameOf, INNER_CAPITAL_GIVEN_SOURCE, isKoreanWesternOrderName, toGivenPart, NOT_SURNAMES, isPlaceholderOrBrand, PLACEHOLDER_SURNAMES } from './_names';
import { LOWER, UPPER, WORD_CHAR } from './_latin';
import { SURNAMES } from './_surnames';

/**
 * Particles between given name and surname (Sanne van den Berg, Flemish Wout Van der Veken, María de la Cruz, Irish Ó and Ní: Séan Ó Murchú,
 * Dutch `in 't` and `van 't`: Roos in 't Hout). (Not Dutch `den` alone: it is German's article before a noun as well.)
 */
export const PARTICLE = "(?:van der|van den|van de|Van der|Van den|Van de|von der|in ['’]t|van ['’]t|Van ['’]t|von|van|de la|de los|del|della|degli|dei|dal|de|di|da|dos|das|do|du|le|la|ter|ten|binti|binte|bin|ibn|al|el|zu|af|Ó|Ní|Nic|Uí)";
/**
 * A surname: capitalised, with O'/Mc/Mac/D' or a particle written into it (LeBlanc, DiGiacomo,
 * DuBois, VanDyke) and a hyphenated second part (O'Neill, Müller-Lüdenscheid); or, second in an East Asian name, a romanised given name (Lim Da-eun).
 */
export const SURNAME = `(?:O['’]|Mc|Mac|D['’]|Le|La|De|Di|Du|Van)?[${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}]?[${LOWER}]{1,24})?`;

/** A capitalised given name and one or two surnames, with particles (Sanne van den Berg, Seán O'Neill). */
export const FULL_NAME = `(?:${INNER_CAPITAL_GIVEN_SOURCE})?[${UPPER}][${LOWER}]{1,24}(?:-[${UPPER}][${LOWER}]{1,24}|-[a-z]{2,5}(?= [${UPPER}]))?(?: (?:${PARTICLE} )?${SURNAME}){1,2}`;

/** Not followed by more of a word, a digit, `@`, `-` or `_` and a word (a closing Markdown `_` may follow: `_… par Loïc Brevannes_`). */
export const NAME_END = `(?![${WORD_CHAR}@-]|_[${WORD_CHAR}_])`;

/**
 * True when a FULL_NAME match reads as a person's: its given name is in the lexicon, and no later
 * word is a placeholder surname (Doe, Mustermann) or a word that is not a surname (Team, Support).
 */
export function isLexiconFullName(name: string): boolean {
  if (isPlaceholderOrBrand(name)) return false;
  const words = name.split(/ /u);
  const first = givenNameOf(words);
  const given = ALL_GIVEN_NAMES.has(first) ? first : toGivenPart(first);
  if (!ALL_GIVEN_NAMES.has(given)) return false;
  // (A Korean surname that is also an English word, Park or Song, after a Korean given name: Ji-hoon Park.)
  if (words.length === 2 && isKoreanWesternOrderName([toGivenPart(first), words[1] as string])) return true;
  return !words.slice(1).some((w) => NOT_SURNAMES.has(w) || PLACEHOLDER_SURNAMES.has(w));
}

/**
 * True when a name of two or three capitalised words, whose given name the lexicon lacks, ends in a
 * common surname (Anneline Botha, Luvuyo Mbambo): for the contexts that name a person and nothing
 * else, a chat export's speaker. No word may be one that is not a surname (Support, Team), nor a
 * placeholder's (Doe). A business's contact (Soporte Tandia, Sanjha Help) ends in no surname.
 */
export function isSurnameFullName(name: string): boolean {
  const words = name.split(/ /u);
  if (words.length < 2 || words.length > 3 || isPlaceholderOrBrand(name)) return false;
  if (words.some((w) => NOT_SURNAMES.has(w) || PLACEHOLDER_SURNAMES.has(w) || w.length < 2)) return false;
  return SURNAMES.has(foldName(words[words.length - 1] as string));
}
