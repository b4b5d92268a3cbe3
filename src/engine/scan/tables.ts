// The tables a header keyword speaks for (rows delimited by commas, tabs, semicolons or pipes). A
// keyword's window reaches a few thousand characters (see Rule.window), enough for a config's
// neighbours; but a CSV export's `phone` or `first_name` header labels every row below it, and row
// 5,000 is as personal as row 5. A window that ends in a table whose header row holds one of its
// rule's keywords therefore runs on to the table's end.

import { lineEndWithin, lineStartWithin } from './lines';
import { native } from './nativeRegex';
import { mayContain, sharedHints } from './sharedHints';
import { keywordLetterOf } from './prefilter';

/**
 * The keyword pass's word for a `CREATE TABLE` statement: a text it did not see in needs no search (two
 * searches of a two-byte text were 0.15 ms of a 5,000-line file's rescan).
 */
const [CREATE_TABLE_HINT] = sharedHints(['create table'] as const);

/** A row longer than this is not read as one (a minified file's only line, a JSON record per line). */
const MAX_ROW = 2048;

/**
 * A header row as the keyword pass reads it, so that a rule's keyword is found in it: lower case,
 * accented letters folded (`fødselsnummer` as `fodselsnummer`, `henkilötunnus` as `henkilotunnus`).
 */
function foldHeader(raw: string): string {
  const lower = raw.toLowerCase();
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0xc0) continue;
    const base = keywordLetterOf(c);
    if (base === 0) continue;
    out += lower.slice(from, i) + String.fromCharCode(base);
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** A delimited table: its header row in lower case, and where it ends (-1 when no row follows the header). */
export interface Table {
  readonly header: string;
  readonly end: number;
}

/**
 * Per text, the ends of the tables under the header rows asked about: the windows of several
 * rules end in the same table.
 */
export class TableEnds {
  /** Header row start → the header row in lower case, and the table's end (-1 when no row follows). */
  private readonly tables = new Map<number, Table>();

  /** Row start * 4 + delimiter index → the top row of the run of rows it belongs to (small integers: no boxed keys). */
  private readonly tops = new Map<number, number>();

  /** The last text's `CREATE TABLE` statements and their INSERTs' reach (see createTableAt), read once a text. */
  private definitions: readonly Definition[] | undefined;
  private definitionsText: string | undefined;

  /** Forgets the last text's tables (call before each text). */
  clear(): void {
    if (this.tables.size > 0) this.tables.clear();
    if (this.tops.size > 0) this.tops.clear();
    this.definitions = undefined;
    this.definitionsText = undefined;
  }

  /**
   * The first `CREATE TABLE` statement that the window from `from` to `to` overlaps, as a table: the statement in lower case (its
   * column names are the header a rule's keyword is looked for in) and the end of the last
   * `INSERT INTO` that table after it. A dump's column definitions label the tuples of its
   * INSERTs, which MySQL writes without a column list, many to a line, often far below.
   */
  definitionIn(text: string, from: number, to: number): Table | undefined {
    if (this.definitionsText !== text) {
      this.definitionsText = text;
      this.definitions = mayContain(text, CREATE_TABLE_HINT) && (text.includes('CREATE TABLE') || text.includes('create table')) ? readDefinitions(text) : [];
    }
    for (const d of this.definitions as readonly Definition[]) {
      if (d.start >= to) break;
      if (from < d.end) return d.insertsEnd > to ? { header: foldHeader(text.slice(d.start, d.end)), end: d.insertsEnd } : undefined;
    }
    return undefined;
  }

  /** The top row of the run of delimited rows that holds `pos` * 4 + the delimiter's index, or -1 when its line is no such row. */
  private tableTopAt(text: string, pos: number): number {
    const ls = rowStart(text, pos);
    if (ls === -1) return -1;
    const di = rowDelimiter(text, ls);
    return di === -1 ? -1 : this.runTop(text, ls, di) * 4 + di;
  }

  /** The rows `runTop` walked (kept: it runs for every window of every rule). */
  private readonly walked: number[] = [];

  /** The top row of the run of rows with two of the delimiter `di` or more that holds the row at `ls`. */
  private runTop(text: string, ls: number, di: number): number {
    const delim = DELIMITERS[di] as number;
    const walked = this.walked;
    walked.length = 0;
    let top = ls;
    for (;;) {
      const known = this.tops.get(top * 4 + di);
      if (known !== undefined) {
        top = known;
        break;
      }
      walked.push(top);
      if (top === 0) break;
      const prev = rowStart(text, top - 1);
      if (prev === -1 || countCode(text, prev, top - 1, delim, 2) < 2 || isPreambleComment(text, prev)) break;
      top = prev;
    }
    for (const row of walked) this.tops.set(row * 4 + di, top);
    return top;
  }

