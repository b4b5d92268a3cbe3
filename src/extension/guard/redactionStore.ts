// Pure: this window's reversible redactions, kept in memory only, for Restore Redacted Values.
import { restore } from '../../engine/index';
import type { RedactionEntry } from '../../engine/index';

/** How many redactions are remembered (oldest dropped first). */
export const MAX_REMEMBERED_REDACTIONS = 50;

/**
 * Remembers the mappings of redactions done in this window (copy, paste, send to chat, the chat
 * participant), so placeholders in an assistant's answer can be put back. The values live only
 * in this object's memory: nothing is written to disk or settings.
 */
export class RedactionStore {
  private readonly entries: (readonly RedactionEntry[])[] = [];

  /** Remembers one redaction's mapping (ignored when empty). */
  remember(mapping: readonly RedactionEntry[]): void {
    if (mapping.length === 0) return;
    this.entries.unshift(mapping);
    if (this.entries.length > MAX_REMEMBERED_REDACTIONS) this.entries.length = MAX_REMEMBERED_REDACTIONS;
  }

  /** Number of remembered redactions. */
  get size(): number {
    return this.entries.length;
  }

  /** The rule ids of the newest remembered redaction, in text order (ids only: never a value). */
  get newestRuleIds(): string[] {
    return (this.entries[0] ?? []).map((e) => e.ruleId);
  }

  /**
   * Puts values back into `text` using the remembered redaction whose placeholders occur in it
   * most often (the newest one on a tie). Returns undefined when no placeholder occurs.
   */
  restore(text: string): { text: string; restored: number } | undefined {
    let best: { mapping: readonly RedactionEntry[]; hits: number } | undefined;
    for (const mapping of this.entries) {
      const placeholders = new Set(mapping.map((e) => e.placeholder));
      let hits = 0;
      for (const p of placeholders) hits += text.split(p).length - 1;
      if (hits > 0 && (!best || hits > best.hits)) best = { mapping, hits };
    }
    if (!best) return undefined;
    return { text: restore(text, best.mapping), restored: best.hits };
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.length = 0;
  }
}
