import { ensureNative } from './nativeRegex';

// A person's name or login, once a rule has found it in context, names that person wherever it
// recurs in the same text: a chat's speaker on every later line, an audit log's operator on rows
// past the header's reach, a reviewer's full name in a ticket's thread. The scanner reports those
// recurrences too (see Scanner.scan), so a redaction does not leave the name in every other line.
// A secret's value recurs the same way (a session cookie in a traceback's locals after its header).
// Which values recur that way is the rule's to say (`Rule.echoes`; rules/pii/_echo.ts for names,
// defineRule's secretEchoes for secrets).

/**
 * Distinct values looked for again per text. A short text is read once per value, a long one once
 * for all (see echoOccurrences). (32 until the seventieth session: a scanner's CSV report of fifty
 * leaks, each quoted again in its Match cell, with its authors' names and addresses, used them up
 * halfway down, and the leaks below it were reported once, not twice.)
 */
export const MAX_ECHO_VALUES = 128;

/**
 * A letter, digit or underscore of a word in a script that spaces its words (Latin, Greek,
 * Cyrillic, Hebrew, Arabic): what a recurrence may not touch. (`נועה` is no name inside `בתנועה`.)
 */
function isWordUnit(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x4ff) ||
    (c >= 0x5d0 && c <= 0x5ea) ||
    (c >= 0x620 && c <= 0x64a)
  );
}

/** Whether a recurrence of `value` at `at` stands as a whole word (CJK text has no spaces: a CJK name may touch its neighbours). */
function standsAlone(text: string, value: string, at: number): boolean {
  const end = at + value.length;
  if (at > 0 && isWordUnit(text.charCodeAt(at - 1)) && isWordUnit(value.charCodeAt(0))) return false;
  return !(end < text.length && isWordUnit(text.charCodeAt(end)) && isWordUnit(value.charCodeAt(value.length - 1)));
}

/** Texts from this length on are searched for all values at once (one regex); shorter ones value by value. */
const ONE_PASS_MIN = 8192;

/** The last one-pass pattern, by its values: an editor's rescans of a document find the same names. */
let lastPattern: { key: string; re: RegExp } | undefined;

/**
 * The whole-word occurrences of `values` in `text`, as [start, value] in text order (a longer
 * value before a shorter one it begins with). A long text is read once for all of them: one
 * indexOf pass per value cost ten times as much on a 150 KB text with 32 names.
 */
export function echoOccurrences(text: string, values: readonly string[], twoByte: boolean): [number, string][] {
  const out: [number, string][] = [];
  if (values.length <= 2 || text.length < ONE_PASS_MIN) {
    for (const value of values) {
      for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) if (standsAlone(text, value, i)) out.push([i, value]);
    }
    return out;
  }
  const sorted = [...values].sort((a, b) => b.length - a.length);
  const key = sorted.join('\n');
  if (lastPattern?.key !== key) lastPattern = { key, re: new RegExp(sorted.map(escapeRegex).join('|'), 'gu') };
  const re = lastPattern.re;
  ensureNative(re, twoByte);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (standsAlone(text, m[0], m.index)) out.push([m.index, m[0]]);
  return out;
}

function escapeRegex(s: string): string {
  // (Under `u`, only syntax characters may be escaped: not `-`.)
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
