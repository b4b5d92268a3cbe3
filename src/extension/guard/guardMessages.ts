// Pure: the words of the guard's notifications. Previews and counts only, never values.
import { toGuardSummary } from '../../engine/index';
import type { GuardKind } from '../../engine/index';

/** "1 secret (slack-bot-token) and 1 personal data item (email-address): xoxb-…(54 chars), email (23 chars)". */
export function toFindingsText(kinds: readonly GuardKind[], maxPreviews = 3): string {
  const previews = kinds.flatMap((k) => k.previews).slice(0, maxPreviews);
  const more = kinds.reduce((n, k) => n + k.count, 0) - previews.length;
  return `${toGuardSummary(kinds)}: ${previews.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A Markdown code fence that the text cannot close (longer than any backtick run in it). */
export function toFence(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/gu)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}
