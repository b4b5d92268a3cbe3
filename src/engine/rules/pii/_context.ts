// Context helpers for the personal-data rules: "is there a label such as `ssn` or `phone` near
// this match?". Keyword hits in the prefilter only enable a rule for the whole text; proximity is
// checked here, per match, on a short window. Windows are normalised (camelCase split, lower case)
// so that `customerPhone`, `customer_phone` and `Customer phone` read alike.
import { lineEndWithin, lineStartWithin } from '../../scan/lines';
import type { MatchContext } from '../../types';
import { perText } from '../../scan/perText';
import { mayContain, sharedHints } from '../../scan/sharedHints';
import { ALL_GIVEN_NAMES, ORGANISATION_WORD, PLACEHOLDER_NAMES, PLACEHOLDER_SURNAMES, PUBLIC_FIGURES } from './_names';
import { sqlCopyCell, sqlCopyColumn, sqlCopyColumns, sqlInsertCell, sqlInsertColumn, sqlInsertTable, sqlParameterColumn } from './_sql';
import { toTrieSource } from './_trie';
import { isLexiconFullName } from './_fullName';
import { native } from '../../scan/nativeRegex';
import { nextSearchIndex } from '../../scan/advance';
import { isPreambleComment } from '../../scan/tables';
import { lowerBound } from '../../scan/sorted';

/** A camelCase hump: a lower-case letter, then a capital. */
const CAMEL_HUMP = native(/(\p{Ll})(\p{Lu})/gu);
/** Whether a text has a hump at all: a test, without the replacement's captures. */
const HAS_HUMP = native(/\p{Ll}\p{Lu}/u);

/** Splits camelCase and lower-cases, so one context regex covers `mobilePhone` and `MOBILE_PHONE`. */
export function normalizeContext(s: string): string {
  const lower = s.toLowerCase();
  // No capital, or capitals without a hump (`ЕГН:`, `SSN`, `Phone`): the lower case is the answer,
  // without the replacement and a second lower-casing (a third of a dense Cyrillic scan's context checks).
  if (lower === s || !HAS_HUMP.test(s)) return lower;
  return s.replace(CAMEL_HUMP, '$1 $2').toLowerCase();
}

/** Windows a text gets normalised one by one before normalizedSlice reads them from its lower case. */
const WINDOWS_BEFORE_LOWER_TEXT = 32;

/** Texts up to this length are lower-cased whole, once, for all the rules' windows. */
const WHOLE_LOWER = 256 * 1024;

/**
 * Longer texts are lower-cased in parts of this many code units, a few kept at a time, rather
 * than whole: a 5 MB minified bundle's lower case and hump list were 8 MB held for its whole scan,
 * on top of the text and its escaped-breaks view. The parts are small because each rule's pass
 * starts over at the text's start and pays for every part its windows touch: with 256 KB parts,
 * the 5.4 MB bench bundle lower-cased 25 MB per scan (96 parts, a quarter of its scan time) for
 * windows that cover a few hundred KB.
 */
const LOWER_PART = 16 * 1024;
/** Parts kept per text (the windows of one rule's pass move forward; the next pass starts over). */
const LOWER_PARTS_KEPT = 16;

/** A stretch of a text in lower case, with its humps and capital sigmas (offsets in the text). */
interface LowerPart {
  readonly start: number;
  /** The stretch in lower case (null when lower-casing changed its length: `İ`). */
  readonly lower: string | null;
  /** Where each hump starts (its lower-case letter) and each capital sigma stands, in order. */
  readonly humps: readonly number[];
  readonly sigmas: readonly number[];
}

interface LowerText {
  windows: number;
  /** The parts computed so far, most recently used last. */
  parts: LowerPart[];
}

const lowerTextOf = perText((): LowerText => ({ windows: 0, parts: [] }));

