// Pure: turns the engine's `redact()` into minimal text replacements for a WorkspaceEdit.
// No `vscode` import.
import { redact, withParts, withRange } from '../../engine/index';
import type { Finding, Range, RedactionStrategy } from '../../engine/index';

/** Replace `[start, end)` (UTF-16 offsets) with `newText`. */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Trims the common prefix and suffix of `before` → `after`, so the edit touches only what changes. */
function toMinimal(offset: number, before: string, after: string): TextReplacement {
  let p = 0;
  while (p < before.length && p < after.length && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (
    s < before.length - p &&
    s < after.length - p &&
    before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)
  ) {
    s++;
  }
  return { start: offset + p, end: offset + before.length - s, newText: after.slice(p, after.length - s) };
}

/**
 * The replacement that redacts one range of a finding (its own or one of its parts). Only a small
 * window around it is passed to the engine (one character each side, which the `env` strategy
 * inspects for quotes), so asking for a quick fix in a large file costs nothing.
 */
function toWindowReplacement(text: string, finding: Finding, range: Range, strategy: RedactionStrategy, languageId?: string): TextReplacement {
  const from = Math.max(0, range.start - 1);
  const to = Math.min(text.length, range.end + 1);
  const window = text.slice(from, to);
  const shifted = withRange(finding, { start: range.start - from, end: range.end - from });
  const out = redact(window, [shifted], strategy, { languageId }).text;
  return toMinimal(from, window, out);
}

/**
 * The replacements that redact one finding: its value, then its parts (a name's given-name and
 * surname cells, Finding.parts) in document order.
 */
export function toRedactionReplacements(
  text: string,
  finding: Finding,
  strategy: RedactionStrategy,
  languageId?: string,
): TextReplacement[] {
  const ranges = [finding.range, ...(finding.parts ?? [])].sort((a, b) => a.start - b.start);
  return ranges.map((r) => toWindowReplacement(text, finding, r, strategy, languageId));
}

/**
 * The replacements that redact every finding of a text, in document order and without overlaps.
 * Pseudonyms are numbered across the whole text (the same value gets the same pseudonym).
 */
export function toRedactAllReplacements(
  text: string,
  findings: readonly Finding[],
  strategy: RedactionStrategy,
  languageId?: string,
): TextReplacement[] {
  const sorted = withParts(findings).sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  // The same overlap rule as the engine's redact(): a finding that starts inside the previous one is skipped.
  const kept: Finding[] = [];
  let pos = 0;
  for (const f of sorted) {
    if (f.range.start < pos || f.range.end > text.length || f.range.start >= f.range.end) continue;
    kept.push(f);
    pos = f.range.end;
  }
  if (strategy === 'env') return kept.map((f) => toWindowReplacement(text, f, f.range, strategy, languageId));
  // Other strategies never widen the range, so the mapping pairs with the kept findings in order.
  const { mapping } = redact(text, kept, strategy, { languageId });
  return kept.map((f, i) => ({ start: f.range.start, end: f.range.end, newText: mapping[i]?.placeholder ?? '' }));
}
