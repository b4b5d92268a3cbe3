import { native } from './nativeRegex';
import { lowerBound } from './sorted';
/**
 * Texts written with combining marks (Unicode NFD: `José` as `Jose` + U+0301), as macOS file
 * names, some PDF and export tools and some word lists write them. The rules' patterns read letters
 * as precomposed code points (`[a-zß-öø-ÿ]`), so in such a text a name stops at its first accent
 * (`José García` was not found at all, and an address with an accent in its local part was
 * reported from its last accent on).
 * The scanner reads the text composed (NFC) instead and maps every offset back.
 */

/** A combining mark that NFC may compose with the letter before it (the common diacritics' block). */
const COMBINING = /[\u0300-\u036f]/;

/** A text composed, with the offsets of its code units in the original. */
export interface ComposedText {
  readonly text: string;
  /** Original offset of each composed offset, `text.length + 1` entries (the last is the original's length). */
  readonly toOriginal: Int32Array;
}

/**
 * The text in NFC with its offset map, or undefined when the text holds no combining mark or
 * composing changes nothing. Composes cluster by cluster (a letter and the marks after it), so
 * every cluster's start maps exactly; a composed cluster's inner offsets map to its start.
 */
export function toComposed(text: string): ComposedText | undefined {
  if (!COMBINING.test(text)) return undefined;
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  let changed = false;
  while (i < text.length) {
    let j = i + 1;
    // (a surrogate pair stays whole)
    if (j < text.length && (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j++;
    const head = j;
    while (j < text.length && COMBINING.test(text[j] as string)) j++;
    if (j === head) {
      parts.push(text.slice(i, j));
      for (let k = i; k < j; k++) map.push(k);
    } else {
      const cluster = text.slice(i, j);
      const nfc = cluster.normalize('NFC');
      if (nfc !== cluster) changed = true;
      parts.push(nfc);
      for (let k = 0; k < nfc.length; k++) map.push(k === 0 ? i : Math.min(j - 1, i + k));
    }
    i = j;
  }
  if (!changed) return undefined;
  map.push(text.length);
  return { text: parts.join(''), toOriginal: Int32Array.from(map) };
}

/** The original offset of an end offset in the composed text: the end of the cluster before it. */
export function originalEnd(composed: ComposedText, end: number): number {
  if (end <= 0) return 0;
  const map = composed.toOriginal;
  if (end >= map.length - 1) return map[map.length - 1] as number;
  // The next composed code unit's start is where this one's cluster ends (or inside it, for an
  // uncomposed cluster, which maps its units one by one).
  return map[end] as number;
}

/**
 * Texts that write letters past ASCII as escapes: Python's `json.dumps` (ASCII by default), many
 * JSON exporters and Java's properties files write `Ingvar \u00d8rnskov`, `Ad\u00e9la`. A name or
 * an address there stops at its first escape for the rules (`\u00d8` is no letter). JSON writers
 * that escape slashes (PHP's `json_encode`, Slack's exports) write a URL as `https:\/\/hooks…`. The
 * scanner reads each escaped letter as the letter, and a text's escaped slashes as slashes when it
 * escapes a URL's (`:\/\/`), and maps offsets back: a decoded character maps to its escape's start,
 * and every offset after it as far on as the escape was longer. Only letters and slashes are decoded
 * (a quote or a backslash escaped stays as written, so a string's bounds don't move), and not after
 * an escaped backslash (`\\u00d8` is text).
 */
export interface UnescapedText {
  readonly text: string;
  /** Offsets in `text` of the decoded characters, ascending. */
  readonly decodedAt: Int32Array;
  /** Per decoded character: how many code units the original has more, up to and with it. */
  readonly shiftAfter: Int32Array;
}

const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|\/)/gu;
/** The longest one-byte text that a decoded letter past Latin-1 may widen to two bytes a code unit. */
const MAX_WIDENED = 1 << 20;

/** Whether the text holds a code unit past Latin-1 (V8 then stores it two bytes a code unit). */
function isTwoByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}
const LETTER = native(/^\p{L}$/u);

/** The text with its escaped letters (and a URL's escaped slashes) decoded, or undefined when it has none. */
export function toUnescaped(text: string): UnescapedText | undefined {
  const letters = text.includes('\\u');
  const slashes = text.includes(':\\/\\/');
  if (!letters && !slashes) return undefined;
  const parts: string[] = [];
  const decodedAt: number[] = [];
  const shiftAfter: number[] = [];
  let from = 0;
  let outLength = 0;
  let shift = 0;
  let wide = false;
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) {
    let decoded: string;
    if (m[1] === undefined) {
      if (!slashes) continue;
      decoded = '/';
    } else {
      const code = parseInt(m[1], 16);
      if (code < 0xc0 || (code >= 0xd800 && code <= 0xdfff)) continue;
      decoded = String.fromCharCode(code);
      if (!LETTER.test(decoded)) continue;
    }
    // (An odd run of backslashes before it escapes one of them, not the escape.)
    let before = 0;
    for (let k = m.index - 1; k >= 0 && text.charCodeAt(k) === 92; k--) before++;
    if (before % 2 === 1) continue;
    if (decoded.charCodeAt(0) > 0xff) wide = true;
    parts.push(text.slice(from, m.index));
    outLength += m.index - from;
    decodedAt.push(outLength);
    shift += m[0].length - 1;
    shiftAfter.push(shift);
    parts.push(decoded);
    outLength += 1;
    from = m.index + m[0].length;
  }
  if (decodedAt.length === 0) return undefined;
  // (A long one-byte text stays as written when a decoded letter would make it two-byte: a minified
  // bundle's character classes, `\u0100-\u017f`, are no one's name, and a two-byte copy of a 5 MB
  // bundle cost the CLI 20 MB of peak memory.)
  if (wide && text.length > MAX_WIDENED && !isTwoByte(text)) return undefined;
  parts.push(text.slice(from));
  return { text: parts.join(''), decodedAt: Int32Array.from(decodedAt), shiftAfter: Int32Array.from(shiftAfter) };
}

/**
 * The original offset of an offset in the decoded text: as much further on as the escapes of the
 * decoded characters before it were longer. A start at a decoded character maps to its escape's
 * start; an end (the offset after it) past the whole escape.
 */
export function unescapedToOriginal(unescaped: UnescapedText, offset: number): number {
  const lo = lowerBound(unescaped.decodedAt, offset);
  return lo === 0 ? offset : offset + (unescaped.shiftAfter[lo - 1] as number);
}