  /**
   * The table a window that ends at `to` ends inside: its header row in lower case (for the
   * caller to look for its rule's keywords) and where the table ends, past `to`. Undefined when
   * `to` is in no delimited table or the run's top row is no header. A window that ends in prose or
   * code costs a look at one line.
   */
  tableAt(text: string, to: number): Table | undefined {
    const packed = this.tableTopAt(text, to);
    if (packed === -1) return undefined;
    const delim = DELIMITERS[packed & 3] as number;
    const top = packed >> 2;
    let table = this.tables.get(top);
    if (table === undefined) {
      const topEnd = lineEndWithin(text, top, MAX_ROW);
      // (A Zeek log's `#fields` line heads its rows too, `#fields<TAB>ts<TAB>uid…`, one field longer
      // than they are, down to its `#close` line.)
      const zeek = delim === 9 && text.startsWith('#fields\t', top);
      const close = zeek ? text.indexOf('\n#close', top) : -1;
      const end = zeek ? (close === -1 ? text.length : close) : isHeaderRow(text, top, topEnd, delim) ? tableEnd(text, top, topEnd, delim) : -1;
      // pg_dump's rows under their `COPY … (columns) FROM stdin;` line, up to the `\.` line: the
      // COPY line is their header.
      const copy = end === -1 && delim === 9 ? copyHeaderAbove(text, top) : undefined;
      // An SQL dump's tuples under their `INSERT INTO t (columns) VALUES` line, up to the
      // statement's `;`: the INSERT line is their header.
      // (The INSERT line has commas too: the run of rows starts at it.)
      const insert = end === -1 && delim === 44 && copy === undefined ? insertHeaderAt(text, top, topEnd) : undefined;
      if (copy !== undefined) {
        const close = text.indexOf('\n\\.', top - 1);
        table = { header: foldHeader(copy), end: close === -1 ? text.length : close };
      } else if (insert !== undefined) {
        const close = text.indexOf(');', top);
        table = { header: foldHeader(insert), end: close === -1 ? text.length : close + 2 };
      } else table = { header: end === -1 ? '' : foldHeader(text.slice(top, topEnd)), end };
      this.tables.set(top, table);
    }
    return table.end > to ? table : undefined;
  }
}

/** A `CREATE TABLE` statement: where it starts and ends, and where the last INSERT into its table after it ends (-1: none). */
interface Definition {
  readonly start: number;
  readonly end: number;
  readonly insertsEnd: number;
}

