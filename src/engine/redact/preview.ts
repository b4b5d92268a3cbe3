import type { Rule } from '../types';

/**
 * A preview of a matched value that reveals nothing secret: for secrets, the rule's fixed public
 * prefix (at most 12 characters and never more than a third of the value) plus the length;
 * for personal data, only the kind and the length.
 */
export function toPreview(rule: Pick<Rule, 'category' | 'publicPrefix' | 'redactAs'>, value: string): string {
  const len = codePointLength(value);
  if (rule.category === 'pii') return `${rule.redactAs} (${len} chars)`;
  const shown = Math.min(rule.publicPrefix, 12, Math.floor(value.length / 3));
  const prefix = shown > 0 ? value.slice(0, shown) : '';
  return `${prefix}…(${len} chars)`;
}

/** Code points in `s` (a lone surrogate counts as one, as `[...s].length` counts it), without an array per value. */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