/** True when some value of the sorted `at` lies in `from`..`to` (both included). */
function anyBetween(at: readonly number[], from: number, to: number): boolean {
  const i = lowerBound(at, from);
  return i < at.length && (at[i] as number) <= to;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The text from `start` to `end` in lower case, with its humps and capital sigmas. */
function toLowerPart(text: string, start: number, end: number): LowerPart {
  const stretch = start === 0 && end === text.length ? text : text.slice(start, end);
  const lower = stretch.toLowerCase();
  const humps: number[] = [];
  const sigmas: number[] = [];
  if (lower.length !== stretch.length) return { start, lower: null, humps, sigmas };
  if (lower !== stretch) {
    // (CAMEL_HUMP, compiled to machine code at load: a pattern first compiled late in a long
    // process may run unoptimised, see nativeRegex.)
    // (\`test\`, not \`exec\`: a match array per hump was 100 MB over the bench corpus. A hump is
    // two letters, one or two code units each: its start is read back from the match's end.)
    CAMEL_HUMP.lastIndex = 0;
    while (CAMEL_HUMP.test(stretch)) {
      let at = CAMEL_HUMP.lastIndex - 2;
      if (isLowSurrogate(stretch.charCodeAt(at + 1))) at--;
      if (isLowSurrogate(stretch.charCodeAt(at))) at--;
      humps.push(start + at);
    }
    CAMEL_HUMP.lastIndex = 0;
    for (let i = stretch.indexOf('\u03a3'); i !== -1; i = stretch.indexOf('\u03a3', i + 1)) sigmas.push(start + i);
  }
  return { start, lower, humps, sigmas };
}

/** The part of a text's lower case that holds `from`..`to`, or undefined when the window straddles two parts. */
function lowerPartOf(text: string, lt: LowerText, from: number, to: number): LowerPart | undefined {
  if (text.length <= WHOLE_LOWER) return (lt.parts[0] ??= toLowerPart(text, 0, text.length));
  const start = from - (from % LOWER_PART);
  if (to > start + LOWER_PART) return undefined;
  const i = lt.parts.findIndex((p) => p.start === start);
  if (i !== -1) {
    const part = lt.parts[i] as LowerPart;
    if (i !== lt.parts.length - 1) lt.parts.push(...lt.parts.splice(i, 1));
    return part;
  }
  const part = toLowerPart(text, start, Math.min(text.length, start + LOWER_PART));
  if (lt.parts.length >= LOWER_PARTS_KEPT) lt.parts.shift();
  lt.parts.push(part);
  return part;
}

/**
 * `normalizeContext(text.slice(from, to))`. A text with many windows (a dense export: thousands of
 * ids, each with its label checked) has them read from its lower case, computed once (per part of
 * a long text): a window with no hump and no capital sigma (whose lower case depends on its
 * neighbours) lower-cases to the same as that part of the text's lower case. (Lower-casing each
 * window was a fifth of a dense Cyrillic scan.) A window that cuts a surrogate pair in two, or
 * straddles two parts, is normalised on its own.
 */
export function normalizedSlice(text: string, from: number, to: number): string {
  const lt = lowerTextOf(text);
  if (lt.windows < WINDOWS_BEFORE_LOWER_TEXT) {
    lt.windows++;
    return normalizeContext(text.slice(from, to));
  }
  const part = lowerPartOf(text, lt, from, to);
  if (part === undefined || part.lower === null) return normalizeContext(text.slice(from, to));
  const first = text.charCodeAt(from);
  const last = text.charCodeAt(to - 1);
  if ((first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff)) return normalizeContext(text.slice(from, to));
  if (anyBetween(part.humps, from, to - 2) || anyBetween(part.sigmas, from, to - 1)) return normalizeContext(text.slice(from, to));
  return part.lower.slice(from - part.start, to - part.start);
}

/** How far the helpers look for a line break: context windows are short, and a bounded search keeps one match O(1) even in a megabyte-long line. */
const MAX_LINE = 2048;

/**
 * Start of the line that contains `pos`, looking back at most `limit` characters; when no line break
 * is that close, `pos - limit` (see `isLineStart`).
 */
export function lineStartNear(text: string, pos: number, limit = MAX_LINE): number {
  return lineStartWithin(text, pos, limit);
}

/** A copyright notice before a name on its line: `Copyright (c) 2010-2020 …`, `(c) 2023 …`, `© …`. */
const COPYRIGHT_BEFORE = /(?:copyright|\(c\)|©)/iu;

/**
 * The name at `ctx` holds a copyright (a licence header, a vendored file's banner): public
 * attribution, not a person's data in the text. (`@author` in a team's own code is the person's.)
 */
export function isCopyrightHolder(ctx: MatchContext): boolean {
  return isCopyrightHolderAt(ctx.text, ctx.start);
}

/** isCopyrightHolder for a position: a copyright notice before it on its line, or a Debian copyright field above its continuation line. */
export function isCopyrightHolderAt(text: string, start: number): boolean {
  const lineStart = lineStartNear(text, start, 160);
  if (COPYRIGHT_BEFORE.test(text.slice(Math.max(lineStart, start - 160), start))) return true;
  if (start < BANNER_REACH && start < licenceBannerEnd(text)) return true;
  // A continuation line of a Debian copyright file's field (`Copyright: 1994 Ian Murdock` then
  // `           1995 Sven Rudolph`): its holders, one a line, under the field's name.
  if (!isBlankOrSpace(text.charCodeAt(lineStart))) return false;
  // (Looked for in the 3,000 characters above only: lastIndexOf on the whole text would walk back to its start for every name.)
  const from = Math.max(0, lineStart - DEP5_REACH);
  const above = text.slice(from, lineStart);
  const field = above.lastIndexOf('\nCopyright:');
  return (field !== -1 || (from === 0 && above.startsWith('Copyright:'))) && DEP5_COPYRIGHT_FIELD.test(above.slice(Math.max(0, field)));
}

const DEP5_REACH = 3000;

/** How far into a text its leading comments are read for a licence banner. */
const BANNER_REACH = 6000;
/** A copyright notice with its year, and a free licence's words: a published work's banner. */
const BANNER_COPYRIGHT = native(/(?:copyright|\(c\)|©)[ \t]*(?:\(c\)|©)?[ \t]*(?:19|20)\d\d/iu);
const BANNER_LICENCE = native(/warranty|permission is hereby granted|redistribution and use|licensed under|gnu (?:lesser |affero )?general public|spdx-license-identifier|mozilla public|apache license|this software is provided/iu);
/** One leading comment: a block comment, a run of line comments, a module docstring. */
const LEADING_COMMENT = native(/[ \t\r\n]*(?:\/\*[^]*?\*\/|<!--[^]*?-->|"""[^]*?"""|'''[^]*?'''|(?:(?:\/\/|#|--|;|%)[^\n]*(?:\n|$))+)/uy);

/**
 * End of a text's licence banner: the comments it opens with (after a shebang), when they hold a dated
 * copyright notice and a free licence's words (md5.c's `Copyright (C) 1999 … This software is provided
 * 'as-is', without any express or implied warranty`). The authors a banner credits, on lines of
 * their own too, are a published work's. 0 when the text opens with no such banner. Read once a text.
 */
const licenceBannerEnd = perText((text: string): number => {
  const head = text.slice(0, BANNER_REACH);
  let end = 0;
  if (head.startsWith('#!')) {
    end = head.indexOf('\n') + 1;
    if (end === 0) return 0;
  }
  for (;;) {
    LEADING_COMMENT.lastIndex = end;
    if (LEADING_COMMENT.exec(head) === null) break;
    end = LEADING_COMMENT.lastIndex;
  }
  const banner = head.slice(0, end);
  return BANNER_COPYRIGHT.test(banner) && BANNER_LICENCE.test(banner) ? end : 0;
});

/** The lines above a DEP-5 continuation line, up to its field's name: `Copyright:` then indented lines only. */
const DEP5_COPYRIGHT_FIELD = native(/(?:^|\n)Copyright:[^\n]*\n(?:[ \t][^\n]*\n){0,60}$/u);

function isBlankOrSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Four or five hex digits as a whole word, with a letter among them (a code point: `20BBF`, `56DD`).
 * Not a hyphenated id's group: an upper-case UUID's `D660` and `BEA5` (a device id beside a phone in
 * an analytics event) are no code points.
 */
const HEX_GROUP_WITH_LETTER = /(?<![\w-])[0-9A-F]{0,4}[A-F][0-9A-F]{0,4}(?![\w-])/gu;

/**
 * The number stands among groups of hex digits on its line, a table of code points (Unicode::Collate's
 * `5414 5415 5416 5417 20BBF 20BC6 56DD`, a collation's `0063 0043 0053 ; [.1FD7…]`): its digit groups
 * are code points too, not a card's or an id's.
 */
export function isInCodePointRun(ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  const line = text.slice(lineStartWithin(text, start, 300), lineEndWithin(text, end, 300));
  const hex = line.match(HEX_GROUP_WITH_LETTER);
  return hex !== null && hex.filter((g) => g.length >= 4).length >= 2;
}

/** A reStructuredText citation's start (`.. [1] `, `.. [AS] `), inside a comment or a docstring. */
const REST_CITATION_START = native(/^[ \t]*(?:(?:#|\/\/|\*|"|')[ \t]*)?\.\. \[[^\]\n]{1,16}\][ \t]/u);
/** A reference list's entry start (`[1] `, `[AS] `, `[Knuth97] `): a citation when the entry also reads like one. */
const LIST_CITATION_START = native(/^[ \t]*(?:(?:#|\/\/|\*)[ \t]*)?\[(?:\d{1,3}|[A-Z][\w+-]{0,12})\][ \t]/u);
/** What a bibliographic reference carries: its publishing words and numbers. */
const CITATION_CUE = native(/(?<![A-Za-z])(?:et al\.|[Ee]ds?\.|Proc\.|Proceedings|Journal|[Vv]ol\. ?\d|pp\. ?\d|doi:|arXiv|ISBN|University Press|and Sons|Springer|Elsevier|SIAM|IEEE|ACM|Wiley|Addison)/u);
/** A licence right after a credited name: ` (public domain)`, ` (BSD-2-Clause)`, `, MIT licence`. */
const LICENSED_CREDIT_AFTER = native(
  /^(?:[ \t]*\(|,[ \t]*|[ \t]+under[ \t]+(?:the[ \t]+)?)(?:public[ \t-]domain|MIT|BSD|Apache|(?:L|A)?GPL|MPL|ISC|zlib|Zlib|CC0|CC[ -]BY|Unlicense|Boost|Artistic|EPL|WTFPL|0BSD|BlueOak)\b/u,
);
const CITATION_YEAR = /(?<!\d)(?:1[6-9]|20)\d\d(?!\d)/u;
/** A work's title in Title Case, quoted or in italics (`"Designing Data-Intensive Applications"`, `*Refactoring Databases*`, `_Team Topologies_`, `*Thinking, Fast and Slow*`). */
const TITLE_CASE_WORK = String.raw`(?:["“][A-Z][\w'’-]*,?(?:[ \t]+(?:[A-Z0-9][\w'’-]*,?|a|an|the|of|and|in|on|for|to|with|or|at|from|into)){1,12}[.?!:]?["”]|\*{1,2}[A-Z][\w'’-]*,?(?:[ \t]+(?:[A-Z0-9][\w'’-]*,?|a|an|the|of|and|in|on|for|to|with|or|at|from|into)){1,12}[.?!:]?\*{1,2}|_[A-Z][\w'’-]*,?(?:[ \t]+(?:[A-Z0-9][\w'’-]*,?|a|an|the|of|and|in|on|for|to|with|or|at|from|into)){1,12}_)`;

/**
 * A work's title in Title Case, quoted or in italics, right before `by` and the name: `"Designing
 * Data-Intensive Applications" by …`, `*The Pragmatic Programmer* by …`. (A pull request's or a
 * ticket's title is written as a sentence: `"Fix login redirect" by …` names a colleague.)
 */
const TITLE_BY_BEFORE = native(new RegExp(String.raw`${TITLE_CASE_WORK},?[ \t]+by[ \t]+$`, 'u'));

/** A list item's marker alone before the name. */
const LIST_ITEM_BEFORE = native(/^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+$/u);
/** A reference list's separator before the name (`…, ch. 5; <name>, "Title"`). */
const LIST_SEPARATOR_BEFORE = native(/;[ \t]{1,2}$/u);
/** An author's work after the name: `… as described by <name> in *Patterns of Enterprise Application Architecture*`, `<name>'s *Release It*`. */
const IN_TITLE_AFTER = native(new RegExp(String.raw`^(?:[ \t]+in[ \t]+(?:(?:his|her|their|the)[ \t]+(?:book|paper|essay|article)[ \t]+)?|['’]s[ \t]+)${TITLE_CASE_WORK}`, 'u'));
/** A work's title, a dash, then its authors (the name and any before it): `- "Team Topologies" — <name> & <name>` (a one-word title in a list item only: `"Done" — <name>` quotes a colleague). */
const TITLE_DASH_BEFORE = native(new RegExp(String.raw`(?:${TITLE_CASE_WORK}|(?:^|\n)[ \t]*[-*+][ \t]+["“*][A-Z][\w'’-]*[.?!]?["”*])[ \t]+[—–-][ \t]+(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,|,? &| and)[ \t]+){0,5}$`, 'u'));
/** A quotation's attribution before the name: `"…" — usually attributed to <name>`. */
const QUOTE_ATTRIBUTION_BEFORE = native(/["”][^"”\n]{0,40}(?<![A-Za-z])attributed[ \t]+to[ \t]+$/u);
/** A public talk or a book after the name: `<name>'s TED talk "…"`, `<name>'s book *…*`. */
const PUBLIC_WORK_AFTER = native(/^['’]s[ \t]+(?:(?:TEDx?|TED ?Global)[ \t]+talk|book|bestseller|keynote[ \t]+at[ \t]+[A-Z][\w-]+)[ \t]+(?:["“*_]|on[ \t]+)/u);
/** An author and a year in brackets after the name: `(<name>, 1968)`, a law's or a paper's citation. */
const AUTHOR_YEAR_AFTER = native(/^,?[ \t]+(?:1[6-9]|20)\d\d[a-z]?\)/u);
/** A work's title, then its author in brackets: `"Designing Data-Intensive Applications" (<name>)`. */
const TITLE_PAREN_BEFORE = native(new RegExp(String.raw`${TITLE_CASE_WORK}[ \t]*\($`, 'u'));
/** A work's title after its author: `, "Patterns of Enterprise Application Architecture"`, `, *Refactoring*`. */
const TITLE_AFTER = native(/^,[ \t]+(?:["“][A-Z][^"”\n]{2,150}["”]|\*{1,2}[A-Z][^*\n]{2,150}\*{1,2}|_[A-Z][^_\n]{2,150}_)/u);

/**
 * The name stands in a bibliographic reference: a reST citation (`.. [1] Ulrik Brandes: On Variants of
 * Shortest-Path Betweenness…`), or an entry of a reference list, or lines that cite with a publisher,
 * a journal or `et al.` and a year. Its authors are named as the authors of a published work: a
 * library's docstrings cite hundreds, and none of them is anyone's personal data leaking.
 * The entry is read from its paragraph's start, at most four lines up, to the end of the name's line.
 */
export function isInCitation(ctx: MatchContext): boolean {
  const { text, start } = ctx;
  let from = lineStartWithin(text, start, 400);
  for (let k = 0; k < 4 && from > 1; k++) {
    const prev = lineStartWithin(text, from - 1, 400);
    if (/^[ \t#*/"']*\r?$/u.test(text.slice(prev, from - 1))) break;
    from = prev;
  }
  // A library's credit with its licence: `xxHash by Yann Collet (BSD-2-Clause)`, `… by Jane Doe, MIT licence`.
  if (LICENSED_CREDIT_AFTER.test(text.slice(ctx.end, ctx.end + 60)) && /\bby[ \t]+$/u.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (TITLE_BY_BEFORE.test(text.slice(Math.max(0, start - 200), start))) return true;
  // A reading list's entry: the author, then the work's title quoted or in italics (`- Kent Beck, *Test-Driven Development*`).
  if ((LIST_SEPARATOR_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || LIST_ITEM_BEFORE.test(text.slice(lineStartWithin(text, start, 400), start))) && TITLE_AFTER.test(text.slice(ctx.end, ctx.end + 200))) return true;
  // A work named after its author (`<name> in *Domain-Driven Design*`), or its author in brackets after it.
  if (IN_TITLE_AFTER.test(text.slice(ctx.end, ctx.end + 200)) || PUBLIC_WORK_AFTER.test(text.slice(ctx.end, ctx.end + 80))) return true;
  if (QUOTE_ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (text.charCodeAt(ctx.end) === 41 && TITLE_PAREN_BEFORE.test(text.slice(Math.max(0, start - 200), start))) return true;
  if (TITLE_DASH_BEFORE.test(text.slice(Math.max(0, start - 300), start))) return true;
  if (text.charCodeAt(start - 1) === 40 && AUTHOR_YEAR_AFTER.test(text.slice(ctx.end, ctx.end + 12))) return true;
  const entry = text.slice(from, lineEndWithin(text, start, 400));
  if (REST_CITATION_START.test(entry)) return true;
  if (!CITATION_CUE.test(entry)) return false;
  return LIST_CITATION_START.test(entry) || CITATION_YEAR.test(entry);
}

/**
 * Institutions, streets and places named after a person, right before the name: `Hospital Municipal
 * Dr. <name>`, `Escuela N° 12 <name>`, `Avenida General <name>`, `Colegio San <name>`, a Brazilian state
 * school's `EE Prof. <name>`, `EMEF Professora <name>`.
 */
const NAMED_AFTER_BEFORE =
  /(?:Hospital|Hôpital|Ospedale|Krankenhaus|Klinikum|Clínica|Clinica|Sanatorio|Policlínico|Centro de Salud|CESFAM|Escuela|Colegio|Liceo|Instituto|Universidad|Fundación|Museo|Biblioteca|Estadio|Plaza|Parque|Avenida|Av\.|Calle|Pasaje|Barrio|Villa|Schule|Gymnasium|School|University|College|Stadium|Rua|Praça|Escola|Via|Piazza|Scuola|EE|E\.E\.|EMEF|EMEI|EEEFM|EEFM|EMEB|ETEC|Etec)(?: (?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|N[°º]\.? ?\d{1,4}|de|del|la|los|das|do|di))*\.?(?: (?:Dr|Dra|Prof|Profa|Professor|Professora|Gral|General|Pte|Presidente|Ing|Don|Doña|Dom|Padre|Pe|Gov|Governador|Marechal|San|Santa|Santo|São|St|Sr|Sra|Mons|Cnel|Tte|Dott|Hl)\.?)? $/u;

/**
 * A street's or a place's word right after a person's name: Nordic, German and Dutch write it in
 * lower case after the name (`Henrik Ibsens gate`, `Olaf Ryes plass`, `Hans-Sachs-straße`), English
 * capitalised (`Mandela Square`). A transit feed's stops and a map's streets.
 */
const NAMED_AFTER_AFTER =
  /^[ \t]+(?:plass|plassen|plads|pladsen|gate|gata|gatan|gade|vei|veien|veg|vegen|vej|vejen|väg|vägen|allé|alle|torg|torget|torv|torvet|park|parken|platz|straße|strasse|weg|laan|straat|plein|kade|gracht|brygge|stasjon|stationen|bro|broen|katu|tie|kuja|aukio|puisto|tori|Street|Road|Avenue|Square|Station|Bridge|Boulevard|Plaza)(?![A-Za-z0-9\u00c0-\u024f])/u;

/** The name at `ctx` names an institution, a street or a place after a person (see NAMED_AFTER_BEFORE, NAMED_AFTER_AFTER). */
export function isNamedAfterInstitution(ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  return native(NAMED_AFTER_BEFORE).test(text.slice(Math.max(lineStartNear(text, start, 80), start - 80), start)) || native(NAMED_AFTER_AFTER).test(text.slice(end, end + 16));
}

/** End of the line that contains `pos` (the line break's offset), looking ahead at most `limit` characters. */
export function lineEndNear(text: string, pos: number, limit = MAX_LINE): number {
  return lineEndWithin(text, pos, limit);
}

/** The line holding the match, read at most `reach` characters either side of it. */
/**
 * A tax number's label or column that names no country (`tax_number`, `Tax ID`, `tax no.`), or the
 * OECD's TIN, as DAC7 and CRS reports head it beside `tin_country`.
 */
const TAX_NUMBER_LABEL = /(?<![a-z])(?:tax[ _-]?(?:number|no\.?|nr|id|ref|reference)|tin)(?![a-z])/u;

/** The keyword pass's words for such a column in a report's header (`…,tin,tin_country,…`). */
export const TIN_COLUMN_KEYWORDS = [',tin,', ';tin;', '\ttin\t', 'tin_country', 'tin country', '"tin"'];

/**
 * A tax number under a label that names no country, on a record whose country cell is one of
 * `country` (a multi-country payroll's `tax_number` column beside `country` = AU): that country's number.
 */
export function isTaxNumberOfCountry(ctx: MatchContext, country: RegExp): boolean {
  return hasContext(ctx, TAX_NUMBER_LABEL) && hasCountryCell(ctx, country);
}

/**
 * Whether a cell of the match's row (600 characters either side at most) is a country that
 * `country` accepts (`AU`, `Canada`): a multi-country export's or an SQL tuple's record of that
 * country. Cells are split on the row's delimiters and read without their quotes (`"AU"`, `'PL'`).
 */
export function hasCountryCell(ctx: MatchContext, country: RegExp): boolean {
  for (const cell of matchLine(ctx, 600).split(/[\t,;|]/u)) if (country.test(cell.trim().replace(/^["'`]|["'`]$/gu, ''))) return true;
  return false;
}

export function matchLine(ctx: MatchContext, reach: number): string {
  return ctx.text.slice(lineStartNear(ctx.text, ctx.start, reach), lineEndNear(ctx.text, ctx.end, reach));
}

function isLineStart(text: string, pos: number): boolean {
  return pos === 0 || text.charCodeAt(pos - 1) === 10;
}

const lineStart = lineStartNear;
const lineEnd = lineEndNear;

/**
 * Start of a window that ends at `pos`: at most `chars` characters back, and not past the start of
 * the line `lines` lines above. Looks at no more than `chars` characters.
 */
export function windowStart(text: string, pos: number, chars: number, lines: number): number {
  const min = Math.max(0, pos - chars);
  let breaks = 0;
  for (let i = pos - 1; i >= min; i--) {
    if (text.charCodeAt(i) === 10 && ++breaks > lines) return i + 1;
  }
  return min;
}

/**
 * The normalised text before the match: at most `chars` characters, from the start of the match's
 * line or, when `lines` > 0, from that many lines further up.
 */
function textBefore(ctx: MatchContext, chars = 48, lines = 1): string {
  return normalizedSlice(ctx.text, windowStart(ctx.text, ctx.start, chars, lines), ctx.start);
}

/** A parenthetical aside between a label and its colon: `BSN (it was on the form, no idea why we ask): `. */
const ASIDE_BEFORE = /\([^()\n]{1,120}\)[ \t]*[:=][ \t]*$/u;

/**
 * The text before a label's parenthetical aside and its colon (`BSN (…): ` gives `… BSN: `), `chars`
 * characters at most; empty when no aside stands right before the match. (A cheap look at the two
 * characters before the value first: most values have none.)
 */
function labelBeforeAside(ctx: MatchContext, chars: number): string {
  const { text, start } = ctx;
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 1 || (text.charCodeAt(i) !== 58 && text.charCodeAt(i) !== 61)) return '';
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  if (j < 0 || text.charCodeAt(j) !== 41) return '';
  const ls = windowStart(text, start, chars + 130, 1);
  const aside = ASIDE_BEFORE.exec(text.slice(ls, start));
  if (aside === null) return '';
  const labelEnd = ls + aside.index;
  return normalizedSlice(text, Math.max(ls, labelEnd - chars), labelEnd) + text.slice(i, start);
}

/** The normalised text after the match on the same line, at most `chars` characters. */
function textAfter(ctx: MatchContext, chars = 24): string {
  return normalizedSlice(ctx.text, ctx.end, lineEndNear(ctx.text, ctx.end, chars));
}

const DELIMITERS = [',', ';', '\t', '|'];
/**
 * Table rows longer than this are not looked at. (2,048 as the table reader's, tables.ts: a survey
 * export's header of seventy columns runs past 1,000 characters; 512 until the thirty-fifth session.)
 */
const TABLE_LINE = 2048;

function splitCells(line: string, delim: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  // Whether only blanks came since the cell began: a quote opens a quoted cell only there (RFC
  // 4180); inside a cell it is a letter (`ד"ר אלון פרידמן`, `12" pipe`).
  let atStart = true;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') {
      if (quoted) {
        // A doubled quote inside a quoted cell is one quote.
        if (line[i + 1] === '"') {
          cur += '""';
          i++;
          continue;
        }
        quoted = false;
      } else if (atStart) quoted = true;
    } else if (ch === delim && !quoted) {
      cells.push(cur);
      cur = '';
      atStart = true;
      continue;
    }
    if (ch !== ' ' && ch !== '\t') atStart = false;
    cur += ch;
  }
  cells.push(cur);
  return cells;
}

/** A row of short labels (letters, no values): `id,full_name,email`, `| Name | Phone |`. */
/** A LEDES e-billing record's terminator (`…|CLIENT_MATTER_ID[]`). */
const LEDES_END = /\[\]\r?$/u;

function isHeaderRow(line: string, delim: string): boolean {
  // (`N° sinistre`, `Nº cliente`: French, Spanish and Portuguese number signs.) A header names most
  // of its columns: a data row with one word and empty cells (`A-09;;;;;;;kein Zähler`) is none.
  // A log's comment that names its fields (`# fields: ts | operator | …`) heads its rows too.
  // (A LEDES e-billing file ends each record, its header's too, with `[]`.)
  const cells = splitCells(line.replace(/^[ \t]*#[ \t]*[A-Za-z]{1,20}:[ \t]*/u, '').replace(LEDES_END, ''), delim);
  const named = cells.filter((c) => /[\p{L}_#]/u.test(c)).length;
  return named >= Math.min(2, cells.length) && named * 2 >= cells.length && cells.every((c) => native(HEADER_CELL).test(c));
}

/**
 * A header cell: a name of letters, digits and a few signs (`°`, `№`: `Клиентски №`; a rate or a
 * currency, `SZJA 15%`, `TB járulék 18,5%`, `bruttó bér (Ft)`, `Betrag €`; an ampersand, `13TH MONTH & OTHER BENEFITS`), or nothing. It starts with a letter (or
 * a number sign, a Bulgarian or a Russian sheet's first column `№`), or
 * with a digit or two that a letter follows (`2FA 密钥`, `3DS`, `1st contact`), or with a form's
 * four-digit source code before its name (an IRP5 reconciliation's `3601 Income`, `4102 PAYE`). It may end in a
 * question mark (`Active?`, `Paid?`: a sheet's yes-or-no column), and hold an apostrophe (`Date d'effet`,
 * `Nom de l’assuré`: French and Italian elisions).
 */
// (Letters with their marks: an Indic or a Thai header's vowel signs, `रुग्णाचे_नाव`, `রোগীর_নাম`.)
const HEADER_CELL = /^\s*["'`]?(?:(?:[\p{L}_#№]|\d{1,2}(?=\p{L})|\d{4} (?=\p{Lu}))[\p{L}\p{M}\p{N} _.,%€$£+&#()/°º№'’:-]{0,40}\??)?["'`]?\s*$/u;

function countCells(line: string, delim: string): number {
  return countCellsIn(line, 0, line.length, delim);
}

/** The number of cells `splitCells` would give for `text.slice(from, to)`, without building them. */
function countCellsIn(text: string, from: number, to: number, delim: string): number {
  const d = delim.charCodeAt(0);
  let n = 1;
  let quoted = false;
  let atStart = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (quoted) {
        if (i + 1 < to && text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      } else if (atStart) quoted = true;
      atStart = false;
    } else if (c === d && !quoted) {
      n++;
      atStart = true;
    } else if (c !== 32 && c !== 9) atStart = false;
  }
  return n;
}

/**
 * What `columnHeader` reads of a row, per text, row start and delimiter: its cell count, whether
 * it is a separator row, whether it looks like a header. A CSV's rows are asked about by
 * every candidate below them (up to 40 rows up), by several rules.
 */
const rowFacts = perText(() => new Map<number, number>());
const ROW_SEPARATOR = 1;
/** A rule between rows: Markdown (`|---|`, `:--`), psql (`----+----`), the MySQL client (`+----+`), reST (`=====`). */
const SEPARATOR_ROW = /^\s*[|+]?\s*:?(?:-{3,}|={3,})/u;
const ROW_HEADER = 2;

function rowFactsOf(text: string, start: number, end: number, delimIndex: number): number {
  const memo = rowFacts(text);
  const key = start * 4 + delimIndex;
  let facts = memo.get(key);
  if (facts === undefined) {
    const delim = DELIMITERS[delimIndex] as string;
    const line = text.slice(start, end);
    const cells = countCellsIn(text, start, end, delim);
    facts = cells * 4 + (SEPARATOR_ROW.test(line) ? ROW_SEPARATOR : 0) + (isHeaderRow(line, delim) ? ROW_HEADER : 0);
    memo.set(key, facts);
  }
  return facts;
}

/** After `end`, a quote at most and blanks, then one of `delims`, a line break or the text's end: a table cell ends there. */
function endsCell(text: string, end: number, delims: string): boolean {
  let i = end;
  if (text.charAt(i) === '"' || text.charAt(i) === "'") i++;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') {
    if (delims.includes(text.charAt(i))) return true;
    i++;
  }
  const c = text.charAt(i);
  return c === '' || c === '\n' || (c === '\r' && text.charAt(i + 1) === '\n') || delims.includes(c);
}

/** Before `start`, a quote at most, then one of `delims`, a line break or the text's start: a table cell starts there. */
function startsCell(text: string, start: number, delims: string): boolean {
  const i = text.charAt(start - 1) === '"' || text.charAt(start - 1) === "'" ? start - 2 : start - 1;
  const c = text.charAt(i);
  return c === '' || c === '\n' || delims.includes(c);
}

/**
 * The match fills its table cell (a quote at most, then a delimiter or the line's end) and the
 * cell's column header matches `column`: a name written alone as a whole cell under a name column.
 */
export function isWholeCellUnder(ctx: MatchContext, column: RegExp): boolean {
  if (!endsCell(ctx.text, ctx.end, '\t,;|')) return false;
  const header = columnHeader(ctx);
  // (A bilingual header names its column in each language, `生年月日/생년월일`: either names it.)
  return header !== undefined && headerNamesColumn(header, native(column));
}

/** The last match a column header was read for, per text: validators and helpers ask about the same match several times (ca-sin's label check, its column check and the tax-number check each did). */
const lastHeader = perText((): { start: number; end: number; header: string | undefined } => ({ start: -1, end: -1, header: undefined }));

/**
 * When the match sits in an SQL `INSERT … VALUES` tuple or a delimited table (CSV, TSV, semicolon
 * or Markdown pipes), the normalised name or header cell of its column; otherwise undefined. The header is the top line of the run of lines
 * above (up to 40) with the same number of cells, or else the first line of the text.
 */
export function columnHeader(ctx: MatchContext): string | undefined {
  const last = lastHeader(ctx.text);
  if (last.start !== ctx.start || last.end !== ctx.end) {
    last.header = readColumnHeader(ctx);
    last.start = ctx.start;
    last.end = ctx.end;
  }
  return last.header;
}

/**
 * The DELIMITERS a row holds (index and cell count), the one that splits it into the most cells first (in
 * DELIMITERS' order when two split it alike): a Markdown row whose address cell holds a comma
 * (`| Anna | ul. Długa 5, 00-001 Warszawa | … |`) is read by its pipes.
 */
function delimitersByCells(line: string): [di: number, cells: number][] {
  const found: [number, number][] = [];
  for (let di = 0; di < DELIMITERS.length; di++) if (line.includes(DELIMITERS[di] as string)) found.push([di, countCells(line, DELIMITERS[di] as string)]);
  if (found.length > 1) found.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return found;
}

/** How far back a data-quality result's list of unexpected values may open, and its expectation's column name stand. */
const CHECK_RESULT_REACH = 1500;
/** The opening of a Great Expectations result's sample of failing values (`"partial_unexpected_list": [`). */
const UNEXPECTED_LIST_OPEN = /"(?:partial_)?unexpected_list"[ \t]*:[ \t]*\[/gu;
/** The keyword pass's words for a data-quality result and a Zeek log's header: a text it saw neither in needs no search (0.08 ms of a 5,000-line file's rescan). */
const [CHECK_RESULT_HINT, ZEEK_FIELDS_HINT] = sharedHints(['unexpected_list', '#fields\t'] as const);
/** Whether a text holds a data-quality check's result at all (read once a text: most hold none, and every column lookup asks). */
const holdsCheckResults = perText((text: string): boolean => mayContain(text, CHECK_RESULT_HINT) && text.includes('unexpected_list'));
/** An expectation's column (`"column": "bsn"`). */
const EXPECTED_COLUMN = /"column"[ \t]*:[ \t]*"([^"\n]{1,64})"/gu;

/**
 * For a value in a data-quality check's sample of failing values (Great Expectations'
 * `"partial_unexpected_list": […]`), the column its expectation checks (`"column": "bsn"`), normalised:
 * the values are that column's.
 */
function checkedColumn(text: string, start: number): string | undefined {
  if (!holdsCheckResults(text)) return undefined;
  const before = text.slice(Math.max(0, start - CHECK_RESULT_REACH), start);
  if (!before.includes('unexpected_list')) return undefined;
  let open = -1;
  UNEXPECTED_LIST_OPEN.lastIndex = 0;
  for (let m = UNEXPECTED_LIST_OPEN.exec(before); m !== null; m = UNEXPECTED_LIST_OPEN.exec(before)) open = m.index + m[0].length;
  if (open === -1 || before.includes(']', open)) return undefined;
  let column: string | undefined;
  EXPECTED_COLUMN.lastIndex = 0;
  for (let m = EXPECTED_COLUMN.exec(before); m !== null && m.index < open; m = EXPECTED_COLUMN.exec(before)) column = m[1];
  return column === undefined ? undefined : normalizeContext(column);
}

/**
 * The header line of a comma-separated row that has one or two cells more than it because of
 * commas inside brackets after the value (see bracketedCommasAfter): the nearest header-looking row
 * above with that many cells fewer, over rows of the header's count to the row's, within 200 rows.
 */
function splitRowHeader(text: string, ls: number, di: number, line: string, valueEnd: number, cellCount: number): string | undefined {
  const extra = bracketedCommasAfter(line, valueEnd);
  if (extra < 1 || extra > 2 || cellCount - extra < 3) return undefined;
  for (let s = ls, n = 0; n < 200; n++) {
    const p = rowAbove(text, s, di);
    if (p === -1) return undefined;
    const facts = rowFactsOf(text, p, lineEnd(text, p, TABLE_LINE), di);
    const cells = facts >> 2;
    if (cells < cellCount - extra || cells > cellCount) return undefined;
    if (cells === cellCount - extra && (facts & ROW_HEADER) !== 0) return text.slice(p, lineEnd(text, p, TABLE_LINE));
    s = p;
  }
  return undefined;
}

/**
 * How many commas of a row sit inside brackets after `valueEnd` (an unquoted `(iPhone14,6)`): 0
 * when a bracket stands before it, as the cells up to the value must line up with the header.
 */
function bracketedCommasAfter(line: string, valueEnd: number): number {
  if (/[()]/u.test(line.slice(0, valueEnd))) return 0;
  let depth = 0;
  let inside = 0;
  for (let i = valueEnd; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === 44 && depth > 0) inside++;
  }
  return inside;
}

/**
 * A header's closing note on where its value is written as (`(as in NRIC/FIN)`, `(as HKID)`, `(同護照)`, `（如身分證）`),
 * or that it may hold several (a UK payroll's `Forename(s)`).
 */
const AS_WRITTEN_NOTE = /[ \t]*[(（](?:as |per |same as |同|如)[^()（）\n]{1,40}[)）]$|\((?:s|es)\)$/u;

function readColumnHeader(ctx: MatchContext): string | undefined {
  const { text } = ctx;
  // An SQL tuple first: its commas can line up with the statement's own (a last row ending `);`).
  const sql = sqlInsertColumn(text, ctx.start) ?? sqlCopyColumn(text, ctx.start) ?? sqlParameterColumn(text, ctx.start);
  if (sql !== undefined) return normalizeContext(sql);
  const html = htmlColumnHeader(text, ctx.start);
  if (html !== undefined) return html;
  const checked = checkedColumn(text, ctx.start);
  if (checked !== undefined) return checked;
  const ls = lineStart(text, ctx.start, TABLE_LINE);
  if (ls === 0 || !isLineStart(text, ls)) return undefined;
  const le = lineEnd(text, ctx.start, TABLE_LINE);
  const line = text.slice(ls, le);
  const prefix = text.slice(ls, ctx.start);
  for (const [di, cellCount] of delimitersByCells(line)) {
    const delim = DELIMITERS[di] as string;
    // A line that is one JSON string (a notebook's output): its comma is the array's, not a cell's.
    if (delim === ',' && JSON_STRING_LINE.test(line)) continue;
    if (cellCount < 2) continue;
    const column = countCells(prefix, delim) - 1;
    const headerCell = (header: string): string | undefined => {
      if (countCells(header, delim) !== cellCount) return undefined;
      const cell = splitCells(header, delim)[column];
      if (cell === undefined || /\d{3}/u.test(cell)) return undefined;
      // A quoted header (`"Kennzeichen"`) names its column as the bare one does, and so does one
      // with a note on how the value is written (`Full Name (as in NRIC/FIN)`, `英文姓名(同護照)`).
      return normalizeContext(cell.trim().replace(LEDES_END, '').replace(QUOTED_CELL, '$2').replace(AS_WRITTEN_NOTE, ''));
    };
    // The header of the run of rows above with the same number of cells, else the first line of
    // the text (a CSV file).
    const header = headerAbove(text, ls, di, cellCount);
    if (header !== -1) {
      const block = headerCell(text.slice(header, lineEnd(text, header, TABLE_LINE)));
      if (block !== undefined) return block;
    }
    const first = headerCell(text.slice(0, lineEnd(text, 0, TABLE_LINE)));
    if (first !== undefined) return first;
    // A table that opens a JSON string (an agent's tool result, `"content": "     1\treferral_id,…`;
    // a chat export's message): the line above its rows is the record up to the string, then the header.
    const opened = stringOpeningHeader(text, ls, di, cellCount);
    if (opened !== undefined) {
      const cell = headerCell(opened);
      if (cell !== undefined) return cell;
    }
    // A row one or two cells longer than its header, split by an unquoted comma inside brackets
    // after the value (a TestFlight export's `iPhone SE (iPhone14,6)`): the cells up to the value
    // still line up with the header.
    if (delim === ',') {
      const split = splitRowHeader(text, ls, di, line, prefix.length + (ctx.end - ctx.start), cellCount);
      const cell = split === undefined ? undefined : splitCells(split, delim)[column];
      if (cell !== undefined && !/\d{3}/u.test(cell)) return normalizeContext(cell.trim().replace(QUOTED_CELL, '$2'));
    }
    if (delim === '\t') {
      const zeek = zeekFieldsCell(text, ls, cellCount, column);
      if (zeek !== undefined) return normalizeContext(zeek);
    }
  }
  return alignedColumnHeader(text, ls, ctx.start - ls, ctx.end - ls);
}

/** Where a text's Zeek `#fields` lines start (most texts have none). */
const zeekFieldsLines = perText((text): number[] => {
  const at: number[] = [];
  if (!mayContain(text, ZEEK_FIELDS_HINT)) return at;
  for (let i = text.indexOf('#fields\t'); i !== -1; i = text.indexOf('#fields\t', i + 8)) if (i === 0 || text.charCodeAt(i - 1) === 10) at.push(i);
  return at;
});

/**
 * The header cell of a Zeek log's column (`#fields<TAB>ts<TAB>uid…`, a row of field names one
 * longer than the rows under it, with `#types` after it): the nearest `#fields` line above the row.
 */
function zeekFieldsCell(text: string, ls: number, cellCount: number, column: number): string | undefined {
  const lines = zeekFieldsLines(text);
  let header = -1;
  for (const at of lines) if (at < ls) header = at;
  if (header === -1) return undefined;
  const cells = text.slice(header, lineEnd(text, header, 4 * TABLE_LINE)).split('\t');
  return cells.length === cellCount + 1 ? cells[column + 1] : undefined;
}

/**
 * The header row of the delimited table whose row holds `ctx`'s match (the row itself excluded):
 * the header `columnHeader` would read a cell of, whole. Undefined when the line is no table row.
 */
export function tableHeaderRow(ctx: MatchContext): string | undefined {
  const { text } = ctx;
  const ls = lineStart(text, ctx.start, TABLE_LINE);
  if (ls === 0 || !isLineStart(text, ls)) return undefined;
  const line = text.slice(ls, lineEnd(text, ctx.start, TABLE_LINE));
  for (let di = 0; di < DELIMITERS.length; di++) {
    const delim = DELIMITERS[di] as string;
    if (!line.includes(delim)) continue;
    const cellCount = countCells(line, delim);
    if (cellCount < 2) continue;
    const header = headerAbove(text, ls, di, cellCount);
    if (header !== -1) return text.slice(header, lineEnd(text, header, TABLE_LINE));
    const first = text.slice(0, lineEnd(text, 0, TABLE_LINE));
    if (countCells(first, delim) === cellCount) return first;
  }
  return undefined;
}

/**
 * The column names of the match's record: its delimited table's header row (tableHeaderRow), or the
 * column list of the SQL INSERT its tuple or the pg_dump COPY block its row belongs to, comma-joined.
 * Undefined when none names them.
 */
export function recordColumns(ctx: MatchContext): string | undefined {
  // (A COPY block's rows first: its first row would read as the header of the rows under it.)
  return sqlCopyColumns(ctx.text, ctx.start)?.join(',') ?? tableHeaderRow(ctx) ?? sqlInsertCell(ctx.text, ctx.start)?.columns.join(',');
}

/** The SQL table the match's row belongs to: its pg_dump COPY block's or its INSERT's (`public.recipients`, `contas`). */
export function recordTable(ctx: MatchContext): string | undefined {
  return sqlCopyCell(ctx.text, ctx.start)?.table ?? sqlInsertTable(ctx.text, ctx.start);
}

/**
 * A header row's cell that is one of `words` (a regex source of alternatives), quoted or not, between
 * the row's delimiters: `;Soyad;`, `\tΕπώνυμο\t`, `,"Vorname"`. Tested against tableHeaderRow's answer.
 */
export function headerCellRegex(words: string, flags = 'u'): RegExp {
  return native(new RegExp(`(?:^|[,;\\t|])[ \\t]*["']?(?:${words})["']?[ \\t]*(?=[,;\\t|]|\\r?$)`, flags));
}

/** A header cell that says its column was hashed or masked: `email_hash`, `bsn_sha256`, `iban_masked`. */
const PSEUDONYMISED_CELL = /(?:^|[,;\t|])[ \t]*["']?[A-Za-z]\w{0,40}[_-](?:hash|hashed|sha1|sha256|md5|digest|hmac|masked|pseudo|pseudonym|tokenised|tokenized)["']?[ \t]*(?=[,;\t|]|$)/giu;

/**
 * True when the match's row belongs to a pseudonymised export: two or more of its header's columns
 * hold hashes or masked values (`naam_hash,email_hash,iban_masked`). The export's own record key
 * is then the pseudonym that links its rows, not a number a person is known by.
 */
export function isInPseudonymisedTable(ctx: MatchContext): boolean {
  const header = tableHeaderRow(ctx);
  return header !== undefined && (header.match(native(PSEUDONYMISED_CELL))?.length ?? 0) >= 2;
}

/** A cell in one pair of double or single quotes. */
const QUOTED_CELL = /^(["'])(.*)\1$/su;

const JSON_STRING_LINE = /^\s*"(?:[^"\\]|\\.)*",?\s*$/u;

/** Per text, row start and delimiter: the start of the header `headerAbove` found for the row, or -1. */
const headersAbove = perText(() => new Map<number, number>());

/**
 * The start of the header row of the row at `ls`: the top header-like row above it in the run of
 * rows with the same number of cells (separator rows skipped). Rows of words alone look like
 * headers too (`Lefebvre,Camille,Lyon`, `SQL,QA,sql-qa.internal,app_user,ver Key Vault`), so the
 * top one wins, not the nearest. -1 for none. Each row's answer is remembered, so a 10,000-row
 * table costs a pass, not 10,000 walks.
 */
function headerAbove(text: string, ls: number, di: number, cellCount: number): number {
  const memo = headersAbove(text);
  const known = memo.get(ls * 4 + di);
  if (known !== undefined) return known;
  // The rows walked, upwards, and whether each looks like a header.
  const chain = [ls];
  const heads = [false];
  // The answer of the top row walked (remembered, or -1 at the run's top).
  let answer = -1;
  for (let s = ls; ; ) {
    const p = rowAbove(text, s, di);
    // (A comment line above the header is no row: see isPreambleComment, which the keyword windows' tables share.)
    if (p === -1 || isPreambleComment(text, p)) break;
    const facts = rowFactsOf(text, p, lineEnd(text, p, TABLE_LINE), di);
    if (facts >> 2 !== cellCount) break;
    chain.push(p);
    heads.push((facts & ROW_HEADER) !== 0);
    const above = memo.get(p * 4 + di);
    if (above !== undefined) {
      answer = above;
      break;
    }
    s = p;
  }
  // Down the chain: a row's header is its upper neighbour's, or that neighbour when it has none and looks like one.
  for (let i = chain.length - 1; i > 0; i--) {
    memo.set((chain[i] as number) * 4 + di, answer);
    if (answer === -1 && heads[i] === true) answer = chain[i] as number;
  }
  memo.set(ls * 4 + di, answer);
  return answer;
}

/** Per text, row start and delimiter: the start of the row above the run of rows of the same cell count, or -1. */
const runTops = perText(() => new Map<number, number>());

/** A JSON string's opening after its key (`"content": "`, `"text":"`), the last on the line. */
const STRING_OPENING = /"[ \t]*:[ \t]*"(?=[^"]*$)/u;

/**
 * The header row of a table whose first line opens a JSON string (`{"type": "tool_result",
 * "content": "     1\treferral_id,nhs_number,…\n     2\t…`, read with its escaped breaks as breaks):
 * the text after the string's opening on the line above the run of rows with the row's cell count.
 * Each row's answer is remembered (a tool's output holds thousands of rows).
 */
function stringOpeningHeader(text: string, ls: number, di: number, cellCount: number): string | undefined {
  const memo = runTops(text);
  let top = memo.get(ls * 4 + di);
  if (top === undefined) {
    top = -1;
    const chain: number[] = [];
    for (let s = ls; ; ) {
      chain.push(s);
      const p = rowAbove(text, s, di);
      if (p === -1) break;
      if (rowFactsOf(text, p, lineEnd(text, p, TABLE_LINE), di) >> 2 !== cellCount) {
        top = p;
        break;
      }
      const known = memo.get(p * 4 + di);
      if (known !== undefined) {
        top = known;
        break;
      }
      s = p;
    }
    for (const row of chain) memo.set(row * 4 + di, top);
  }
  if (top === -1) return undefined;
  const line = text.slice(top, lineEnd(text, top, TABLE_LINE));
  const opening = STRING_OPENING.exec(line);
  return opening === null ? undefined : line.slice(opening.index + opening[0].length);
}

/** The start of the row above the one at `ls`, separator rows skipped; -1 at the text's top or above an overlong line. */
function rowAbove(text: string, ls: number, di: number): number {
  let s = ls;
  while (s > 0) {
    const prev = lineStart(text, s - 1, TABLE_LINE);
    if (!isLineStart(text, prev)) return -1;
    if ((rowFactsOf(text, prev, s - 1, di) & ROW_SEPARATOR) === 0) return prev;
    s = prev;
  }
  return -1;
}

/**
 * A `national_id` column or label: a payroll's or a roster's, with a country column beside it, holds
 * each country's ids. The rules whose ids carry a check digit and a birth date (PESEL, rodné číslo,
 * the Baltic personal codes, the Romanian CNP) read it as their own label; the keywords below open
 * their windows, and NATIONAL_ID_LABEL joins their context patterns.
 */
/**
 * The header of a column of street addresses: `address`, `street_address`, `address_line_1`, `addressStreet`, `res_address`,
 * `home address`, and its names in the languages of registries and exports (INDIRIZZO, Anschrift,
 * Straße, adresse, dirección, endereço, domicilio, Turkish teslimat_adresi, Estonian aadress, Swedish adress), or a column of residences. Not an address column that is technical
 * (`ip_address`, `mac_address`, `email_address`, `wallet_address`, `billing_address_id`).
 */
export const ADDRESS_HEADER =
  /^["'`]?(?:(?:ship|deliver|send|mail)[ _-]?to(?:[ _-]?addr(?:ess)?)?|(?:(?:home|street|postal|mailing|residential|residence|res|billing|shipping|delivery|current|present|permanent|correspondence|patient|customer|tenant|member|contact|applicant|donor|voter|guest|teslimat|fatura|ev)[ _]?)?(?:residence|address(?:[ _]?(?:street|line(?:[ _]?[12])?|1))?|addr(?:ess)?1?|street|indirizzo(?:[ _]residenza)?|residenza|domicilio|via|anschrift|stra(?:ss|ß)e|wohnadresse|woonadres|huisadres|straat(?:[ _]?(?:en[ _]?)?huisnummer)?|adresse|adresi|adres|aadress|adress|adrese|adresas|direcci[oó]n|endere[cç]o|morada|osoite|adresa|ulica|ulice|ulice[ _]a[ _][čc]\.?[ _]?p\.?|ulica[ _]a[ _][čc][íi]slo|adresa[ _]trval[ée]ho[ _]pobytu|trval[ýy][ _]pobyt|bydli[sš]t[eě]|adres[ _](?:zamieszkania|zameldowania)|alamat(?:[ _](?:rumah|ktp|domisili|usaha))?|adresa[ _](?:loc[ _](?:de[ _])?consum|domiciliu|livrare|corespondent[aă])|адрес(?:[ _](?:на[ _])?обекта?)?))["'`]?$/u;

// (And its short form as a key, `nid`: a clinic's access audit's `patient_nid=`, a registry's `"nid":`.)
export const NATIONAL_ID_KEYWORDS: readonly string[] = ['national_id', 'national id', 'nationalid', '_nid=', '_nid"', 'nid=', '"nid"', '_nid,', '_nid;', '_nid\t'];
export const NATIONAL_ID_LABEL = 'national[ _]?id|(?<![a-z])nid(?![a-z])';
/**
 * An access audit's data subject, in key=value logs (`action=VIEW_PRESCRIPTIONS subject=<id>`): the
 * person whose record was opened. For national ids with a check digit or a date in them, whose
 * format says what the value is once something says it names a person.
 */
export const DATA_SUBJECT_KEYWORDS: readonly string[] = ['subject=', 'subject_id='];
export const DATA_SUBJECT_LABEL = '(?<![a-z])(?:data_?)?subject(?:_?id)?=';

/** How far back an HTML table cell's row and its table's header row are looked for. */
const HTML_ROW_REACH = 4000;
const HTML_TABLE_REACH = 60_000;
/** A cell's opening tag (`<td>`, `<th class="…">`). */
const HTML_CELL_OPEN = String.raw`<t[hd](?=[\s>])`;
const HTML_CELL = new RegExp(HTML_CELL_OPEN, 'gu');
/** The same tag anywhere on a line, in either case (isSameTable). */
const HTML_CELL_ON_LINE = native(new RegExp(HTML_CELL_OPEN, 'iu'));
/** The header cells of a table's first header row. */
const HTML_HEADER_CELL = /<th(?:\s[^<>]{0,200})?>([^<]{0,120})<\/th>/gu;

/** The row's single header cell when it is the row's first and only cell before the value's (`<tr><th>Label</th>`). */
const HTML_ROW_HEADER = native(new RegExp(String.raw`^<tr(?:\s[^<>]{0,200})?>\s{0,40}${HTML_HEADER_CELL.source}\s{0,40}$`, 'u'));

function rowHeader(row: string): string | undefined {
  const m = HTML_ROW_HEADER.exec(row);
  const label = m?.[1]?.trim();
  return label === undefined || label === '' ? undefined : normalizeContext(label);
}

/**
 * For a value inside an HTML table's `<td>` (a notebook's data frame, an exported report), the
 * normalised text of the `<th>` above it in the table's `<thead>`, counting the row's `<th>` cells
 * too (pandas writes the row index as one). Undefined when the value is in no such cell.
 */
function htmlColumnHeader(text: string, start: number): string | undefined {
  // Every search is bounded: a validator calls this once per match, and a long text without tables
  // must not be read backwards to its start each time (the ReDoS tripwires' 100 KB inputs).
  const near = Math.max(0, start - 400);
  const cellAt = text.slice(near, start).lastIndexOf('<td');
  if (cellAt === -1) return undefined;
  const td = near + cellAt;
  if (text.slice(td, start).includes('</td>')) return undefined;
  const rowFrom = Math.max(0, td - HTML_ROW_REACH);
  const rowAt = text.slice(rowFrom, td).lastIndexOf('<tr');
  if (rowAt === -1) return undefined;
  const tr = rowFrom + rowAt;
  const column = (text.slice(tr, td + 4).match(HTML_CELL) ?? []).length - 1;
  const tableFrom = Math.max(0, tr - HTML_TABLE_REACH);
  const headAt = text.slice(tableFrom, tr).lastIndexOf('<thead');
  // A form laid out as a table, a field per row (`<tr><th>Telefono</th><td>…</td></tr>`): the row's
  // own header cell right before the value's names it.
  // (A table without a <thead> heads its columns with a first row of <th> cells: `<table>\n<tr><th>Patient</th><th>Born</th>…`.)
  const thead = headAt === -1 ? firstHeaderRowAt(text, tableFrom, tr) : tableFrom + headAt;
  if (thead === -1) return column === 1 ? rowHeader(text.slice(tr, td)) : undefined;
  const headEnd = text.slice(thead, tr).indexOf('</tr>');
  if (headEnd === -1) return undefined;
  const cells = [...text.slice(thead, thead + headEnd).matchAll(HTML_HEADER_CELL)].map((m) => m[1] ?? '');
  const cell = cells[column];
  return cell === undefined || cell.trim() === '' ? undefined : normalizeContext(cell.trim());
}

/** A table's opening tag, then its first row when that row holds only header cells. */
const TABLE_THEN_HEADER_ROW = native(/<table(?:\s[^<>]{0,200})?>\s{0,200}(?:<caption[^<>]{0,200}>[^<]{0,200}<\/caption>\s{0,40})?(<tr(?:\s[^<>]{0,200})?>\s{0,40}(?:<th(?:\s[^<>]{0,200})?>[^<]{0,120}<\/th>\s{0,40}){2,}<\/tr>)/giu);

/**
 * Where the first row of the table that the row at `tr` belongs to starts, when that row is made
 * of header cells only (and is not the row at `tr`); -1 otherwise. Reads from `from`, the bound of
 * the backward search.
 */
function firstHeaderRowAt(text: string, from: number, tr: number): number {
  const tableAt = text.slice(from, tr).lastIndexOf('<table');
  if (tableAt === -1) return -1;
  const table = from + tableAt;
  TABLE_THEN_HEADER_ROW.lastIndex = table;
  const m = TABLE_THEN_HEADER_ROW.exec(text);
  if (m === null || m.index !== table) return -1;
  const row = table + m[0].length - (m[1] as string).length;
  return row < tr ? row : -1;
}

/** A row of a table printed with spaces (a pandas data frame, `column -t`): two gaps of 2+ spaces. */
const ALIGNED_ROW = / {2,}\S+ {2,}\S/u;
/** A header of such a table: words only (`ps`'s `%CPU` too), separated by spaces, or by a slash between two (`MA PLAN / NOTES`). */
const ALIGNED_HEADER = /^[\s"]*%?[\p{L}_][\p{L}\p{N}_]*(?: +(?:\/ +)?%?[\p{L}_][\p{L}\p{N}_]*)+\s*(?:\\n)?[",]*$/u;

/** A JSON string's key and opening quote, before a table printed into the string: `  "text/plain": ["`. */
const JSON_STRING_OPEN = native(/^[ \t]*"[^"\n]{1,40}"[ \t]*:[ \t]*\[?[ \t]*"/u);

/**
 * For a cell of a table aligned with spaces, the header word above it that starts or ends in the
 * same column (data frames right-align their columns, `column -t` left-aligns them): the nearest
 * words-only line above in the same block of non-blank lines, up to 40 lines up.
 */
function alignedColumnHeader(text: string, ls: number, startCol: number, endCol: number): string | undefined {
  const line = text.slice(ls, lineEnd(text, ls, TABLE_LINE));
  if (!ALIGNED_ROW.test(line)) return undefined;
  let s = ls;
  for (let i = 0; i < 40 && s > 0; i++) {
    const prev = lineStart(text, s - 1, TABLE_LINE);
    if (!isLineStart(text, prev)) return undefined;
    const above = text.slice(prev, s - 1);
    s = prev;
    if (above.trim() === '' || above.trim() === '"' ) return undefined;
    let header = above;
    if (!ALIGNED_HEADER.test(header)) {
      // A table printed into one JSON string (a notebook's `"text/plain": ["  id   name …\n0 …`):
      // its first line follows the string's key, the rows after it start their lines.
      const open = JSON_STRING_OPEN.exec(above);
      if (open === null || !ALIGNED_HEADER.test(above.slice(open[0].length))) continue;
      header = above.slice(open[0].length);
    }
    // The header word that starts or ends where the value does; else the header word whose span
    // overlaps the value's most, by more than twice any other's (a generated or hand-aligned table
    // centres some headers, and a value wider than its header reaches into the next one's).
    let overlapping: string | undefined;
    let most = 0;
    let second = 0;
    for (const m of header.matchAll(/[\p{L}_][\p{L}\p{N}_]*/gu)) {
      if (m.index === startCol || m.index + m[0].length === endCol) return normalizeContext(m[0]);
      const overlap = Math.min(endCol, m.index + m[0].length) - Math.max(startCol, m.index);
      if (overlap <= 0) continue;
      if (overlap > most) {
        second = most;
        most = overlap;
        overlapping = m[0];
      } else if (overlap > second) second = overlap;
    }
    return overlapping !== undefined && most > 2 * second ? normalizeContext(overlapping) : undefined;
  }
  return undefined;
}

/** The legal forms of the CIS that stand before a company's name (`ООО «…»`, `ТОО …`, Uzbekistan's `MChJ …`). */
const CIS_PREFIX_FORMS = 'ООО|ОАО|ЗАО|ПАО|АО|ТОО|ТОВ|МЧЖ|MChJ';

/**
 * A company's legal form: the line (or the one above, in a letterhead or signature block) names a
 * company, so the address or number on it is the company's. Not `SA`, which is also an Australian
 * state in personal addresses, nor `AG` after a postcode and a town (`5400 Baden AG`: Aargau), nor a
 * Swedish `AB` but after a capitalised word (`Nordvik Försäkring AB`; not `AB testing`, not Alberta's
 * `Calgary AB T2P …`; a housing co-operative's `Brf`), nor one
 * inside an identifier (`conv=AG_20240411_…`, `LTD_ID`). Upper case too for `LTD`, as banks' files write
 * names (`ACME TECHNOLOGIES PVT LTD`). The CIS forms (ООО, АО, Kazakhstan's ТОО, also written `TOO`
 * before a name, Ukraine's ТОВ, Uzbekistan's MChJ, Georgia's შპს).
 */
export const COMPANY_FORM =
  native(new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:GmbH|SA(?:PI|B)? [Dd][Ee] CV|SOFOM|Ltd|LTD\.?|Limited|Teoranta|Teo\.|Inc\.|LLC|PLLC|LLP|PLC|P\.C\.|L\.L\.C\.|Inc|Pty Ltd|SARL|S\.A\.S\.?|S\.A\.P\.I\.|S\.A\.|S\.L\.U\.|S\.L\.|SE(?<=[\p{Lu}][\p{Ll}]{1,30} SE)(?=,)|S\.p\.A\.|S\.r\.l\.|S\.R\.L\.|B\.V\.|N\.V\.|SAS|SpA|SRL|Srl|BV|[Ss]p\. z o\.o\.|(?<!\d{4} [\p{L}-]{2,30} )AG|AB(?<=[\p{Lu}][\p{Ll}]{1,30} AB)(?![ ,]{1,2}[A-Z]\d[A-Z])|Brf(?<![\p{L}]Brf)(?= [\p{Lu}])|HSB(?= [\p{Lu}])|DAC|Corp\.|Corporation|GmbH & Co\. KG|Ltda\.?|LTDA\.?|EIRELI|Lda\.?|S\.C\.|S\.L\.P\.|Eireli|S\/A|Oyj?|A\/S|ApS|AS(?<=[\p{Lu}][\p{Ll}]{1,30} AS)(?![ \t]*[\p{Lu}\p{Ll}(])|OÜ|SIA|UAB|KG|OHG|e\.K\.|s\.r\.o\.|a\.s\.|Kft\.|Zrt\.|d\.o\.o\.|d\.d\.|д\.о\.о\.|ЕООД|ООД|ЕАД|${CIS_PREFIX_FORMS}|TOO(?= [\p{Lu}«"])|შპს|Şti\.|A\.Ş\.|Sdn\.? Bhd\.?|K\.K\.|Gemeente|Kommune|Municipality|Stadtverwaltung|Ayuntamiento|Comune di|Gmina|Obec|Önkormányzat|Kaupunki|Kunta|Aktiebolag|Městský úřad|Obecní úřad)(?![\p{L}\p{N}_])`, 'u'));

const AFTER_NAME_COMPANY_FORM = native(new RegExp(`^,?[ \\t]{1,2}(?:${COMPANY_FORM.source})`, 'u'));

/** True when a company's legal form follows right after `end` (`Fisio Alvalade, Lda.`, `Meyer & Söhne GmbH`): the name before it is a company's. */
export function isCompanyNameAt(text: string, end: number): boolean {
  return AFTER_NAME_COMPANY_FORM.test(text.slice(end, end + 40));
}

/** The legal forms written before a company's name in the CIS (`ООО «Ромашка»`, `TOO Kestrel Trade`, `MChJ …`). */
const BEFORE_NAME_COMPANY_FORM = native(new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${CIS_PREFIX_FORMS}|TOO|OOO)[ \t]{1,2}["«„]?$`, 'u'));

/** True when a legal form written before names stands right before `start`: the name after it is a company's. */
export function isAfterCompanyForm(text: string, start: number): boolean {
  return BEFORE_NAME_COMPANY_FORM.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * The placeholder people and public figures of the lexicon (Max Mustermann, Mario Rossi, Ada
 * Lovelace), by first word: the rest of each name.
 */
const PLACEHOLDER_PAIRS = ((): Map<string, Set<string>> => {
  const pairs = new Map<string, Set<string>>();
  for (const name of [...PLACEHOLDER_NAMES, ...PUBLIC_FIGURES]) {
    const space = name.indexOf(' ');
    if (space === -1) continue;
    const first = name.slice(0, space);
    const rest = pairs.get(first) ?? new Set<string>();
    rest.add(name.slice(space + 1));
    pairs.set(first, rest);
  }
  return pairs;
})();

const escapeWords = (words: Iterable<string>): string => [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|');

/**
 * The placeholder person of Vietnamese forms and docs, Nguyễn Văn A (Trần Thị B), with or without
 * marks or in capitals: a family name, the middle name Văn or Thị, and a lone capital A-E. A line
 * that names it is a form's or a doc's sample.
 */
const VIETNAMESE_PLACEHOLDER = `\\p{Lu}\\p{L}{1,6} (?:V[aă]n|VAN|VĂN|Th[iị]|THI|THỊ) [A-E](?![\\p{L}\\p{N}])`;

/**
 * On a line: a placeholder person's name (John Doe, Max Mustermann, Nguyễn Văn A), or a name of
 * the lexicon's pairs as one string or as two cells of a record (`'Homer', 'Simpson'`,
 * `John,Smith`: group 1 and group 2, paired in code, so the separator is compiled once, not once
 * per name); or a fixture's e-mail address at a reserved domain (`john.smith@example.com`).
 */
const PLACEHOLDER_PERSON = native(
  new RegExp(
  `(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}{1,20} (?:${['Doe', 'Roe', 'Mustermann', 'Musterfrau', 'Bloggs', 'Untel'].filter((w) => PLACEHOLDER_SURNAMES.has(w)).join('|')})|${VIETNAMESE_PLACEHOLDER}` +
    `|(${escapeWords(PLACEHOLDER_PAIRS.keys())})(?: |["'\`]?[ \\t]{0,3}[,;|\\t][ \\t]{0,3}(?::?[A-Za-z_]{1,24}["'\`]?[ \\t]{0,2}(?::|=>?)[ \\t]{0,2})?["'\`]?)(${escapeWords(new Set([...PLACEHOLDER_PAIRS.values()].flatMap((r) => [...r])))}))(?![\\p{L}])` +
    `|@(?:[\\w-]+\\.)*(?:example\\.(?:com|org|net)|[\\w-]+\\.(?:test|invalid|example|localhost))(?![\\w.-])`,
  'gu',
  ),
);

/** A street's, a square's or a school's word right before a name it is named after (`avenue Victor Hugo`, `Colegio Miguel Hernández`). */
const PLACE_WORD_BEFORE = /(?:^|[\s,(])(?:rue|avenue|av\.?|boulevard|bd|allée|allee|place|quai|cours|chemin|impasse|square|calle|avenida|paseo|plaza|pasaje|via|viale|piazza|corso|largo|rua|travessa|praça|praca|alameda|street|road|lycée|lycee|collège|college|école|ecole|colegio|escola|scuola|liceo|instituto|université|universite|universidad|hospital|hôpital|hopital|station|gare|metro|métro|quarto|suite|suíte|sala|salle|room|chambre|habitaci[oó]n|zimmer|aula|audit[oó]rio|auditorium|pavilh[aã]o|pavillon|edif[ií]cio|building)[ \t]+(?:(?:de|du|des|de la|del|della|di|da|do|dos)[ \t]+)?$/iu;
/** A street's or a place's word right after a name it is named after (`Abraham Lincoln Way`, `Victor-Hugo-Straße`, `Martin Luther King Jr. Blvd`). */
const PLACE_WORD_AFTER = /^(?:[ \t]+(?:Jr\.?[ \t]+)?(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|way|drive|dr\.?|lane|ln\.?|place|pl\.?|square|sq\.?|park|bridge|school|high school|college|university|hospital|airport|station|memorial|center|centre|plaza)|-?(?:straße|strasse|str\.|platz|allee|weg|gasse|ring|schule|gymnasium))(?![\p{L}])/iu;

/** A street, a school, a station or a hotel's room named after a famous person is no sample person: `14 avenue Victor Hugo`, `Quarto Fernando Pessoa`. */
function namesPlace(line: string, start: number, end: number): boolean {
  return native(PLACE_WORD_BEFORE).test(line.slice(Math.max(0, start - 24), start)) || native(PLACE_WORD_AFTER).test(line.slice(end, end + 24));
}

/**
 * True when the value's line names a placeholder person (`{ name: "Max Mustermann", phone: "+49 30 …" }`)
 * or is a fixture's record (an address at a reserved domain). With `records: false`, for a name in
 * running text, only the placeholder person counts: a sentence may cite an example address and
 * thank a real person. (One pattern for both: the lexicon's alternation is large to compile twice.)
 */
export function isOnPlaceholderPersonLine(ctx: MatchContext, records = true): boolean {
  const { text } = ctx;
  const line = text.slice(lineStart(text, ctx.start, 300), lineEnd(text, ctx.end, 300));
  const re = native(PLACEHOLDER_PERSON);
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const first = m[1];
    if (first !== undefined ? PLACEHOLDER_PAIRS.get(first)?.has(m[2] as string) === true && !namesPlace(line, m.index, m.index + m[0].length) : records || m[0].charCodeAt(0) !== 64) {
      found = true;
      break;
    }
    // (A first word and another pair's rest: look again from the next character.)
    if (first !== undefined) re.lastIndex = nextSearchIndex(line, m.index, re.unicode);
  }
  re.lastIndex = 0;
  if (found || !records) return found;
  // A fixture's record, one field per line (a YAML mapping, the JSON object around the value): its
  // address at a reserved domain or its placeholder person (`first_name: Test`, `last_name:
  // Tenant-One`, `"email": "sam@example.com"`).
  return recordsAround(ctx).some((block) => native(RESERVED_MAIL).test(block) || namesPlaceholderPerson(block));
}

/**
 * The record around the match, as the texts that may hold it: its YAML mapping, and the JSON object
 * around it when that holds no array (a notebook's output object holds many records' texts in its
 * arrays). Both are read: a JSON object's indented lines read as a YAML mapping too, cut at a nested object.
 */
export function recordsAround(ctx: MatchContext): string[] {
  const blocks: string[] = [];
  const yaml = yamlRecord(ctx);
  if (yaml !== undefined) blocks.push(yaml);
  const object = flatObject(enclosingObject(ctx, 600));
  if (object !== undefined) blocks.push(object);
  return blocks;
}

/** The object's text when it holds no array (a nested object, a record's address, is part of it), else undefined. */
function flatObject(object: string | undefined): string | undefined {
  // (An object nested in it, a record's `"address": {…}`, keeps it one record; an array may hold many.)
  return object !== undefined && !/[[\]]/u.test(object.slice(1, -1)) ? object : undefined;
}

/** An e-mail address at a domain reserved for documentation and tests. */
const RESERVED_MAIL = /@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:test|invalid|example|localhost))(?![\w.-])/u;

/** A test record's row: `QA Customer`, `Test User`, Dutch and German `Testklant`, `Testkunde`, Spanish `PRUEBA INTERNA`, `Usuario de prueba`, the Arabic for a test (تجربة, اختبار). */
const TEST_RECORD = /(?<![\p{L}])(?:QA|Test|TEST|Demo|DEMO|Dummy|Sample)[ _](?:Customer|User|Account|Person|Client|Employee|Staff|Patient|Member|Tenant|Student|Learner|Applicant|Candidate|CUSTOMER|USER|EMPLOYEE)(?![\p{L}])|(?<![\p{L}])(?:Test|TEST)(?:klant|kunde|kund|cliente|client|gebruiker|benutzer|KLANT|KUNDE)(?![\p{L}])|(?<![\p{L}])(?:Test|TEST)[ _](?:Medewerker|Mitarbeiter|Mitarbeiterin|Werknemer|Salari[ée]|Dipendente|Empleado|Funcion[aá]rio|Pracownik)(?![\p{L}])|(?<![\p{L}])(?:PRUEBA[ _]INTERNA|Prueba[ _][Ii]nterna|(?:Usuario|Cliente|Conductor|Repartidor|USUARIO|CLIENTE|CONDUCTOR|REPARTIDOR)[ _](?:de[ _]|DE[ _])?(?:[Pp]rueba|PRUEBA))(?![\p{L}])|تجربة|اختبار/u;

/**
 * The match's line (120 characters either side at most) names a test record's person: an id on it
 * is no one's. So does the JSON object around it (a fixture's `{"emp_code": …, "full_name": "Test
 * Employee A", "date_of_birth": …}`, one value per line).
 */
export function isOnTestRecordLine(ctx: MatchContext): boolean {
  if (native(TEST_RECORD).test(matchLine(ctx, 120))) return true;
  const record = enclosingObject(ctx, 800);
  if (record !== undefined && native(TEST_RECORD).test(record)) return true;
  const block = yamlRecord(ctx);
  return block !== undefined && (native(TEST_RECORD).test(block) || namesPlaceholderPerson(block));
}

/**
 * The text of the JSON object around the match, nested objects inside it included (a fixture's
 * `"bank": {…}` beside the match): braces counted from the match outwards, `reach` characters
 * either way at most. (Braces inside strings are counted too: a rough bound, for a test record's words.)
 */
function enclosingObject(ctx: MatchContext, reach: number): string | undefined {
  const { text } = ctx;
  const floor = Math.max(0, ctx.start - reach);
  // (Most values have no brace before them: one native search says so, where the loop below read
  // every character. A slice is no copy.)
  if (text.slice(floor, ctx.start).lastIndexOf('{') === -1) return undefined;
  let depth = 0;
  let open = -1;
  for (let i = ctx.start - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 125) depth++;
    else if (c === 123) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open === -1) return undefined;
  const ceiling = Math.min(text.length, ctx.end + reach);
  depth = 0;
  for (let i = ctx.end; i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) {
      if (depth === 0) return text.slice(open, i + 1);
      depth--;
    }
  }
  return undefined;
}

/** A column of an organisation's address: a merchant's `business_address`, `registered_office`, `company address`, `store_address`, `office_addr`. */
const BUSINESS_ADDRESS_COLUMN = native(/^["'`]?(?:business|company|corporate|office|registered(?:[ _-]?office)?|head[ _-]?office|store|shop|merchant|branch|outlet|clinic|practice|employer|work(?:place)?)[ _-]?(?:address|addr|adres|adresse|street)(?:[ _-]?(?:line)?[ _-]?[12])?["'`]?$/iu);

/** Whether the match is a cell under a column of an organisation's address (see BUSINESS_ADDRESS_COLUMN). */
export function isBusinessAddressCell(ctx: MatchContext): boolean {
  const header = columnHeader(ctx);
  return header !== undefined && BUSINESS_ADDRESS_COLUMN.test(header.trim());
}

/** A JSON record's type field saying it is an organisation's (`"beneficiary_type": "BUSINESS"`, `"account_type": "corporate"`). */
const BUSINESS_TYPE_FIELD = native(/"[\w-]*type"[ \t]*:[ \t]*"(?:BUSINESS|[Bb]usiness|COMPANY|[Cc]ompany|CORPORATE|[Cc]orporate|ORGANI[SZ]ATION|[Oo]rgani[sz]ation|MERCHANT|[Mm]erchant|VENDOR|[Vv]endor|SUPPLIER|[Ss]upplier)"/u);

/** A JSON record's name field holding a company's legal form (`"beneficiary_name": "Kestrel Express Ltd"`). */
const COMPANY_NAME_FIELD = native(new RegExp(`"[\\w-]*name"[ \\t]*:[ \\t]*"[^"\\n]{0,80}?(?:${COMPANY_FORM.source})\\.?"`, 'u'));

/**
 * The JSON object around the match (one record, no array in it) is an organisation's: its type
 * field says so, or its name field holds a legal form. A payout batch's vendor beside its people.
 */
export function isInCompanyObject(ctx: MatchContext): boolean {
  const record = flatObject(enclosingObject(ctx, 600));
  return record !== undefined && (BUSINESS_TYPE_FIELD.test(record) || COMPANY_NAME_FIELD.test(record));
}

/** How many lines of a YAML mapping yamlRecord reads either way. */
const YAML_RECORD_LINES = 24;

/**
 * The lines of the YAML mapping the match's line belongs to (a fixture's record: `john_doe:` over
 * its indented `first_name: John`, `last_name: Doe`, `mrn: …`): the run of lines indented as deep
 * as the match's or deeper, and the key line above them. Undefined for a line that is not indented
 * or not a `key: value` line.
 */
function yamlRecord(ctx: MatchContext): string | undefined {
  const { text } = ctx;
  const ls = lineStart(text, ctx.start, 300);
  const indent = indentOf(text, ls);
  if (indent === 0 || !/^[ \t]*-?[ \t]*[\w.-]{1,40}:[ \t]/u.test(text.slice(ls, ls + indent + 44))) return undefined;
  let from = ls;
  for (let k = 0; k < YAML_RECORD_LINES && from > 0; k++) {
    const prev = lineStart(text, from - 1, 300);
    const depth = indentOf(text, prev);
    if (prev === from - 1) break;
    from = prev;
    if (depth < indent) break;
  }
  let to = lineEnd(text, ctx.end, 300);
  for (let k = 0; k < YAML_RECORD_LINES && to < text.length; k++) {
    const next = to + 1;
    if (next >= text.length || text.charCodeAt(next) === 10 || indentOf(text, next) < indent) break;
    to = lineEnd(text, next, 300);
  }
  return text.slice(from, to);
}

/** The count of spaces and tabs that open the line starting at `ls`. */
function indentOf(text: string, ls: number): number {
  let i = ls;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - ls;
}

const FIRST_NAME_FIELD = /(?:^|\n)[ \t]*["']?(?:first_?name|given_?name|firstName|givenName|forename)["']?:[ \t]*["']?([A-Z][a-z]+)/u;
const LAST_NAME_FIELD = /(?:^|\n)[ \t]*["']?(?:last_?name|family_?name|lastName|familyName|surname)["']?:[ \t]*["']?([A-Z][a-z]+)/u;

/** A record's first name that says it stands for nobody (`first_name: Test`). */
const PLACEHOLDER_FIRST_WORDS = new Set(['Test', 'Demo', 'Sample', 'Dummy', 'Fake', 'Placeholder', 'Fixture']);

/** A record whose first and last name fields name a placeholder person (John / Doe, Max / Mustermann, Test / anything) or a placeholder surname (Sample, Example). */
/**
 * The record around the match (a YAML mapping, a JSON object) names a placeholder person
 * (`"lastName": "Example"`, `first_name: Test`); its mail domain is not asked about.
 */
export function isInPlaceholderPersonRecord(ctx: MatchContext): boolean {
  return recordsAround(ctx).some(namesPlaceholderPerson);
}

function namesPlaceholderPerson(record: string): boolean {
  const last = LAST_NAME_FIELD.exec(record)?.[1];
  if (last === undefined) return false;
  if (PLACEHOLDER_SURNAMES.has(last)) return true;
  const first = FIRST_NAME_FIELD.exec(record)?.[1];
  return first !== undefined && (PLACEHOLDER_FIRST_WORDS.has(first) || PLACEHOLDER_PAIRS.get(first)?.has(last) === true);
}

/**
 * A key of a place's opening hours in a JSON or YAML record, with a range of times (`"hours": "08:00-17:00"`),
 * not hours worked; or an `opening` object whose first key gives days and their times (`"opening": {` then
 * `"mon_fri": "08:00-19:00"`).
 */
const PLACE_HOURS_KEY = /(?<![\w-])["']?(?:(?:(?:opening|business|store|office|working|open)[_-]?)?(?:hours|horaires|horario|öffnungszeiten|openingstijden|godziny_otwarcia)["']?[ \t]{0,2}:|opening["']?[ \t]{0,2}:[ \t]*\{[ \t]*\r?\n[^\n:]{0,40}:)[^\n]{0,60}?\d{1,2}[:h.]\d{2}[ \t]{0,2}[-–][ \t]{0,2}\d{1,2}[:h.]\d{2}/iu;

/**
 * The match sits in a JSON object (the nearest braces, 400 characters either way at most) that
 * gives a place's opening hours: a shop's, a branch's or a pick-up point's record, whose address
 * and phone are the place's (a courier's list of stop desks with their GPS and hours).
 */
export function isInPlaceRecord(ctx: MatchContext): boolean {
  return isInPlaceInsert(ctx) || hasPlaceHours(ctx);
}

/** A JSON object under a trip's or a route's place key, up to the match inside it: `"dropoff": {"name": "`. */
const PLACE_OBJECT_BEFORE = native(/["'](?:pick[_-]?up|drop[_-]?off|origin|destination|stop|waypoint|poi|venue|landmark|station)(?:[_-]?(?:point|location|place))?["'][ \t]*:[ \t]*\{[^{}]{0,160}$/iu);

/**
 * The match is a value inside the object of a trip's pick-up or drop-off point, a route's stop or a
 * venue (`"dropoff": {"name": "Πλατεία Συντάγματος", "lat": …}`): that object names a place, not the
 * rider, even under a `name` key.
 */
export function isInTripPlaceObject(ctx: MatchContext): boolean {
  return PLACE_OBJECT_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start));
}

/**
 * The JSON part of isInPlaceRecord: the match's object gives opening hours. (Not its SQL part: a
 * table of merchants or suppliers holds their owners' own addresses beside the shop's.)
 */
export function hasPlaceHours(ctx: MatchContext): boolean {
  const record = enclosingRecord(ctx, 400);
  return record !== undefined && native(PLACE_HOURS_KEY).test(record);
}

/**
 * The text of the JSON object around the match, from its `{` to its `}`, when both lie within
 * `reach` characters of it (bounded: a minified text may hold no brace for megabytes).
 */
export function enclosingRecord(ctx: MatchContext, reach: number): string | undefined {
  const before = ctx.text.slice(Math.max(0, ctx.start - reach), ctx.start);
  const open = before.lastIndexOf('{');
  if (open < 0 || before.lastIndexOf('}') > open) return undefined;
  const after = ctx.text.slice(ctx.end, ctx.end + reach);
  const close = after.indexOf('}');
  if (close < 0) return undefined;
  return before.slice(open) + ctx.text.slice(ctx.start, ctx.end) + after.slice(0, close);
}

/** A column of a place's opening hours (`opening_hours`, `horario`, `godziny_otwarcia`). */
const HOURS_COLUMN = native(/^["`]?(?:(?:opening|business|store|office|open)[_-]?hours|hours|horaires|horario|godziny_otwarcia|oteviraci_doba|öffnungszeiten|openingstijden)["`]?$/iu);

/**
 * A table of places by its name's last word (`hoteles`, `cat_hotels`, `store`, `sucursales`): its
 * rows are hotels, shops, branches or suppliers, not people. (`hotel_contacts` ends in its people.)
 */
const PLACE_TABLE = native(/(?:^|[._])(?:hotels?|hoteles|hot[ée]is|h[ôo]tels|hostels?|stores?|shops?|tiendas?|lojas?|branch(?:es)?|sucursal(?:es)?|filiales?|restaurants?|restaurantes?|pharmac(?:y|ies)|farmacias?|suppliers?|vendors?|proveedores?|fornecedores?|venues?|warehouses?|almacenes|depots?|airlines?|aerolineas|airports?|aeropuertos?|clinics?|clinicas?|hospitals?|hospitales?|merchants?|comercios?|establecimientos?|carriers?|locations?|pickup_points?|lockers?)$/u);

/** The match is a value of an SQL INSERT into a table of places (see PLACE_TABLE): a hotel's or an airport's name, not a person's. */
export function isInPlaceTableRow(ctx: MatchContext): boolean {
  const table = sqlInsertTable(ctx.text, ctx.start);
  return table !== undefined && PLACE_TABLE.test(table.replace(/[`"[\]]/gu, '').toLowerCase());
}

/**
 * The match is a value of an SQL INSERT whose columns include opening hours, or whose table is a
 * table of places: a seed of shops, lockers or branches, a travel agency's hotel catalogue, whose
 * addresses and phones are the places'. (The statement and its tuple come from _sql's reading of
 * the text, done once per text.)
 */
function isInPlaceInsert(ctx: MatchContext): boolean {
  if (isInPlaceTableRow(ctx)) return true;
  const cell = sqlInsertCell(ctx.text, ctx.start);
  return cell !== undefined && cell.columns.some((c) => HOURS_COLUMN.test(c.trim()));
}

/** A branch or an office named on a line (`Agencia Centro`, `Oficina Principal`, `Sucursal Norte`). */
const BRANCH_WORD = /(?<![\p{L}])(?:Agencia|Oficina|Sucursal|Filial|Branch|Office)(?![\p{L}])/u;

/**
 * A company's tax number by its shape: Peru's RUC of a company starts 20 (a person's 10), Ecuador's
 * has a third digit of 9 (a private company's) or 6 and 0001 (a public body's) where a person's
 * cédula has a digit below 6. With a branch named on the line, the line is the company's record
 * (a branch list's address, phone and mailbox).
 */
const COMPANY_TAX_ID = /(?<!\d)(?:20\d{9}|\d{2}9\d{7}001|\d{2}6\d{6}0001)(?!\d)/u;

function isBranchRecord(line: string): boolean {
  return native(BRANCH_WORD).test(line) && native(COMPANY_TAX_ID).test(line);
}

/**
 * A line that is a company's own record (a core-banking export's row for a company client, however
 * far its legal form from the account): it carries a Swiss company number (UID `CHE-123.456.789`),
 * a French, Dutch or Belgian VAT number (a client list's row: `FR20123456789`), an Indian GSTIN whose
 * PAN is no individual's (its fourth letter: C company, F firm, T trust…; a hospital network's row), or says the party is
 * a legal entity. A booking with a company for counterparty carries neither.
 */
// Three questions about a company's row, from the widest to the narrowest; pick by what a false
// "company" costs the rule:
// - isOnCompanyRow: the line names a company anywhere (legal form, company number, branch, practice).
//   For values that locate a person only with the rest of their row (postcodes under a column).
// - isOnCompanyLine: the company is the value's own (its cell or the two cells beside it in a wide
//   row, an invoice's seller, a letterhead's line above), so an account or a phone beside a
//   counterparty's name stays the person's. For accounts, tax numbers, addresses and phones.
// - isCompanyOnlyRow: the whole row is an organisation's record (a legal form in a cell of its own,
//   no person's full name) and the value fills its cell. For phones and e-mail addresses, which a
//   contact's row shares with their employer.
const COMPANY_RECORD_SOURCE = /(?<![\w-])CHE-\d{3}\.\d{3}\.\d{3}(?!\d)|(?<![\w-])(?:FR[0-9A-HJ-NP-Z]{2}\d{9}|NL\d{9}B\d{2}|BE[01]\d{9}|\d{2}[A-Z]{3}[ABCFGHJLT][A-Z]\d{4}[A-Z][1-9A-Z]Z[0-9A-Z])(?![\w-])|(?<![\w])(?:LEGAL_ENTITY|legal entity|juristische Person|personne morale|persona giuridica|persona jur[ií]dica)(?![\w])/u;

/**
 * A header cell of births (`date_naissance`, `geboortedatum`, `dob`): a table with one records
 * people. A VAT number on its row is a sole trader's (a marketplace's seller checks: the Belgian
 * enterprise number is the trader's own), not the sign of a company's record.
 */
const BIRTH_DATE_CELL = /(?:^|[,;\t|])[ \t]*["']?(?:dob|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthdate|birthday|date[ _-]?(?:de[ _-]?)?naissance|geboortedatum|geburtsdatum|data[ _-]?(?:di[ _-]?)?nascita|data[ _-]?(?:de[ _-]?)?nascimento|fecha[ _-]?(?:de[ _-]?)?nacimiento)["']?[ \t]*(?=[,;\t|]|$)/iu;

/** COMPANY_RECORD_SOURCE on a line, unless the line is a row of a table of people (see BIRTH_DATE_CELL). */
function isCompanyRecord(ctx: MatchContext, line: string): boolean {
  if (!native(COMPANY_RECORD_SOURCE).test(line)) return false;
  const header = tableHeaderRow(ctx);
  return header === undefined || !native(BIRTH_DATE_CELL).test(header);
}

/**
 * A directory's row of a clinic or a GP surgery, named in its first or second cell (`B82099,Example Road
 * Medical Practice,…,01423 …`): its phone, postcode and street are the practice's. Not a patient's row,
 * which names the practice further along.
 */
const PRACTICE_ROW = native(
  /^(?:[^,;\t|\n]{0,24}[,;\t|])?[ \t]*"?[A-Z][\w'’&. -]{1,60} (?:Medical Practice|Surgery|Health Centre|Medical Centre|Health Center|Medical Center|Group Practice|Family Practice|Pharmacy|Dental Practice|Dental Surgery|Clinic)"?[ \t]*[,;\t|]/u,
);

/** The match's line is a row of a directory of clinics or GP surgeries (see PRACTICE_ROW). */
export function isOnPracticeRow(ctx: MatchContext): boolean {
  return PRACTICE_ROW.test(ctx.text.slice(lineStart(ctx.text, ctx.start, 400), ctx.start));
}

/** A table cell that ends in a company's legal form: the row's company (`Kestrel Tessuti S.r.l.`). */
const COMPANY_CELL = native(new RegExp(`(?:${COMPANY_FORM.source})\\.?$`, 'u'));
/** A cell of two or three capitalised words, the first perhaps an initial (`A. Example`): a person's name unless an organisation's word says otherwise. */
const FULL_NAME_CELL = native(/^\p{Lu}(?:\p{Ll}+|\.)(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u);

/**
 * The match's row of a delimited table (tabs, semicolons or commas, three cells or more) names a
 * company in a cell of its own, by its legal form, and no person by a full name: an organisation's
 * record, whose phone line and mailbox are the company's. (A contact's row, `Anna Berg;Kestrel GmbH;…`,
 * is a person's.)
 */
export function isCompanyOnlyRow(ctx: MatchContext): boolean {
  const { text } = ctx;
  const row = text.slice(lineStart(text, ctx.start, 2000), lineEnd(text, ctx.end, 2000));
  if (!native(COMPANY_FORM).test(row)) return false;
  const delim = ['\t', ';', ','].find((d) => countCells(row, d) >= 4);
  if (delim === undefined) return false;
  // (The match fills its cell: a footer's sentence, `Printed by … · Kestrel Inc., 1 Main St`, is no row.)
  if (!startsCell(text, ctx.start, delim) || !endsCell(text, ctx.end, delim)) return false;
  // (Nor a value under a column of the company's owner or director: a merchant's onboarding row,
  // `…,Example Kopi Pte. Ltd.,…,owner's name,…,owner_mobile,owner_email,…`.)
  if (OWNER_COLUMN.test(columnHeader(ctx) ?? '')) return false;
  const cells = splitCells(row, delim).map((c) => c.trim().replace(QUOTED_CELL, '$2'));
  // (Any two or three capitalised words but an organisation's count as a name: the lexicon lacks many given names.)
  return cells.some((c) => COMPANY_CELL.test(c)) && !cells.some((c) => FULL_NAME_CELL.test(c) && (isLexiconFullName(c) || !ORGANISATION_WORD.test(c))) && !hasNamePartCells(cells);
}

/** A column of a company's owner, director or guarantor, or of a person's own contact (`owner_mobile`, `director email`, `personal_phone`). */
const OWNER_COLUMN = native(/^["']?(?:owner|director|proprietor|guarantor|signatory|ubo|beneficial[ _-]?owner|applicant|personal|private|home)[ _-]?(?:mobile|phone|tel(?:ephone)?|cell|e-?mail|mail|contact)["']?$/iu);

/** A capitalised word (or two joined), as a given name's or a surname's cell holds one. */
const NAME_WORD_CELL = native(/^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?$/u);

/**
 * A given name of the lexicon and a capitalised word in cells side by side (`…\tRupert\tExample\t…`):
 * a person's name written in two columns, as HR and CRM exports write it. (Their employer's legal
 * form elsewhere on the row does not make the row the company's.)
 */
function hasNamePartCells(cells: readonly string[]): boolean {
  for (let i = 0; i + 1 < cells.length; i++) {
    const a = cells[i] as string;
    const b = cells[i + 1] as string;
    if (!NAME_WORD_CELL.test(a) || !NAME_WORD_CELL.test(b) || ORGANISATION_WORD.test(a) || ORGANISATION_WORD.test(b)) continue;
    if (ALL_GIVEN_NAMES.has(a) || ALL_GIVEN_NAMES.has(b)) return true;
  }
  return false;
}

/** The match's row (its line) names a company anywhere (`Clínica Dental … S.L.`, `… Ltda`), carries a company's number, or a company's branch and tax number: a record of an organisation. */
export function isOnCompanyRow(ctx: MatchContext): boolean {
  const { text } = ctx;
  const row = text.slice(lineStart(text, ctx.start, 2000), lineEnd(text, ctx.end, 2000));
  return native(COMPANY_FORM).test(row) || isCompanyRecord(ctx, row) || isBranchRecord(row) || isOnPracticeRow(ctx);
}

/** A postcode key right before the value, in an object (JSON, JavaScript, Ruby, YAML): `"postcode": "`, `postcode: "`, `:postcode => "`. */
const POSTCODE_KEY_BEFORE = native(/(?:^|[\s{,(:"'])(?:post_?code|postal_?code|post code|postCode|postalCode)["']?[ \t]*(?::|=>?)[ \t]*["']$/u);
/**
 * The same object's street line with a house number before it (`line1: "14 Example Road"`,
 * `"address_line_1": "12A High St"`, a Canadian unit and civic number `7-215 Example Ave W`, a Québec
 * `1840, rue Exemple`).
 */
const HOUSE_LINE_BEFORE = native(/(?:line_?1|address_?line_?1|addressLine1|address1|street(?:_?address)?)["']?[ \t]*(?::|=>?)[ \t]*["']\d{1,4}(?:-\d{1,5})?[A-Za-z]?,? (?:[A-Z]|(?:rue|avenue|av\.|boulevard|boul\.|chemin|ch\.|rang|route|place|montée|côte) )[^"'\n]{2,60}["']/u);

/**
 * A postcode under its key in an address object whose street line has a house number: a home's (or
 * a firm's, as its street line already says). For the postcode rules (uk-postcode-column, ca-postal-code-column).
 */
export function isHouseAddressPostalCode(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 240), ctx.start);
  return POSTCODE_KEY_BEFORE.test(before.slice(-40)) && HOUSE_LINE_BEFORE.test(before) && !isOnCompanyLine(ctx);
}

/**
 * True when the match is a cell under a header that `header` accepts, on a person's row: not a
 * company's (isOnCompanyRow), a test record's or a placeholder person's. For the columns whose
 * value locates a person only beside the rest of their row: a postcode.
 */
export function isPersonRowCellUnder(ctx: MatchContext, header: RegExp): boolean {
  const h = columnHeader(ctx);
  return h !== undefined && header.test(h.trim()) && !isOnCompanyRow(ctx) && !isOnTestRecordLine(ctx) && !isOnPlaceholderPersonLine(ctx);
}

/**
 * True when `labelBefore` matches the `reach` characters right before the match, or the match is a
 * cell under a `header` column on a person's row (isPersonRowCellUnder): for codes that name a home
 * only where a label or a column says so (a Ghanaian digital address, a Saudi short address).
 */
export function isLabelledOrPersonColumnCell(ctx: MatchContext, labelBefore: RegExp, reach: number, header: RegExp): boolean {
  return labelBefore.test(ctx.text.slice(Math.max(0, ctx.start - reach), ctx.start)) || isPersonRowCellUnder(ctx, header);
}

/** A Brazilian company's CNPJ as it is written (12.345.678/0001-90). */
const CNPJ_WRITTEN = native(/(?<!\d)\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}(?!\d)/u);

/**
 * The match's line is a company's record: a company's number on it (COMPANY_RECORD_SOURCE), a branch and
 * its company's tax number, a legal form in the value's own cells, or a letterhead's line above.
 */

/** A table cell that holds a legal form alone, as a payee type column writes it (`AS`, `AB`, `GmbH`, `Oy`). */
const LEGAL_FORM_CELL = native(/(?:^|[,;\t|])["']?(?:AS|ASA|AB|Oyj?|ApS|A\/S|GmbH|AG|Ltd|LLC|Inc|BV|NV|SA|SAS|SARL|SRL|Srl|SpA|Lda|Ltda|KG)["']?(?=[,;\t|]|$)/u);

export function isOnCompanyLine(ctx: MatchContext): boolean {
  const { text } = ctx;
  if (isInCompanyInvoiceParty(ctx)) return true;
  const ls = lineStart(text, ctx.start, 400);
  const line = text.slice(ls, lineEnd(text, ctx.end, 200));
  if (isCompanyRecord(ctx, line)) return true;
  if (isBranchRecord(line)) return true;
  if (native(COMPANY_FORM).test(line)) {
    // A wide table row (a bank statement's booking) holds an account and a counterparty: only the
    // cells within two of the value's own say whose it is.
    const cells = nearbyCells(line, ctx.start - ls);
    // (Not a row with a consumer mailbox on it: an insurer's claim with the workshop beside the
    // policyholder's payout account, `…;j.example@gmx.de;…;Autohaus … GmbH;…;DE10…;…`.)
    if (cells !== undefined && CONSUMER_MAILBOX.test(line)) return false;
    // (Nor a person's record whose company is their employer, under its own column: an insurer's
    // match export's `…;Telefon;Dienstgeber;…` row, the person's phone beside `Voestalpine Stahl GmbH`.)
    if (cells !== undefined && areCompaniesEmployers(ctx, line)) return false;
    // (A company's registration number there says so too: a Brazilian CNPJ beside a shop order's billing address.)
    // (Or a type column's cell that is a legal form alone: a payout export's `…,AS,,<account>`.)
    return cells === undefined || native(COMPANY_FORM).test(cells) || CNPJ_WRITTEN.test(cells) || LEGAL_FORM_CELL.test(cells);
  }
  // The line above counts for a letterhead or a signature, not when it is another row of the same
  // table (as many delimiters, two or more: another record) or the value sits in a wide row.
  // Nor when both lines are dated entries of a log or a case's notes: the company above is another entry's.
  if (ls === 0) return false;
  // (Nor a vCard's mobile or home line under its ORG: the person's own, their employer named above.)
  if (VCARD_PERSONAL_LINE.test(line)) return false;
  const above = text.slice(lineStart(text, ls - 1, 400), ls - 1);
  if (!native(COMPANY_FORM).test(above) || isSameTable(line, above)) return false;
  if (DATED_ENTRY.test(line) && DATED_ENTRY.test(above)) return false;
  // (Nor a call note's or a ticket's person above, their employer in brackets: `Kunde: <name> (Acme GmbH)`, then their callback number.)
  if (PERSON_LABEL_LINE.test(above)) return false;
  return nearbyCells(line, ctx.start - ls) === undefined;
}

/** A column of a person's employer (Dienstgeber, Arbeitgeber, employer, werkgever, pracodawca, zaměstnavatel, employeur, empleador). */
const EMPLOYER_HEADER = native(/^["']?(?:dienstgeber|arbeitgeber(?:in)?|employer(?:[ _-]?name)?|werkgever|pracodawca|zam[ěe]stnavatel|zamestn[áa]vate[lľ]|employeur|empleador|empregador|datore[ _]di[ _]lavoro|työnantaja|arbetsgivare|arbejdsgiver|arbeidsgiver)["']?$/iu);

/** Whether every cell of the row that holds a legal form (`… GmbH`) stands under an employer's column of its table. */
function areCompaniesEmployers(ctx: MatchContext, line: string): boolean {
  const header = tableHeaderRow(ctx);
  const delim = mostCells(line).delimiter;
  if (header === undefined || delim === undefined) return false;
  const heads = splitCells(header, delim);
  const cells = splitCells(line, delim);
  let any = false;
  for (let i = 0; i < cells.length; i++) {
    if (!native(COMPANY_FORM).test(cells[i] as string)) continue;
    if (!EMPLOYER_HEADER.test((heads[i] ?? '').trim())) return false;
    any = true;
  }
  return any;
}

/** A line that labels a person, then names them (`Kunde: <name> …`, `Customer: …`, `Anrufer: …`): their company may follow in brackets. */
const PERSON_LABEL_LINE = native(/^[ \t*-]{0,4}(?:Kunde|Kundin|Customer|Client|Cliente|Contact|Kontakt|Ansprechpartner|Ansprechpartnerin|Anrufer|Anruferin|Caller|Requester|Reporter)[ \t]*:[ \t]*\p{Lu}\p{Ll}/u);

/** A vCard's mobile or home telephone or address property (`TEL;TYPE=CELL:`, `ADR;TYPE=HOME:`). */
const VCARD_PERSONAL_LINE = native(/^(?:item\d{1,2}\.)?(?:TEL|ADR)[;:][^:\n]{0,60}(?:CELL|HOME|cell|home)/u);

/** A consumer mail provider's address (gmail, GMX, web.de, Bluewin, Bigpond …): a person's own, not a company's. */
const CONSUMER_MAILBOX = native(
  /[\w.+-]@(?:gmail|googlemail|gmx|web|t-online|yahoo|hotmail|outlook|live|icloud|me|posteo|aon|a1|bluewin|hispeed|sunrise|freenet|protonmail|proton|orange|free|libero|wp|o2|seznam|bol|uol|terra|yandex|optusnet|bigpond|tpg|xtra|comcast|aol)\.(?:com|net|de|at|ch|fr|it|pl|cz|me|ru|co\.uk|com\.au|com\.br|co\.nz)(?![\w.-])/u,
);

/** A line that starts with a date (`20.11.2026 klo 10.44`, `2026-11-20 10:44`, `[11/20/2026]`): one entry of a log or of a case's notes. */
const DATED_ENTRY = native(/^[ \t]*\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)/u);

/** How many lines above an address a signature's or letterhead's company line may stand (name, title, company, phone, e-mail, address). */
const LETTERHEAD_LINES = 4;
/** A blank line, or a comment's empty line (` *`, `#`, `//`): what ends a letterhead's block. */
const LETTERHEAD_BREAK = /^[ \t]*(?:\*|#+|\/\/|;+|--)?[ \t]*\r?$/u;
/** The longest line read as a letterhead's address line. */
const LETTERHEAD_LINE_LENGTH = 100;

/**
 * Whether the value's line closes a letterhead or signature block that names a company: within
 * the block's four lines above it (no blank line between), a line holds a company's legal form
 * (`Kontora Cloud GmbH`, then a phone, an e-mail, then the street), or the line after it holds the
 * company's register entry (`Sitz: Berlin · HRB 214519 B`) and the line is no sentence. Such a street is the office's.
 * (Not for rows of one table: a company in the row above is another record's.)
 */
export function isInCompanyLetterhead(ctx: MatchContext, registration: RegExp): boolean {
  const { text } = ctx;
  const ls = lineStart(text, ctx.start, 400);
  const line = text.slice(ls, lineEnd(text, ctx.end, 200));
  if (nearbyCells(line, ctx.start - ls) !== undefined) return false;
  let end = ls;
  for (let i = 0; i < LETTERHEAD_LINES && end > 0; i++) {
    const start = lineStart(text, end - 1, 400);
    const above = text.slice(start, end - 1);
    if (LETTERHEAD_BREAK.test(above) || isSameTable(line, above)) break;
    if (native(COMPANY_FORM).test(above)) return true;
    end = start;
  }
  // (A letterhead's line is short: a sentence that gives a home address may well be followed by one
  // that names the person's company, `A empresa dela (CNPJ …)`.)
  const le = lineEnd(text, ctx.end, 200);
  if (le >= text.length || line.length > LETTERHEAD_LINE_LENGTH) return false;
  const next = text.slice(le + 1, lineEnd(text, le + 1, 400));
  return registration.test(next);
}

/** The ends of the parties' tags, as the keyword pass reads them (in lower case). */
const INVOICE_PARTY_HINTS = sharedHints(['prestatore>', 'committente>', 'fiscale>', 'emittente>'] as const);

/** The parties of an Italian e-invoice (FatturaPA): the supplier, the customer, a tax representative. */
const INVOICE_PARTY_OPEN = native(/<(?:[\w-]{1,12}:)?(CedentePrestatore|CessionarioCommittente|RappresentanteFiscale|TerzoIntermediarioOSoggettoEmittente)>/gu);

/**
 * Whether the value sits in a FatturaPA party's block whose registry data name a company
 * (`<Anagrafica><Denominazione>…`) rather than a person (`<Nome>`, `<Cognome>`): the company's
 * address, phone and e-mail. A sole trader's block names the person, and stays theirs.
 */
function isInCompanyInvoiceParty(ctx: MatchContext): boolean {
  const { text } = ctx;
  // (Asked for every address, phone and e-mail: a text that holds no party's tag anywhere, as the
  // keyword pass saw it, is not read at all.)
  if (!INVOICE_PARTY_HINTS.some((hint) => mayContain(text, hint))) return false;
  // (Only the 3,000 characters before the value are read: an invoice party's block is short.)
  const before = text.slice(Math.max(0, ctx.start - 3000), ctx.start);
  if (!before.includes('Prestatore>') && !before.includes('Committente>') && !before.includes('Fiscale>') && !before.includes('Emittente>')) return false;
  let party: RegExpExecArray | undefined;
  INVOICE_PARTY_OPEN.lastIndex = 0;
  for (let m = INVOICE_PARTY_OPEN.exec(before); m !== null; m = INVOICE_PARTY_OPEN.exec(before)) party = m;
  if (party === undefined) return false;
  const block = before.slice(party.index);
  if (block.includes(`</${party[1] as string}>`)) return false;
  return /<(?:[\w-]{1,12}:)?Denominazione>/u.test(block);
}

/** The delimiter that splits `line` into the most cells (the first of DELIMITERS on a tie), and their number; undefined when none splits it. */
function mostCells(line: string): { delimiter: string | undefined; cells: number } {
  let delimiter: string | undefined;
  let cells = 1;
  for (const d of DELIMITERS) {
    const n = countCells(line, d);
    if (n > cells) {
      cells = n;
      delimiter = d;
    }
  }
  return { delimiter, cells };
}

/** In a row of six or more cells, the text of the cells within two of the one at `offset`; otherwise undefined. */
function nearbyCells(line: string, offset: number): string | undefined {
  const { delimiter: best, cells: bestCount } = mostCells(line);
  if (best === undefined || bestCount < 6) return undefined;
  const column = countCells(line.slice(0, offset), best) - 1;
  return splitCells(line, best)
    .slice(Math.max(0, column - 2), column + 3)
    .join(best);
}

/**
 * The table cell right before the match's own on its line (empty when there is none): the row is
 * split on its most frequent delimiter, quoted cells kept whole, as `columnHeader` reads it.
 */
export function cellBefore(ctx: MatchContext): string {
  const { text } = ctx;
  const row = text.slice(lineStartNear(text, ctx.start, 400), ctx.start);
  const best = mostCells(row).delimiter;
  if (best === undefined) return '';
  const cells = splitCells(row, best);
  return cells[cells.length - 2] as string;
}


function isSameTable(line: string, above: string): boolean {
  // (Rows of an HTML table too: a registration card's `<tr><th>…</th><td>…</td></tr>` lines hold one field each.)
  if (HTML_CELL_ON_LINE.test(line) && HTML_CELL_ON_LINE.test(above)) return true;
  for (const d of [',', ';', '\t', '|']) {
    const n = line.split(d).length - 1;
    if (n >= 2 && above.split(d).length - 1 === n) return true;
  }
  return false;
}

/**
 * A comma and one to three digits: a decimal or thousands group (`…3912,50`), unless a capitalised
 * word or a street's type in lower case follows them, which makes them the next CSV cell's house
 * number (`…,418 Alder Rd`, `…,118 E 9th St`, `…,7 rue des Tanneurs`, `…,3 via Roma`; a
 * currency stays a decimal: `,50 EUR`), or a date or amount goes on (`…,10/29`, `…,99.00`: the
 * next cells of a CSV row), or another group of digits after a space (`…,054 896 9093`: the next
 * cell's phone number), or another comma (`…,50,160,`: small numbers in the next cells; a
 * thousands group ends a number, and a decimal is not followed by a comma in a CSV cell), or a
 * capital and a capital or digit (`…,5N1AT3…`: the next cell's VIN or part number). Numeric
 * rules must not end right before one.
 */
/** A SEPA message's debtor or creditor element (pain.001 and .008, camt.053), before the party's `<Nm>`. */
export const SEPA_PARTY = '<(?:Ultmt)?(?:Dbtr|Cdtr)>';

/** A Dutch postcode's source: four digits (not led by 0), `separator`, two letters but SA, SD and SS. */
export function nlPostcodeSource(separator: string): string {
  return String.raw`[1-9]\d{3}${separator}(?!SA|SD|SS)[A-Z]{2}`;
}

export const COMMA_GROUP = String.raw`,\d{1,3}(?!\d| ?[A-Z][a-z]|[A-Z][A-Z\d]| (?:rue|avenue|allée|allee|boulevard|chemin|impasse|place|quai|calle|avenida|paseo|via|viale|piazza|corso|rua|travessa|ul\.|ulica|aleja|straat|laan|gasse) | [NSEW]\.? [A-Z\d]| \d|[/.:-]\d|,)`;
const COMMA_GROUP_AT_START = native(new RegExp(`^${COMMA_GROUP}`, 'u'));
/** The end of a whole number: no decimal part and no comma group after it (see COMMA_GROUP). */
export const NOT_IN_LONGER_NUMBER = String.raw`(?!\.\d|` + COMMA_GROUP + ')';

/** Where to look for a context word. */
export interface ContextWindow {
  /** Characters before the match (default 48). */
  readonly before?: number;
  /** Extra lines above the match's line that may hold the label (default 1). */
  readonly lines?: number;
  /** Characters after the match on its line (default 0: labels come first). */
  readonly after?: number;
  /** Also accept a matching column header in a delimited table (default true). */
  readonly header?: boolean;
}

/**
 * True when `re` (written for normalised, lower-case text) matches near the match: in the window
 * before it, optionally after it, or in its table column's header.
 */
export function hasContext(ctx: MatchContext, re: RegExp, win: ContextWindow = {}): boolean {
  native(re);
  if (re.test(textBefore(ctx, win.before ?? 48, win.lines ?? 1))) return true;
  if (re.test(labelBeforeAside(ctx, win.before ?? 48))) return true;
  // A later element of a quoted list whose name says what it holds (`VALID_NHS = [\n  "…",\n  "…",`,
  // a Go test's `range []string{"…", "…"}` under `func TestBSN`): the label stands before the list.
  const opener = listOpenerBefore(ctx.text, ctx.start);
  if (opener !== undefined && re.test(textBefore({ ...ctx, start: opener }, win.before ?? 48, Math.max(1, win.lines ?? 1)))) return true;
  if ((win.after ?? 0) > 0 && re.test(textAfter(ctx, win.after))) return true;
  if (win.header !== false) {
    const h = columnHeader(ctx) ?? fixedWidthHeader(ctx);
    if (h !== undefined && headerMatches(h, re)) return true;
  }
  return false;
}

/** How many earlier elements of a list `listOpenerBefore` walks back over. */
const LIST_REACH = 40;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Where the list that holds a quoted value as a later element opens (its `[`, `{` or `(`), when only
 * quoted elements and commas stand between: the value's quote, then back over `"…",` elements of up
 * to 60 characters each. Undefined for the list's first element (its label is right before it) and
 * for anything else.
 */
function listOpenerBefore(text: string, start: number): number | undefined {
  let i = start - 1;
  const quote = text.charAt(i);
  if (quote !== '"' && quote !== "'") return undefined;
  i--;
  for (let n = 0; n < LIST_REACH; n++) {
    while (i >= 0 && isSpace(text.charAt(i))) i--;
    const c = text.charAt(i);
    if (c === '[' || c === '{' || c === '(') return n === 0 ? undefined : i;
    if (c !== ',') return undefined;
    i--;
    while (i >= 0 && isSpace(text.charAt(i))) i--;
    const q = text.charAt(i);
    if (q !== '"' && q !== "'") return undefined;
    const open = text.lastIndexOf(q, i - 1);
    if (open === -1 || i - open > 60 || text.slice(open + 1, i).includes('\n')) return undefined;
    i = open - 1;
  }
  return undefined;
}

/** Gaps of two spaces or more between a line's fields, after its indentation: three make a fixed-width row. */
const FIELD_GAPS = native(/\S {2,}(?=\S)/gu);
/** A rule under a fixed-width table's header: `=====`, `-----`, `+---+`. */
const RULE_LINE = native(/^[ \t]*[=\-_+|]{3,}[=\-_+| \t]*$/u);
/** A field of a fixed-width row: words joined by single spaces. */
const FIELD = native(/\S+(?: \S+)*/gu);

/** The field of `line` (words joined by single spaces) that overlaps columns [from, to), or undefined. */
function fieldAt(line: string, from: number, to: number): string | undefined {
  for (const m of line.matchAll(FIELD)) {
    const start = m.index;
    if (start < to && start + m[0].length > from) return m[0];
  }
  return undefined;
}

/**
 * The header of the match's column in a fixed-width table (a payroll's or a mainframe's report,
 * fields aligned by spaces: `Nr    Pracownik    PESEL    Brutto`): the first field above, at the
 * match's columns, that holds no digit, past data rows and rules. Undefined when the match's line is
 * no such row (fewer than three gaps of two spaces) or nothing sits above its columns.
 */
function fixedWidthHeader(ctx: MatchContext): string | undefined {
  const { text } = ctx;
  const ls = lineStart(text, ctx.start, 400);
  // (A line longer than that reach is no report's row: its columns would be counted from its middle.)
  if (ls > 0 && text.charAt(ls - 1) !== '\n') return undefined;
  const line = text.slice(ls, lineEnd(text, ctx.end, 400));
  // (Most lines have no gap after their indentation: a code line's number is read no further.)
  const lead = line.length - line.trimStart().length;
  if (line.indexOf('  ', lead) === -1 || (line.match(FIELD_GAPS)?.length ?? 0) < 3) return undefined;
  const from = ctx.start - ls;
  const to = ctx.end - ls;
  let end = ls - 1;
  for (let n = 0; n < 15 && end > 0; n++) {
    const start = lineStart(text, end, 400);
    if (start > 0 && text.charAt(start - 1) !== '\n') return undefined;
    const above = text.slice(start, end).replace(/\r$/u, '');
    end = start - 1;
    if (above.trim() === '') return undefined;
    if (RULE_LINE.test(above)) continue;
    const field = fieldAt(above, from, to);
    if (field === undefined) return undefined;
    if (!/\d/u.test(field)) return field.toLowerCase();
  }
  return undefined;
}

/**
 * True when a column header (as columnHeader gives it) matches `column`, or one of its languages
 * does in a bilingual header (`氏名/성명`, `社員番号/사번`).
 */
export function headerNamesColumn(header: string, column: RegExp): boolean {
  return column.test(header) || (header.includes('/') && header.split('/').some((part) => column.test(part.trim())));
}

/**
 * True when a column header (as columnHeader gives it) matches `re`, written as it is or with its
 * words apart: a header writes its words joined (`tax_id`, `telefone_comercial`), labels in prose
 * write them apart.
 */
export function headerMatches(header: string, re: RegExp): boolean {
  return re.test(header) || (/[_-]/u.test(header) && re.test(header.replace(/[_-]/gu, ' ')));
}

/**
 * A national id without a check digit, as the per-country rules read it (Kenya's, Tunisia's CIN,
 * Oman's civil number, Bahrain's CPR): a whole number, in a text of its country (`hints`, the
 * rule's own hint words), with its label within 40 characters before it or heading its column.
 */
export function isLabelledIdOfCountry(ctx: MatchContext, hints: readonly string[], label: RegExp): boolean {
  return !inLongerNumber(ctx) && hints.some(ctx.hasHint) && hasContext(ctx, label, { before: 40 });
}

/** True when the characters right around the match are digits joined by the separators given. */
export function inLongerNumber(ctx: MatchContext, separators = '.-/ '): boolean {
  const { text, start, end } = ctx;
  const b1 = text[start - 1];
  const b2 = text[start - 2];
  const a1 = text[end];
  const a2 = text[end + 1];
  const isD = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  if (isD(b1) || isD(a1)) return true;
  if (b1 !== undefined && separators.includes(b1) && isD(b2)) return true;
  if (a1 !== undefined && separators.includes(a1) && isD(a2)) return true;
  // A comma is a table's separator (CSV: `1998-07-14,127-41-8836,…`) unless a COMMA_GROUP starts there.
  return a1 === ',' && COMMA_GROUP_AT_START.test(text.slice(end, end + 7));
}

/**
 * Whether an organisation's number for a person (an employee's, a customer's: `E204517`,
 * `SH-CUST-40012`, `4824859`) could be one: three digits or more, not a run or one digit repeated,
 * and not a bare date or year written without separators.
 */
export function isRecordNumber(s: string): boolean {
  const digits = s.replace(/\D/gu, '');
  if (digits.length < 3 || isTrivialNumber(digits) || /^(.)\1+$/u.test(digits)) return false;
  return !(digits === s && /^(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?$/u.test(digits));
}

/** A zero-padded placeholder number (`VS24-000000`, `KD-0000002`): six zeros in a row among its digits pad no real record's number. */
export function isZeroPadded(s: string): boolean {
  return /0{6}/u.test(s.replace(/\D/gu, ''));
}

/** The limits of machine integers (2^31, 2^32, 2^53, 2^63 and 2^64, and each less one): constants in code, nobody's number. */
const MACHINE_LIMITS = new Set(['2147483647', '2147483648', '4294967295', '4294967296', '9007199254740991', '9007199254740992', '9223372036854775807', '9223372036854775808', '18446744073709551615']);

/** True when all characters are the same, the digits run up or down by one (123456, 987654), or it is a machine integer's limit. */
export function isTrivialNumber(digits: string): boolean {
  // (A run behind zero padding is still a run: a test's `000123456789`.)
  if (digits.charCodeAt(0) === 48) digits = digits.replace(/^0+(?=\d{6})/u, '');
  if (digits.length < 4) return false;
  if (new Set(digits).size === 1 || MACHINE_LIMITS.has(digits)) return true;
  let up = 0;
  let down = 0;
  for (let i = 1; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (d === 1 || d === -9) up++;
    if (d === -1 || d === 9) down++;
  }
  // (One step out of order is still a run in a long number, `123456780`; in four or five digits
  // it is not: a Danish CPR's serial `3457` is a serial.)
  const needed = digits.length <= 5 ? digits.length - 1 : digits.length - 2;
  return up >= needed || down >= needed;
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}


/**
 * A regex (flags `gu`) that finds any of `words` in raw text as a label: lower case or UPPER case
 * after a non-letter, Capitalised also after a lower-case letter (camelCase: `mobilePhone`).
 * Words are literal lower-case strings; multi-word labels may use spaces, `_` or `-` between words.
 */
export function labelRegex(words: readonly string[]): RegExp {
  // Tries, not alternations: a trie tries one branch per character where a list of a few hundred
  // spellings tried each in turn at every position of the window (the phone label's list took a
  // third of that rule's time). A trie's optional endings are greedy, so at a position the longest
  // spelling wins, as the longest-first list did: `telefon` over `tel`, `passportNumber` over `passport`.
  const cap = (w: string): string => w.split(' ').map(capitalize).join(' ');
  // camelCase: dateOfBirth, birthDate
  const camel = words.filter((w) => w.includes(' ')).map((w) => w.split(' ').map((x, i) => (i === 0 ? x : capitalize(x))).join(' '));
  const capitalised = new Set([...words.map(cap), ...words.map(capitalize)]);
  // (The capitalised spellings are in the first trie too: where both tries match, the first wins,
  // and it must hold the longest spelling. `F.` alone in it cut `F. nacimiento` short.)
  // Title case with a short word in capitals: `Student ID`, `Tax ID No`, `Patient ID`.
  const shortUpper = words.filter((w) => / [a-z]{2,3}(?: |$)/u.test(w)).map((w) => w.split(' ').map((x) => (x.length <= 3 ? x.toUpperCase() : capitalize(x))).join(' '));
  // (Not PascalCase, `SchoolIdNumber`: tried in the thirty-sixth session, four more true findings
  // over twelve corpora for about 7 MB more peak memory in the CLI, as every label trie grows.)
  const anyCase = new Set([...camel, ...words, ...words.map((w) => w.toUpperCase()), ...capitalised, ...shortUpper]);
  return new RegExp(`(?<![A-Za-z0-9])${toTrieSource(anyCase)}|(?<![A-Z0-9])${toTrieSource(capitalised)}`, 'gu');
}

/** The end of an SQL insert's column list and the start of its values. */
const SQL_VALUES = /\)[ \t]*values[ \t]*\(/iu;

/** What may follow a label word inside the same identifier: `phoneNumber`, `tel_no`, `Tel. 2`, and camelCase's capitalised suffix (an e-file's `<PhoneNum>`, `mobileNo`). */
// (And an alternative's: `phoneAlt`, `phone_alt`, `mobile2`.)
const LABEL_SUFFIX = native(/^(?:s|[ _.-]?(?:numbers?|num|nos?|nr|nummer|numero|número|n°|#|[12]|alt)|(?:Numbers?|Num|Nos?|Nr|Alt))?(?![\p{L}\p{N}_])/u);

/** A label's last character in a script written without spaces between words. */
const CJK_END = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]$/u;
const NO_SUFFIX = Object.assign([''], { index: 0, input: '' }) as unknown as RegExpExecArray;

/** Small words allowed between a label and its value ("call me at", "Telefon (privat)", Tagalog's polite "po"). */
const GAP_WORDS = new Set(
  (
    'me us at on in am le la el il op or via is ist to the my our your his her their and und et y e under unter au al of for po mit ' +
    'des der die das ' +
    'number no nr num home work office private privat business main primary mobile cell fax direct direkt de du mon ' +
    'mein meine ma mi son sa his is: here hier below unten: ext extension was are ' +
    // "pasaporte (número …)", "teléfono del cliente", "número do passaporte"
    'número numero numéro nummer del do da di ' +
    // "Rückruf gerne unter …", "Rückruf gewünscht unter …", "call me anytime on …"
    'gerne gewünscht bitte jederzeit please anytime ' +
    // "Ruft mich an, wenn was ist: …"; Croatian "mobitel je …" (is)
    'wenn je ' +
    // the Nordic "is", "on" and "her/him" ("mit nummer er …", "ringt henne på …", "numret är …")
    'er är på henne honom hende ham hun han ' +
    // "DOB on file 1953-…", "phone on record …"
    'file record ' +
    // "mi teléfono es el …", "mijn nieuwe nummer is …"; Japanese, Korean and Chinese particles ("電話番号は …")
    // "o meu contacto direto é o …", "mi número directo es el …"
    'o a os as direto directo diretto directe ' +
    'es est è é nuevo nueva nieuwe neue new nouveau novo nuovo nowy は が を 은 는 이 가 로 으로 是 为 為 ' +
    // a date built in code: `date_of_birth = Date.parse("1962-10-17")`, `LocalDate.of(…)`, `new Date("…")`
    'parse new date datetime localdate of strptime fromisoformat ' +
    // "call me directly at …", "call her back at …", "telefonisch bin ich tagsüber unter …"
    'directly back tonight today tomorrow bin ich tagsüber tagsuber abends morgens besten ' +
    // Polish, Czech and Slovak qualifiers: "Telefon prywatny:", "tel klienta", "telefon zákazníka", "soukromý mobil"
    'prywatny prywatna służbowy służbowa komórkowy kontaktowy klienta klientki soukromý soukromé osobní pracovní zákazníka zákazníčky súkromný súkromné ' +
    // when to call: "my work mobile in the evenings: …", "Handy abends: …", "portable le soir : …"
    'evening evenings morning mornings afternoon afternoons night nights weekend weekends daytime during day days hours soir matin tarde noche mañana ' +
    // the same in the Nordic languages: "Mobil dagtid:", "Telefon kveld:", "puhelin päivisin"
    'dagtid kvällstid kväll kveld kveldstid dagtimerne aften arbete arbeid arbejde jobb jobbet hemma hjemme päivisin iltaisin ' +
    // "ring my mobile if needed: …", "call me urgently on …"
    'if needed urgent urgently asap ' +
    // why it is given, and that it is new: "Date of birth for security: …", "phone for verification",
    // "my mobile is now …", "Mon portable a changé aussi : …", "number changed to …"
    'security verification now also aussi changé changed ' +
    // Dutch: "bereikbaar op mijn vaste nummer of via …", "mijn mobiele nummer"
    'mijn vaste mobiele'
  ).split(' '),
);

/**
 * True when the match is the value of a label from `re` (made by `labelRegex`): the label is the
 * last one in the window before the match (same line or `lines` above), not the start of a longer
 * identifier (`phone_verified_at`), and only punctuation, small words or capitalised words
 * (a name) stand between them. A matching column header in a delimited table counts too.
 */
/** An HTML or XML tag without text (`</dt>`, `<dd class="v">`): what a definition list or a table puts between a label and its value. */
const MARKUP_TAG = /<\/?[A-Za-z][\w:-]{0,15}(?:\s[^<>\n]{0,80})?>/gu;

/** Runs of letters (native: a `\p{L}` class's bytecode is large, see nativeRegex.ts). */
const LETTER_RUNS = native(/[\p{L}]+/gu);

export function isLabelled(ctx: MatchContext, re: RegExp, win: { before?: number; lines?: number; header?: boolean } = {}): boolean {
  const { text, start } = ctx;
  const raw = text.slice(windowStart(text, start, win.before ?? 40, win.lines ?? 1), start);
  native(re).lastIndex = 0;
  // The nearest label decides; a label word that starts a longer word is none ("direct" in
  // "call me directly at"). So: the last match that a label suffix (or none) follows.
  let rest: string | undefined;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const after = raw.slice(m.index + m[0].length);
    // A label in Japanese, Korean or Chinese runs straight into its particle ("電話番号は").
    const suffix = LABEL_SUFFIX.exec(after) ?? (CJK_END.test(m[0]) ? NO_SUFFIX : null);
    if (suffix !== null) rest = after.slice(suffix[0].length);
    // A label that runs into a longer word may hide one that starts inside it ("mi cel" in "mi
    // celular"): try again from its next character.
    else re.lastIndex = nextSearchIndex(raw, m.index, re.unicode);
    if (m[0].length === 0) re.lastIndex = nextSearchIndex(raw, m.index, re.unicode);
  }
  // A label in an SQL insert's column list names its own column, which the header check reads.
  if (rest !== undefined && SQL_VALUES.test(rest)) rest = undefined;
  // So does a label on a table's header line above a row: a cell of another column is not its value
  // (`roll_no,name,parent_mobile` over `2414000,…`).
  if (rest !== undefined && rest.includes('\n') && columnHeader(ctx) !== undefined) rest = undefined;
  if (rest !== undefined && !/\d/u.test(rest.replace(/\b[12]\b/gu, ''))) {
    // A qualifier in brackets says which number, not what it is: "phone (outgoing):", "Date de
    // naissance (demandée par votre formulaire) :".
    // (Markup between a label's cell and its value's is no word: `<dt>Mobile</dt><dd>…`, `<td>Celular</td><td>…`.)
    const words = rest.replace(/\([^()\n]{1,40}\)/gu, ' ').replace(MARKUP_TAG, ' ').match(LETTER_RUNS) ?? [];
    if (words.every((w) => GAP_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return true;
  }
  if (win.header !== false) {
    const h = columnHeader(ctx);
    if (h !== undefined) {
      re.lastIndex = 0;
      if (re.test(h)) return true;
    }
  }
  return false;
}

/**
 * A parser's or a validator's call, as tests and docs hand it sample values: `ipv4.safeParse("…")`,
 * `isIP('…')`, `blockList.check('…')`, `schema.parse({ password: … })`, `fastURI.serialize({ host: … })`.
 */
const UNDER_TEST_CALL = String.raw`(?:\b(?:safe)?[Pp]arse(?:Async)?|\bisIP(?:v[46])?|\bis[Vv]alid\w{0,20}|\bvalidate\w{0,20}|\.check|\.normali[sz]e|\.serialize|\.test)\(`;
const VALUE_UNDER_TEST_BEFORE = native(new RegExp(`${UNDER_TEST_CALL}[ \\t]{0,2}["'\`]$`, 'u'));
const OBJECT_UNDER_TEST_BEFORE = native(new RegExp(`${UNDER_TEST_CALL}[ \\t]*$`, 'u'));

/** The string literal that starts right after `start`'s quote is a parse or validation call's argument (see UNDER_TEST_CALL). */
export function isValueUnderTest(text: string, start: number): boolean {
  return VALUE_UNDER_TEST_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The value at `start` is a field of an object literal handed to a parse or validation call
 * (`schema.safeParse({ password: "peanuts", confirm: "qeanuts" })`): a validator's test input.
 * Looks back at most 300 characters for the object's `{`, with no `}` after it.
 */
export function isInObjectUnderTest(text: string, start: number): boolean {
  const from = Math.max(0, start - 300);
  const head = text.slice(from, start);
  const open = head.lastIndexOf('{');
  if (open === -1 || head.includes('}', open)) return false;
  return OBJECT_UNDER_TEST_BEFORE.test(head.slice(Math.max(0, open - 40), open));
}

/** First words of the header of a column of products or titles, in the languages of shop exports. */
const PRODUCT_WORDS = 'product|item|article|artikel|produkt|producto|produto|prodotto|urun|ürün|title|baslik|başlık|titel|titulo|título|sku|model';

/**
 * Headers of a column of shops' trade names (Brazil's `nome_fantasia`, a marketplace's
 * `seller_fantasia`, `trade_name`, `brand`, `dba`): a sole trader's shop is often named for its
 * owner's given name and a trade (`Larissa Artesanatos`), and is a shop all the same.
 */
const TRADE_NAME_HEADERS = '(?:seller[ _-]?|vendedor[ _-]?|nome[ _-]?)?fantasia|trade[ _-]?name|brand(?:[ _-]?name)?|marca|dba|(?:store|shop|loja)[ _-]?(?:name|nome)';

/**
 * Headers of a column of employers and companies (`employer_name`, French `employeur`, Dutch
 * `werkgever`, `company_name`, `raison_sociale`): a tenant file's `Leroy Merlin France`, `BPCE SA`,
 * a company named for its founder as much as any.
 */
const EMPLOYER_HEADERS = '(?:employer|employeur|werkgever|arbeitgeber|empleador|empregador|company|entreprise|soci[eé]t[eé]|organi[sz]ation)(?:[ _-]?(?:name|nom|naam))?|raison[ _-]?sociale';

/**
 * Headers of a column of products or titles: `product_name`, `item`, `title`, Turkish `urun_adi`
 * and `baslik`, `Artikelbezeichnung`, `producto`. A cell there names a product line ("Pratik Kahve
 * Kupası"), even when it starts with a given name.
 */
const PRODUCT_COLUMN = native(new RegExp(`^(?:(?:${PRODUCT_WORDS})(?:[ _-]?(?:name|title|adi|adı|ismi|bezeichnung|nombre|nome|nom|description|desc))?s?|${TRADE_NAME_HEADERS}|${EMPLOYER_HEADERS})$`, 'u'));

/** Whether a text has any header cell PRODUCT_COLUMN could read (most have none: no header lookups then). */
const PRODUCT_COLUMN_WORD = native(new RegExp(`(?:^|[,;\\t|( ])["']?(?:${PRODUCT_WORDS}|${TRADE_NAME_HEADERS}|${EMPLOYER_HEADERS})`, 'imu'));
const hasProductColumnWord = perText((text) => PRODUCT_COLUMN_WORD.test(text));

/** The name stands in a table's cell under a column of products, titles, shops' trade names or employers (the person-name rules). */
export function isInProductColumn(ctx: MatchContext): boolean {
  if (!hasProductColumnWord(ctx.text)) return false;
  const header = columnHeader(ctx);
  return header !== undefined && PRODUCT_COLUMN.test(header.trim());
}