/** A `CREATE TABLE` statement's start and its table's name (quoted or not, maybe with its schema). */
const CREATE_TABLE = native(/\bCREATE[ \t]+(?:TEMPORARY[ \t]+)?TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?([\w.`"[\]]{1,128})[ \t]*\(/giu);
/** An INSERT's start and its table's name. */
const INSERT_INTO = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+([\w.`"[\]]{1,128})/giu;
/** The longest CREATE TABLE statement read. */
const MAX_DEFINITION = 20_000;

/** A table's name without its quotes and schema, in lower case: `public."Clients"` and `clients` are one. */
function tableName(raw: string): string {
  const name = raw.replace(/[`"[\]]/gu, '').toLowerCase();
  return name.slice(name.lastIndexOf('.') + 1);
}

/** The text's CREATE TABLE statements in order, each with the reach of the INSERTs into its table that follow it. */
function readDefinitions(text: string): Definition[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const m of text.matchAll(native(CREATE_TABLE))) {
    // The statement ends at its first `;` (column definitions hold none, bar a comment's).
    const semi = text.indexOf(';', m.index);
    const end = semi === -1 || semi - m.index > MAX_DEFINITION ? Math.min(text.length, m.index + MAX_DEFINITION) : semi + 1;
    found.push({ start: m.index, end, name: tableName(m[1] as string) });
  }
  if (found.length === 0) return [];
  const lastInsert = new Map<string, number>();
  let unclosed = false;
  for (const m of text.matchAll(native(INSERT_INTO))) {
    // (An INSERT's tuples end the statement: `);`, or the text's end. Once none is left to find,
    // none is looked for again: a dump of one-row INSERTs costs one look each.)
    const close = unclosed ? -1 : text.indexOf(');', m.index);
    if (close === -1) unclosed = true;
    lastInsert.set(tableName(m[1] as string), close === -1 ? text.length : close + 2);
  }
  return found.map((d) => {
    const insertsEnd = lastInsert.get(d.name) ?? -1;
    return { start: d.start, end: d.end, insertsEnd: insertsEnd > d.end ? insertsEnd : -1 };
  });
}

/** pg_dump's line that opens a block of tab-separated rows: `COPY public.t (id, name) FROM stdin;`. */
const COPY_LINE = /^COPY[ \t][^\n]{1,2000}\)[ \t]+FROM[ \t]+stdin;[ \t]*\r?$/u;

/** The COPY line right above the row at `top`, in lower case; undefined when the line above is none. */
function copyHeaderAbove(text: string, top: number): string | undefined {
  if (top === 0) return undefined;
  const ls = lineStartWithin(text, top - 1, MAX_ROW);
  const line = text.slice(ls, top - 1);
  return COPY_LINE.test(line) ? line.toLowerCase() : undefined;
}

/** An SQL dump's line that opens a block of tuples, one per line: `INSERT INTO t (id, name) VALUES`. */
const INSERT_LINE = /^[ \t]*INSERT[ \t]+INTO[ \t][^\n]{1,2000}\)[ \t]*VALUES[ \t]*\r?$/iu;

/** A tuple's line (`(9100, 'x', …),`). */
const TUPLE_START = native(/^[ \t]*\(/u);

/** The INSERT line that is the row at `top` (to `topEnd`), in lower case, when a tuple's line follows it. */
function insertHeaderAt(text: string, top: number, topEnd: number): string | undefined {
  const line = text.slice(top, topEnd);
  if (!native(INSERT_LINE).test(line)) return undefined;
  const next = text.indexOf('\n', topEnd);
  return next !== -1 && TUPLE_START.test(text.slice(next + 1, next + 40)) ? line.toLowerCase() : undefined;
}

/**
 * The start of the line holding `pos` when it begins at most MAX_ROW characters back; else -1.
 * (A short look first, without the slice that lineStartWithin makes: most lines are short.)
 */
function rowStart(text: string, pos: number): number {
  const near = Math.max(0, pos - 256);
  for (let i = pos - 1; i >= near; i--) if (text.charCodeAt(i) === 10) return i + 1;
  if (near === 0) return 0;
  const ls = lineStartWithin(text, near, MAX_ROW - 256);
  return ls === 0 || text.charCodeAt(ls - 1) === 10 ? ls : -1;
}

/**
 * A comment line above a table's header, a `#` and a space (an export's `# <employer>,PAYE ref …,Tax
 * year 2024,,,` preamble), which is no row of the table; a comment that names the fields (`# fields:
 * ts | …`) is its header, and a `#` column's header (`#,Name,…`, `#\tCredential type`) has no space
 * after the `#`. The personal-data rules' column headers (rules/pii/_context.ts) read it too.
 */
export function isPreambleComment(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 35 || text.charCodeAt(at + 1) !== 32 || FIELDS_COMMENT.test(text.slice(at, at + 24))) return false;
  // (A comment of three or more field names and nothing else heads the rows below it too: a switch's
  // CDR file's `# rec_type|seq|calling|called|imsi|…`. A preamble's cells are words with spaces.)
  const end = text.indexOf('\n', at);
  return !COMMENT_HEADER.test(text.slice(at, end === -1 ? text.length : Math.min(end, at + MAX_ROW)));
}
const FIELDS_COMMENT = native(/^#[ \t]*[A-Za-z]{1,20}:/u);
/** A comment that is a row of field names: `# ` then identifiers (`rec_type`, `imsi`) split by one delimiter. */
const COMMENT_HEADER = native(/^# [A-Za-z_][\w.-]{0,40}([|,;\t])[A-Za-z_][\w.-]{0,40}(?:\1[A-Za-z_][\w.-]{0,40})+[ \t]*\r?$/u);

/** The delimiters of the tables read here: comma, tab, semicolon, pipe. */
const DELIMITERS = [44, 9, 59, 124] as const;

/**
 * The index in DELIMITERS of the delimiter the row starting at `ls` has most of, two at least; -1
 * for none or for a row longer than MAX_ROW. One pass over the row: most rows asked about are code or prose.
 */
function rowDelimiter(text: string, ls: number): number {
  const limit = Math.min(text.length, ls + MAX_ROW);
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  let pipes = 0;
  let i = ls;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 44) commas++;
    else if (c === 9) tabs++;
    else if (c === 59) semicolons++;
    else if (c === 124) pipes++;
  }
  if (i === limit && limit < text.length) return -1;
  const most = Math.max(commas, tabs, semicolons, pipes);
  if (most < 2) return -1;
  return most === commas ? 0 : most === tabs ? 1 : most === semicolons ? 2 : 3;
}

/**
 * The end of the table under the header row [top, topEnd): the first row below with fewer of the
 * header's delimiters (a blank line, prose after a pasted table). -1 when no row follows.
 */
function tableEnd(text: string, top: number, topEnd: number, delim: number): number {
  const cells = countCode(text, top, topEnd, delim);
  let s = topEnd + 1;
  let rows = 0;
  while (s < text.length) {
    const e = text.indexOf('\n', s);
    const rowEnd = e === -1 ? text.length : e;
    if (countCode(text, s, rowEnd, delim) < cells) break;
    rows++;
    s = rowEnd + 1;
  }
  return rows === 0 ? -1 : Math.min(s, text.length);
}

/**
 * A row of column names: every cell a short label (`first_name`, `"Phone (mobile)"`, `N° client`)
 * or empty. Not a line of code whose commas make it look like a row (`f(a, b, c);`). Read code
 * unit by code unit: this runs for the top of every run of delimited rows a window ends in.
 */
function isHeaderRow(text: string, from: number, to: number, delim: number): boolean {
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== delim) continue;
    if (!isLabelCell(text, cellStart, i)) return false;
    cellStart = i + 1;
  }
  return true;
}

/**
 * A cell that is empty or a label: a letter, `_` or `#`, then at most 40 of letters, digits and
 * ` _.#()/°º-'`, or a unit's or a share's signs (`Waga [kg]`, `Zusatzbeitrag %`, `P&L`, `Aktiv?`), or a
 * colon between an object and its field, as a Salesforce report names its columns (`Contact: Full Name`),
 * optionally quoted, spaces around. Or digits first with an underscore among them: an
 * ageing report's buckets (`31_60`, `91_120`), which no value of a row is written as; or a numbered
 * label (isNumberedLabel).
 */
function isLabelCell(text: string, from: number, to: number): boolean {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e && isQuote(text.charCodeAt(s))) s++;
  if (e > s && isQuote(text.charCodeAt(e - 1))) e--;
  if (s === e) return true;
  if (e - s > 41) return false;
  const first = text.charCodeAt(s);
  if (!isLetter(first) && first !== 95 && first !== 35 && !(isDigit(first) && (countCode(text, s, e, 95, 1) === 1 || isNumberedLabel(text, s, e)))) return false;
  for (let i = s + 1; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !(c >= 48 && c <= 57) && LABEL_PUNCTUATION.indexOf(String.fromCharCode(c)) === -1) return false;
  }
  return true;
}
// (An apostrophe inside a label: French and Italian elide their articles, `Nom d'usage`, `Date d'entrée`, `Codice dell'utente`.)
// (A currency's sign in a label: a UK payroll's `Hourly Rate (£)`, `Salaire (€)`.)
const LABEL_PUNCTUATION = " _.#()/°º-[]%&+?:'£€$¥₹";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A label that starts with a number: one or two digits and a letter (`13TH MONTH & OTHER BENEFITS`,
 * `2FA`, `1st contact`), or a form's four-digit source code, a space and a capital (an IRP5
 * reconciliation's `3601 Income`), as the personal-data rules' header cells read them.
 */
function isNumberedLabel(text: string, s: number, e: number): boolean {
  let i = s;
  while (i < e && i - s < 4 && isDigit(text.charCodeAt(i))) i++;
  const digits = i - s;
  if (digits <= 2) return i < e && isLetter(text.charCodeAt(i));
  const next = text.charCodeAt(i + 1);
  return digits === 4 && text.charCodeAt(i) === 32 && next >= 65 && next <= 90;
}

/** An ASCII letter or any letter-bearing code unit past ASCII (accents, other scripts). */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

/** How many times the code unit `code` occurs in text[from, to), counted up to `limit` (a caller that needs two stops at the second). */
function countCode(text: string, from: number, to: number, code: number, limit = Infinity): number {
  let n = 0;
  for (let i = from; i < to && n < limit; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}
