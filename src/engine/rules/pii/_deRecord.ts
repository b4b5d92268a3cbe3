// A German insurer's member record written without labels (a pipe-delimited delta export, a
// fixed-format row): the health insurance number (KVNR) and the pension insurance number (RVNR)
// stand side by side. Each one's check digit is weak evidence alone; the other valid number on the
// same line makes the line a member's record.

import type { MatchContext } from '../../types';
import { kvnrChecksum, rvnrChecksum } from './_checksums';
import { lineEndNear, lineStartNear } from './_context';

const KVNR_TOKEN = /(?<![\w.-])[A-Z]\d{9}(?![\w-])/gu;
const RVNR_TOKEN = /(?<![\w./-])\d{8}[A-Z]\d{3}(?![\w/-])/gu;

/** The match's line (400 characters either side at most) without the match itself. */
function otherPartsOfLine(ctx: MatchContext): string {
  const { text } = ctx;
  return text.slice(lineStartNear(text, ctx.start, 400), ctx.start) + ' ' + text.slice(ctx.end, lineEndNear(text, ctx.end, 400));
}

/** True when the line, the match aside, holds a token of `re` that passes `check`. */
function hasValidOnLine(ctx: MatchContext, re: RegExp, check: (token: string) => boolean): boolean {
  for (const m of otherPartsOfLine(ctx).matchAll(re)) if (check(m[0])) return true;
  return false;
}

/** True when the line also holds a valid KVNR. */
export function hasKvnrOnLine(ctx: MatchContext): boolean {
  return hasValidOnLine(ctx, KVNR_TOKEN, kvnrChecksum);
}

/** True when the line also holds a valid RVNR (written compact). */
export function hasRvnrOnLine(ctx: MatchContext): boolean {
  return hasValidOnLine(ctx, RVNR_TOKEN, rvnrChecksum);
}
