// Pure: whether a position lies in an attribution (a credit that published code and documents
// carry by their authors' choice), for ScanOptions.attributions = false.
import { native } from './nativeRegex';
import { lineEndWithin, lineStartWithin } from './lines';
import { isCopyrightHolderAt } from '../rules/pii/_context';

/** How far a line is read on either side of the position. */
const LINE_REACH = 400;

/** A comment's or a document's lead before a line's first word: `//`, ` * `, `#`, `;`, `--`, `%`, `<!--`, `dnl`. */
const COMMENT_LEAD = /^[ \t]*(?:\/\/+|\/\*+|\*+|#+|;+|%+|--|<!--|"""|'''|dnl\b|REM\b|rem\b)?[ \t]*/u;

/**
 * A line that opens with a credit: `Author:`, `Maintainers:`, `Contributors -`, `Written by`,
 * `Originally contributed by`, `Thanks to`, or a git trailer (`Signed-off-by:`, `Co-authored-by:`).
 */
const LEADING_CREDIT = native(
  /^(?:(?:(?:original(?:ly)?|initial(?:ly)?|primary|lead|former|current|co-?)[ \t]+)?(?:authors?|maintainers?|contributors?|credits?|developers?|packagers?|uploaders?)[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*[:=\-–—]|(?:(?:original(?:ly)?|initial(?:ly)?)[ \t]+)?(?:written|contributed|ported|maintained|authored|developed)[ \t]+by\b|thanks[ \t]+to\b|[A-Za-z]+(?:-[A-Za-z]+)*-by:)/iu,
);

/** A credit anywhere on a line: a doc comment's `@author`, a manifest's `"author":`, an XML `<author>`. (Copyright notices: isCopyrightHolderAt.) */
const CREDIT_ON_LINE = native(/@(?:author|maintainer|contributor)\b|"(?:author|maintainer)"[ \t]*:|<(?:author|maintainer)\b/iu);

/** How far back a manifest's list of people or a POM's `<developers>` may open. */
const BLOCK_REACH = 3000;

/** The opening of a list of people in a package manifest or a POM, and what closes it. */
const BLOCKS: readonly (readonly [open: RegExp, close: string])[] = [
  [native(/"(?:contributors|maintainers|authors)"[ \t]*:[ \t]*\[/giu), ']'],
  [native(/<developers>/gu), '</developers>'],
  [native(/<contributors>/gu), '</contributors>'],
];

/** True when `pos` is inside an open block: its opening is within BLOCK_REACH before and its closing is not between. */
function isInBlock(text: string, pos: number): boolean {
  const from = Math.max(0, pos - BLOCK_REACH);
  const before = text.slice(from, pos);
  for (const [open, close] of BLOCKS) {
    open.lastIndex = 0;
    let last = -1;
    for (let m = open.exec(before); m !== null; m = open.exec(before)) last = m.index + m[0].length;
    if (last !== -1 && !before.includes(close, last)) return true;
  }
  return false;
}

/**
 * True when the text at `pos` is part of an attribution: on a line that credits someone (a doc
 * comment's `@author`, a copyright notice, `Author:`/`Maintainer:` lines, git trailers such as
 * `Signed-off-by:`), or inside a package manifest's `contributors`/`maintainers` list or a POM's
 * `<developers>`. Decision: such credits are public by their authors' choice in published code;
 * in a company's own code they name colleagues, so attributions are reported unless a team
 * switches them off.
 */
export function isAttribution(text: string, pos: number): boolean {
  // (The rules' own test for a copyright's holders: a notice before it on its line, or a Debian
  // copyright file's field above its continuation lines.)
  if (isCopyrightHolderAt(text, pos)) return true;
  const start = lineStartWithin(text, pos, LINE_REACH);
  const line = text.slice(start, lineEndWithin(text, pos, LINE_REACH));
  if (CREDIT_ON_LINE.test(line)) return true;
  const lead = COMMENT_LEAD.exec(line);
  if (LEADING_CREDIT.test(lead === null ? line : line.slice(lead[0].length))) return true;
  return isInBlock(text, pos);
}
