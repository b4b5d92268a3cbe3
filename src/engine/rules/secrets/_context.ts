import type { MatchContext } from '../../types';

/** The line holding the secret, at most `reach` characters either side of it. */
export function lineAround(ctx: MatchContext, reach = 2000): string {
  const from = Math.max(0, ctx.start - reach);
  const to = Math.min(ctx.text.length, ctx.end + reach);
  const before = ctx.text.slice(from, ctx.start);
  const after = ctx.text.slice(ctx.end, to);
  const nl = after.indexOf('\n');
  return before.slice(before.lastIndexOf('\n') + 1) + ctx.text.slice(ctx.start, ctx.end) + (nl === -1 ? after : after.slice(0, nl));
}

/** The context word(s) of a context rule: the full match without the secret value. */
export function contextWords(ctx: MatchContext): string {
  const m = ctx.match;
  const rel = ctx.start - m.index;
  return (m[0].slice(0, Math.max(0, rel)) + m[0].slice(rel + (ctx.end - ctx.start))).toLowerCase();
}

/**
 * Placeholder shapes for long values, for rules that skip the shared filters (whose
 * dictionary-word checks misfire by chance on kilobyte-long random bodies).
 */
export function looksLikeLongPlaceholder(value: string): boolean {
  return /EXAMPLE|[xX]{8,}|\.\.\.|…|<[^>]{0,40}>|\*{4,}|REDACTED|PLACEHOLDER/u.test(value);
}
