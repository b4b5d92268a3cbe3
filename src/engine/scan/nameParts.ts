// Pure: a person's given name and surname in cells or fields of their own, beside a cell that
// holds the whole name (`First Name,Last Name,Full Name` in a CRM export, FHIR's `family` and
// `given` beside its `text`, an INSERT's `first_name, last_name, display_name`).
//
// Decision (session 78, reversing session 50's): each part is reported by its own rule, and also
// rides on the whole name (`Finding.parts`), so redacting the whole name replaces the record's
// parts with it. Session 50 left the parts unreported: reporting them cost 58 false findings over
// 18 labelled corpora whose writers labelled the name once per record. Over the 26 corpora of
// sessions 75-77 reporting them found about 1,000 more labelled names (76c +373, 77a +223, 77d
// +130, 75f +108) for one false finding: their writers label every cell that holds a name.

/** A name candidate: where it stands and what it reads. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** How far apart a part and its whole name may stand when they are fields on different lines of one record. */
const RECORD_REACH = 400;

/** What may stand before a cell's or a field's value, past its quotes and blanks. */
const OPENERS = ',;\t|([{:=>';
/** What may stand after it (`&` ends a form body's or a query string's field: `first_name=…&last_name=…`). */
const CLOSERS = ',;\t|)]}<&';

/** The words of a name, lower-cased (`Marcus Whitfield` → marcus, whitfield; a form body's `Marcus+Whitfield` or `Marcus%20Whitfield` too). */
function wordsOf(value: string): string[] {
  return value.toLowerCase().split(/(?:[\s,+]|%20)+/u).filter((w) => w.length > 0);
}

function isQuoteOrBlank(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60 || c === 0x20;
}

/** The value fills a cell or a field: only quotes and blanks between it and a delimiter (or its line's ends). */
function isCell(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && isQuoteOrBlank(text.charCodeAt(i))) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r' && !OPENERS.includes(text[i] as string)) return false;
  let j = end;
  while (j < text.length && isQuoteOrBlank(text.charCodeAt(j))) j++;
  return j >= text.length || text[j] === '\n' || text[j] === '\r' || CLOSERS.includes(text[j] as string);
}

/** The value is a keyed field's (`"given": [` …, `last_name:` …, `<family>` …), not a table's cell. */
function isKeyedField(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (isQuoteOrBlank(text.charCodeAt(i)) || text[i] === '[')) i--;
  return i >= 0 && (text[i] === ':' || text[i] === '=' || text[i] === '>');
}

/** Whether `a` and `b` (a before b) stand in one record: on one line, or on lines of one block with no blank line between. */
function inOneRecord(text: string, a: number, b: number, keyed: boolean): boolean {
  const between = text.slice(a, b);
  if (!between.includes('\n')) return true;
  return keyed && b - a <= RECORD_REACH && !/\n[ \t]*\r?\n/u.test(between);
}

/**
 * For names sorted by start, which are parts of another's (index of the whole name, or -1): a
 * value of fewer words, each of them a word of the whole name, that fills a cell or a field of the
 * same record. A part takes the whole name on its own line first, else the nearest one.
 */
export function findNameParts(text: string, names: readonly NameSpan[]): Int32Array {
  const owner = new Int32Array(names.length).fill(-1);
  const words = names.map((n) => wordsOf(n.value));
  for (let i = 0; i < names.length; i++) {
    const part = names[i] as NameSpan;
    const mine = words[i] as string[];
    if (mine.length === 0 || !isCell(text, part.start, part.end)) continue;
    const keyed = isKeyedField(text, part.start);
    // The distance to a whole name that contains the part, in its record (one line's counts as 0), or Infinity.
    const distance = (j: number, from: number, to: number): number => {
      const whole = words[j] as string[];
      if (whole.length <= mine.length || !mine.every((w) => whole.includes(w))) return Infinity;
      if (from > to || !inOneRecord(text, from, to, keyed)) return Infinity;
      return text.slice(from, to).includes('\n') ? to - from : 0;
    };
    let best = -1;
    let bestDistance = Infinity;
    for (let j = i - 1; j >= 0 && part.start - (names[j] as NameSpan).end <= RECORD_REACH; j--) {
      const d = distance(j, (names[j] as NameSpan).end, part.start);
      if (d < bestDistance) [best, bestDistance] = [j, d];
    }
    for (let j = i + 1; j < names.length && (names[j] as NameSpan).start - part.end <= RECORD_REACH; j++) {
      const d = distance(j, part.end, (names[j] as NameSpan).start);
      if (d < bestDistance) [best, bestDistance] = [j, d];
    }
    owner[i] = best;
  }
  // A part of a part (`Lima` of `Ana Lima`, itself beside `Ana Lima Souza`) rides on the whole name.
  for (let i = 0; i < owner.length; i++) {
    const o = owner[i] as number;
    if (o !== -1 && owner[o] !== -1) owner[i] = owner[o] as number;
  }
  return owner;
}
