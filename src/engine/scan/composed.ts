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
 * an address there stops at its first escape for the rules (`\u00d8` is no letter). The scanner
 * reads each escape of a letter as the letter, and maps offsets back: a decoded letter maps to its
 * escape's start, and every offset after it five code units further on. Only letters are decoded
 * (a quote or a backslash escaped stays as written, so a string's bounds don't move), and not an
 * escaped backslash's `\\u00d8`, which is text.
 */
export interface UnescapedText {
  readonly text: string;
  /** Offsets in `text` of the decoded letters, ascending. */
  readonly decodedAt: Int32Array;
}

const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/gu;
const LETTER = /^\p{L}$/u;

/** The text with its escaped letters decoded, or undefined when it has none. */
export function toUnescaped(text: string): UnescapedText | undefined {
  if (!text.includes('\\u')) return undefined;
  const parts: string[] = [];
  const decodedAt: number[] = [];
  let from = 0;
  let outLength = 0;
  UNICODE_ESCAPE.lastIndex = 0;
  for (let m = UNICODE_ESCAPE.exec(text); m !== null; m = UNICODE_ESCAPE.exec(text)) {
    const code = parseInt(m[1] as string, 16);
    if (code < 0xc0 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const letter = String.fromCharCode(code);
    if (!LETTER.test(letter)) continue;
    // (An even run of backslashes before it escapes them, not the `u`.)
    let slashes = 0;
    for (let k = m.index - 1; k >= 0 && text.charCodeAt(k) === 92; k--) slashes++;
    if (slashes % 2 === 1) continue;
    parts.push(text.slice(from, m.index));
    outLength += m.index - from;
    decodedAt.push(outLength);
    parts.push(letter);
    outLength += 1;
    from = m.index + 6;
  }
  if (decodedAt.length === 0) return undefined;
  parts.push(text.slice(from));
  return { text: parts.join(''), decodedAt: Int32Array.from(decodedAt) };
}

/**
 * The original offset of an offset in the decoded text: five code units further on for each
 * decoded letter before it. A start at a decoded letter maps to its escape's start; an end (the
 * offset after a letter) past the whole escape.
 */
export function unescapedToOriginal(unescaped: UnescapedText, offset: number): number {
  const at = unescaped.decodedAt;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset + 5 * lo;
}
