// Which column of an SQL dump or seed a value sits in. Four shapes:
//  - `INSERT INTO customers (id, full_name, email) VALUES (…), (…);`, one tuple per line or many on
//    one line (an ORM's bulk insert, mysqldump's --complete-insert);
//  - `INSERT INTO \`customers\` VALUES (…),(…);`, mysqldump's default: no column list, so the
//    columns are the ones of the `CREATE TABLE` above it in the same text;
//  - pg_dump's `COPY public.customers (id, full_name, email) FROM stdin;` and its tab-separated rows;
//  - an ORM's logged parameters (Entity Framework's `[Parameters=[@p0='…', @p1='…']` before its
//    command `INSERT INTO [Customers] ([Bsn], [Email]) VALUES (@p0, @p1)` or `SET [Email] = @p1`;
//    Hibernate's `binding parameter [2] as [VARCHAR] - [value]` after `insert into customer (email,
//    phone) values (?, ?)`): the column the command puts the parameter in.
// The answers are raw column names (quotes and brackets removed); the caller normalises them.

import { lineEndWithin, lineStartWithin } from '../../scan/lines';
import { native } from '../../scan/nativeRegex';
import { perText } from '../../scan/perText';
import { mayContain, sharedHints } from '../../scan/sharedHints';

/** The words of pg_dump's data blocks (see copyBlocks). */
const [COPY_HINT] = sharedHints(['from stdin;'] as const);
/** The words of an INSERT statement (see insertHeaders). */
const [INSERT_HINT, VALUES_HINT] = sharedHints(['insert', 'values'] as const);

