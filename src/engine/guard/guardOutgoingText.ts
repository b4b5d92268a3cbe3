import { redact } from '../redact/redactor';
import type { Redaction, RedactionStrategy } from '../redact/redactor';
import { getScanner } from '../scan/scannerCache';
import type { ScanOptions } from '../scan/scanner';
import type { Category, Finding, Rule } from '../types';

/** What a surface does with outgoing text that has findings. */
export type GuardMode = 'off' | 'warn' | 'redact' | 'block';

/** The decision for one piece of outgoing text. */
export type GuardVerdict = 'clean' | 'skipped' | 'warn' | 'redact' | 'block';

export interface GuardOptions {
  readonly mode: GuardMode;
  readonly scanOptions?: ScanOptions & { readonly rules?: readonly Rule[] };
  readonly strategy?: RedactionStrategy;
  readonly languageId?: string;
}

/** A count per rule, for messages: `{ ruleId, category, count, previews }`. Never values. */
export interface GuardKind {
  readonly ruleId: string;
  readonly category: Category;
  readonly count: number;
  readonly previews: readonly string[];
}

export interface GuardResult {
  readonly verdict: GuardVerdict;
  readonly findings: readonly Finding[];
  /** The text with every finding redacted (computed whenever there are findings). */
  readonly redacted: Redaction | undefined;
  readonly kinds: readonly GuardKind[];
}

/** Groups findings by rule for a message, keeping at most three previews per rule. */
export function toGuardKinds(findings: readonly Finding[]): GuardKind[] {
  const byRule = new Map<string, { category: Category; count: number; previews: string[] }>();
  for (const f of findings) {
    const e = byRule.get(f.ruleId) ?? { category: f.category, count: 0, previews: [] };
    e.count++;
    if (e.previews.length < 3) e.previews.push(f.preview);
    byRule.set(f.ruleId, e);
  }
  return [...byRule].map(([ruleId, e]) => ({ ruleId, category: e.category, count: e.count, previews: e.previews }));
}

/**
 * The pure decision behind every outgoing-text surface (copy, paste, chat, agent hooks):
 * scan, then say what the mode asks for, with a redacted version ready to offer.
 */
export function guardOutgoingText(text: string, options: GuardOptions): GuardResult {
  if (options.mode === 'off') return { verdict: 'skipped', findings: [], redacted: undefined, kinds: [] };
  const findings = getScanner(options.scanOptions?.rules).scan(text, options.scanOptions ?? {});
  if (findings.length === 0) return { verdict: 'clean', findings, redacted: undefined, kinds: [] };
  const redacted = redact(text, findings, options.strategy ?? 'placeholder', { languageId: options.languageId });
  return { verdict: options.mode, findings, redacted, kinds: toGuardKinds(findings) };
}

/** One line for a notification: "2 secrets (github-pat, aws-access-key-id) and 1 personal data item (email-address)". */
export function toGuardSummary(kinds: readonly GuardKind[]): string {
  const part = (cat: Category, one: string, many: string): string | undefined => {
    const ks = kinds.filter((k) => k.category === cat);
    const n = ks.reduce((s, k) => s + k.count, 0);
    if (n === 0) return undefined;
    return `${n} ${n === 1 ? one : many} (${ks.map((k) => k.ruleId).join(', ')})`;
  };
  return [part('secret', 'secret', 'secrets'), part('pii', 'personal data item', 'personal data items')].filter(Boolean).join(' and ');
}
