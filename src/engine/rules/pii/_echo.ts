import { spellsPersonLogin } from './_handles';
import { isSurnameFullName } from './_fullName';
import { ALL_GIVEN_NAMES, WORD_NAMES, isLoneGivenNameInProse } from './_names';

/** Hiragana, katakana, CJK ideographs and Hangul syllables. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/u;

/** A full name's given name (`Anne-Marie` whole): a capitalised first word of three letters or more, before another capitalised word. */
const GIVEN_OF_FULL_NAME = /^(\p{Lu}\p{Ll}{2,24}(?:-\p{Lu}\p{Ll}{1,24})?) (?:\p{Lu}\.? )?(?:\p{Ll}{1,3} )?\p{Lu}/u;

/** A Hebrew full name's first word, of four letters or more (no title: `ד"ר` has a quote). */
const HEBREW_GIVEN_OF_FULL_NAME = /^([\u05d0-\u05ea]{4,16}) [\u05d0-\u05ea]/u;

/**
 * Whether a value is distinctive enough to be looked for again without its context: a name of two
 * words or more (`Maria Lopez`), a login with a separator (`park.seojun`, `a.kobayashi`), or a
 * CJK name of three characters or more (`박서준`, `佐藤 健一`). Not one Latin word alone: a given
 * name or a bare login also spells ordinary words (`Grace period`, `mapbox`).
 */
export function isEchoValue(value: string): boolean {
  if (value.length > 64 || value.includes('\n')) return false;
  if (CJK.test(value)) return value.replace(/\s/gu, '').length >= 3;
  if (/\s/u.test(value)) return value.length >= 6;
  return value.length >= 5 && /^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+$/u.test(value);
}

/**
 * What a person's name or login found in context names wherever it recurs in the same text: the
 * value itself when it is distinctive (see isEchoValue) or a login that spells a person's name, and a full name's given name alone
 * ("Marcus Ferreira-Boyd" … "since Marcus is on the phone"), unless that name is a word too
 * (`Will`, `Grace`) or follows names in code (see isLoneGivenNameInProse).
 */
export function personEchoes(value: string): readonly string[] {
  // (A login of one word recurs too when its letters spell a person's: `mpatel`, `sofiacosta`.)
  const out = isEchoValue(value) || (/^[a-z][a-z0-9]{4,31}$/u.test(value) && spellsPersonLogin(value)) ? [value] : [];
  const given = GIVEN_OF_FULL_NAME.exec(value)?.[1];
  // (A given name the lexicon lacks, when the rest is a common surname: Rialet of Rialet Mbambo.)
  if (given !== undefined && (isLoneGivenNameInProse(given.split('-')[0] as string) || (given.length >= 4 && !ALL_GIVEN_NAMES.has(given) && !WORD_NAMES.has(given) && isSurnameFullName(value)))) out.push(given);
  // A Hebrew full name's given name (`מיכאלה` of `מיכאלה דהן`): Hebrew has no capitals to tell a name
  // from a word, so four letters or more (the short ones are words too: `טל`, `גל`, `אור`).
  const hebrewGiven = HEBREW_GIVEN_OF_FULL_NAME.exec(value)?.[1];
  if (hebrewGiven !== undefined) out.push(hebrewGiven);
  return out;
}