/** A table's name as a key: its last dotted part, unquoted, in lower case (`[dbo].[Patient]` → `patient`). */
function tableKey(name: string): string {
  const parts = name.replace(/["`[\]]/gu, '').split('.');
  return (parts[parts.length - 1] as string).toLowerCase();
}

/** A column name as written in a list, unquoted (`"full_name"`, `` `email` ``, `[PatientId]`). */
function unquote(name: string): string {
  return name.replace(/["`[\]]/gu, '').trim();
}

// Case spelled out rather than `i`: with `iu`, V8 ran this 12x slower over whole texts.
// (SQL Server's scripted inserts leave out INTO: `INSERT [dbo].[Patient] ([PatientId], …) VALUES`.)
// (SQL Server's and Entity Framework's `OUTPUT INSERTED.[Id]` may stand between the columns and VALUES.)
const SQL_INSERT = native(/\b[iI][nN][sS][eE][rR][tT]\s+(?:[iI][nN][tT][oO]\s+)?([\w."`[\]]{1,128})\s*(?:\(([^()]{1,4000})\)\s*)?(?:OUTPUT\s+[\w.[\]", ]{1,400}?\s+)?[vV][aA][lL][uU][eE][sS]\b/gu);

// `CREATE TABLE [IF NOT EXISTS] name (`: its column definitions follow, up to the closing `)`.
const CREATE_TABLE = native(/\b[cC][rR][eE][aA][tT][eE]\s+(?:[tT][eE][mM][pP][oO][rR][aA][rR][yY]\s+)?[tT][aA][bB][lL][eE]\s+(?:[iI][fF]\s+[nN][oO][tT]\s+[eE][xX][iI][sS][tT][sS]\s+)?([\w."`[\]]{1,128})\s*\(/gu);

/** A table definition's entry that is no column: a key, an index, a constraint. */
const NOT_A_COLUMN = native(/^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|PERIOD|LIKE|EXCLUDE)\b/iu);

/** The longest statement part read: a table definition or one tuple. */
const MAX_PART = 20_000;

interface InsertHeader {
  /** Where `VALUES` ends: the tuples follow. */
  readonly end: number;
  readonly table: string;
  /** The statement's own column list, if it has one. */
  readonly columns: readonly string[] | undefined;
  /** The tuples' bounds (open and close parentheses, in pairs), read on first use. */
  tuples?: number[];
}

/** The `INSERT … VALUES` headers of a text, in order. */
const insertHeaders = perText((text): InsertHeader[] => {
  const headers: InsertHeader[] = [];
  if (mayContain(text, INSERT_HINT) && mayContain(text, VALUES_HINT) && /[vV][aA][lL][uU][eE][sS]/u.test(text)) {
    for (const m of text.matchAll(SQL_INSERT)) {
      headers.push({ end: m.index + m[0].length, table: tableKey(m[1] as string), columns: m[2] === undefined ? undefined : m[2].split(',').map(unquote) });
    }
  }
  return headers;
});

/** Whether the text's strings escape quotes with a backslash (MySQL's `'O\'Brien'`) rather than only by doubling them. */
const backslashEscapes = perText((text) => text.includes("\\'"));

/** Whether the character at `i` is a letter (ASCII first: the common case costs no regex). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  if (c >= 97 && c <= 122) return true;
  return text.charCodeAt(i) > 127 && /\p{L}/u.test(text.charAt(i));
}

/**
 * From `open` (a `(`), the offset of its matching `)`, skipping quoted strings; -1 when the part
 * runs past MAX_PART or the text's end. `commas`, when given, collects the offsets of the commas
 * at the top level.
 */
function closeOf(text: string, open: number, escapes: boolean, commas?: number[]): number {
  let depth = 0;
  let quoted = false;
  const end = Math.min(text.length, open + MAX_PART);
  for (let i = open + 1; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === 92 && escapes) i++;
      // (A quote between two letters is a name's apostrophe that a hand-made dump left unescaped,
      // `'O'Quill'`: closing there would misread every row after it. Valid SQL never closes a
      // string right before a letter.)
      else if (ch === 39 && !(isLetterAt(text, i - 1) && isLetterAt(text, i + 1))) quoted = false;
    } else if (ch === 39) quoted = true;
    else if (ch === 40) depth++;
    else if (ch === 41) {
      if (depth-- === 0) return i;
    } else if (ch === 44 && depth === 0) commas?.push(i);
  }
  return -1;
}

/** The tuples after a header: `(…)`, separated by commas and blanks, up to anything else (`;`). */
function tuplesOf(text: string, header: InsertHeader): number[] {
  if (header.tuples !== undefined) return header.tuples;
  const tuples: number[] = [];
  const escapes = backslashEscapes(text);
  let i = header.end;
  for (;;) {
    while (i < text.length && /\s/u.test(text.charAt(i))) i++;
    if (text.charCodeAt(i) !== 40) break;
    const close = closeOf(text, i, escapes);
    if (close === -1) break;
    tuples.push(i, close);
    i = close + 1;
    while (i < text.length && /\s/u.test(text.charAt(i))) i++;
    if (text.charCodeAt(i) !== 44) break;
    i++;
  }
  header.tuples = tuples;
  return tuples;
}

/** SQL Server's identity column, which an INSERT without a column list leaves out (`[Id] INT IDENTITY(1,1) PRIMARY KEY`). */
const IDENTITY_COLUMN = native(/\sIDENTITY\b/iu);

/** A table's columns, and those an INSERT without a column list gives values for (not SQL Server's identity column). */
interface TableColumns {
  readonly all: readonly string[];
  readonly inserted: readonly string[];
}

/** The column names of each `CREATE TABLE` of a text, by table key (the last definition wins). */
const tableColumns = perText((text) => {
  const tables = new Map<string, TableColumns>();
  if (!/[cC][rR][eE][aA][tT][eE]\s+(?:[tT][eE][mM][pP][oO][rR][aA][rR][yY]\s+)?[tT][aA][bB][lL][eE]/u.test(text)) return tables;
  const escapes = backslashEscapes(text);
  for (const m of text.matchAll(CREATE_TABLE)) {
    const open = m.index + m[0].length - 1;
    const commas: number[] = [];
    const close = closeOf(text, open, escapes, commas);
    if (close === -1) continue;
    const columns: string[] = [];
    const inserted: string[] = [];
    let from = open + 1;
    for (const to of [...commas, close]) {
      const definition = text.slice(from, to).trim();
      from = to + 1;
      if (NOT_A_COLUMN.test(definition)) continue;
      const name = /^(?:`([^`]+)`|"([^"]+)"|\[([^\]]+)\]|([\p{L}_][\p{L}\p{N}_$]*))/u.exec(definition);
      if (name === null) continue;
      const column = name[1] ?? name[2] ?? name[3] ?? (name[4] as string);
      columns.push(column);
      if (!IDENTITY_COLUMN.test(definition)) inserted.push(column);
    }
    tables.set(tableKey(m[1] as string), { all: columns, inserted });
  }
  return tables;
});

/** The last item of sorted `values` at or before `at`: its index, or -1. */
function lastAtOrBefore(count: number, valueAt: (i: number) => number, at: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The column of an `INSERT … VALUES` tuple that `start` sits in, by the statement's column list or,
 * without one, by the columns of the table's `CREATE TABLE` in the same text; undefined elsewhere.
 */
export function sqlInsertColumn(text: string, start: number): string | undefined {
  return sqlInsertCell(text, start)?.column;
}

/** A value's table (its key: tableKey) and column in an SQL dump or seed. */
export interface SqlCell {
  readonly table: string;
  readonly column: string;
}

/** An INSERT tuple's cell: its table and column, and the statement's (or table's) columns. */
export interface SqlInsertCell extends SqlCell {
  readonly columns: readonly string[];
}

/** The INSERT statement whose tuple holds `start`, and that tuple's bounds. */
function insertTupleAt(text: string, start: number): { readonly header: InsertHeader; readonly open: number; readonly close: number } | undefined {
  const headers = insertHeaders(text);
  if (headers.length === 0) return undefined;
  const h = lastAtOrBefore(headers.length, (i) => (headers[i] as InsertHeader).end, start);
  if (h === -1) return undefined;
  const header = headers[h] as InsertHeader;
  const tuples = tuplesOf(text, header);
  const t = lastAtOrBefore(tuples.length / 2, (i) => tuples[2 * i] as number, start);
  if (t === -1) return undefined;
  const open = tuples[2 * t] as number;
  const close = tuples[2 * t + 1] as number;
  return start < close ? { header, open, close } : undefined;
}

/** The table of the SQL INSERT whose tuple holds `start`, its columns known or not. */
export function sqlInsertTable(text: string, start: number): string | undefined {
  return insertTupleAt(text, start)?.header.table;
}

/** sqlInsertColumn's answer with the statement's table and all its columns. */
export function sqlInsertCell(text: string, start: number): SqlInsertCell | undefined {
  const at = insertTupleAt(text, start);
  if (at === undefined) return undefined;
  const { header, open } = at;
  const table = header.columns === undefined ? tableColumns(text).get(header.table) : undefined;
  if (header.columns === undefined && table === undefined) return undefined;
  // The commas before the value, at the tuple's top level (a quoted comma or a call's is no cell's).
  const commas: number[] = [];
  closeOf(text, open, backslashEscapes(text), commas);
  let column = 0;
  while (column < commas.length && (commas[column] as number) < start) column++;
  // Without a column list, a tuple has a value for every column, or for every one but SQL Server's
  // identity column; a tuple of another width is not a row of this table (a definition changed since).
  const columns = header.columns ?? (commas.length + 1 === table?.all.length ? table.all : commas.length + 1 === table?.inserted.length ? table.inserted : undefined);
  if (columns === undefined) return undefined;
  const name = columns[column];
  return name === undefined ? undefined : { table: header.table, column: name, columns };
}

// `COPY public.customers (id, full_name, email) FROM stdin;` (pg_dump's data format): tab-separated
// rows follow, up to a line holding `\.` alone.
const SQL_COPY = /^COPY[ \t]+([\w."]{1,128})[ \t]*\(([^()\n]{1,4000})\)[ \t]+FROM[ \t]+stdin;[ \t]*\r?$/gmu;

/** The `COPY … (columns) FROM stdin;` blocks of a text: where their rows start and end. */
const copyBlocks = perText((text) => {
  const blocks: { start: number; end: number; table: string; columns: string[] }[] = [];
  if (mayContain(text, COPY_HINT) && text.includes('FROM stdin;')) {
    for (const m of text.matchAll(SQL_COPY)) {
      const start = m.index + m[0].length + 1;
      const close = text.indexOf('\n\\.', start - 1);
      blocks.push({ start, end: close === -1 ? text.length : close, table: tableKey(m[1] as string), columns: (m[2] as string).split(',').map(unquote) });
    }
  }
  return blocks;
});

/** The longest row read. */
const MAX_ROW = 512;

/**
 * In a pg_dump data block, the column the match sits in: the match's row is split on tabs and its
 * cell's index read off the `COPY` statement's column list.
 */
export function sqlCopyColumn(text: string, start: number): string | undefined {
  return sqlCopyCell(text, start)?.column;
}

/** The column list of the pg_dump `COPY` block whose rows hold `start`, or undefined outside one. */
export function sqlCopyColumns(text: string, start: number): readonly string[] | undefined {
  return copyBlocks(text).find((b) => b.start <= start && start < b.end)?.columns;
}

/** sqlCopyColumn's answer with the block's table. */
export function sqlCopyCell(text: string, start: number): SqlCell | undefined {
  const block = copyBlocks(text).find((b) => b.start <= start && start < b.end);
  if (block === undefined) return undefined;
  const ls = lineStartWithin(text, start, MAX_ROW);
  if (!(ls === 0 || text.charCodeAt(ls - 1) === 10) || ls < block.start) return undefined;
  const row = text.slice(ls, lineEndWithin(text, ls, MAX_ROW));
  if (row.split('\t').length !== block.columns.length) return undefined;
  const column = block.columns[text.slice(ls, start).split('\t').length - 1];
  return column === undefined ? undefined : { table: block.table, column };
}

/** A logged parameter's name right before its value: `@p0='`, `@__email_0='` (Entity Framework), `@p3=`. */
const PARAMETER_BEFORE = /@(\w{1,40})='?$/u;
/** How far after a parameter's value its command may be logged. */
const PARAMETER_REACH = 6000;
/** The column set to or compared with what follows: `[Email] = `, `c1_0.email = `, `"email" like `. */
const COLUMN_BEFORE = /(?:[\w"`[\]]{1,128}\.)?(?:"([^"\n]{1,128})"|`([^`\n]{1,128})`|\[([^\]\n]{1,128})\]|([A-Za-z_]\w{0,127}))\s*(?:=|<>|!=|>=|<=|>|<|\blike)\s*$/iu;

/** The column a statement sets to or compares with the parameter or placeholder at `at` (read back 160 characters). */
function columnBefore(statement: string, at: number): string | undefined {
  const c = COLUMN_BEFORE.exec(statement.slice(Math.max(0, at - 160), at));
  return c === null ? undefined : c[1] ?? c[2] ?? c[3] ?? c[4];
}

/**
 * The column an ORM's logged parameter goes to: the value sits after `@p0='` in a parameter list,
 * and the command logged after it puts `@p0` in an INSERT's tuple or sets or compares a column with
 * it. Undefined elsewhere.
 */
export function sqlParameterColumn(text: string, start: number): string | undefined {
  if (start >= 3 && text.charCodeAt(start - 1) === 91 /* [ */) return boundParameterColumn(text, start);
  if (start < 3 || text.charCodeAt(start - 1) !== 39 /* ' */ && text.charCodeAt(start - 1) !== 61 /* = */) return undefined;
  const m = PARAMETER_BEFORE.exec(text.slice(Math.max(0, start - 44), start));
  if (m === null) return undefined;
  const name = `@${m[1] as string}`;
  const limit = Math.min(text.length, start + PARAMETER_REACH);
  for (let at = text.indexOf(name, start); at !== -1 && at < limit; at = text.indexOf(name, at + name.length)) {
    const after = text.charCodeAt(at + name.length);
    // (The parameter's own entry, `@p1=`, or a longer name, `@p10`: not its use.)
    if (after === 61 /* = */ || (after >= 48 && after <= 57) || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 95) continue;
    const cell = sqlInsertCell(text, at);
    if (cell !== undefined) return cell.column;
    return columnBefore(text, at);
  }
  return undefined;
}

/** Hibernate's bound parameter right before its value: `binding parameter [2] as [VARCHAR] - [`, `binding parameter (2:VARCHAR) <- [`. */
const BOUND_BEFORE = /binding parameter (?:\[(\d{1,4})\] as \[\w{1,40}\] - |[([](\d{1,4}):\w{1,40}[)\]] <- )\[$/u;
/** How far before its bindings a statement may be logged (a formatted statement spans lines). */
const STATEMENT_REACH = 4000;
/** The statement a bound parameter belongs to: the last one logged before it. */
const STATEMENT_START = /\b(?:insert\s+into|update|select|delete\s+from|merge\s+into)\s/giu;
/** An INSERT's table, column list and tuple of placeholders (a value may be a call: `values (?, now(), ?)`). */
const INSERT_PLACEHOLDERS = native(/^insert\s+into\s+[\w."`[\]]{1,128}\s*\(([^()]{1,4000})\)\s*values\s*\(((?:[^()]|\([^()]{0,200}\)){1,4000})\)/iu);

/** The column of a Hibernate binding's value: the statement logged before it puts that placeholder (`?`) there. */
function boundParameterColumn(text: string, start: number): string | undefined {
  const lead = text.slice(Math.max(0, start - 64), start);
  // (Most values after a `[` are no binding's: a plain search rules them out first.)
  const m = lead.includes('binding parameter') ? BOUND_BEFORE.exec(lead) : null;
  if (m === null) return undefined;
  const n = Number(m[1] ?? m[2]);
  // The statement: the last one that starts before the bindings' first line.
  const before = text.slice(Math.max(0, start - STATEMENT_REACH), start);
  // (The first parameter's binding opens the group this one belongs to.)
  const firstBinding = Math.max(before.lastIndexOf('binding parameter [1]'), before.lastIndexOf('binding parameter (1:'), before.lastIndexOf('binding parameter [1:'));
  const head = before.slice(0, firstBinding === -1 ? before.length : firstBinding);
  let statementAt = -1;
  for (const s of head.matchAll(STATEMENT_START)) statementAt = s.index;
  if (statementAt === -1) return undefined;
  const statement = head.slice(statementAt);
  const insert = INSERT_PLACEHOLDERS.exec(statement);
  if (insert !== null) {
    const columns = (insert[1] as string).split(',').map(unquote);
    const values = (insert[2] as string).split(',').map((v) => v.trim());
    let seen = 0;
    for (let i = 0; i < values.length; i++) if (values[i] === '?' && ++seen === n) return columns[i];
    return undefined;
  }
  let seen = 0;
  for (let i = statement.indexOf('?'); i !== -1; i = statement.indexOf('?', i + 1)) {
    if (++seen < n) continue;
    return columnBefore(statement, i);
  }
  return undefined;
}
