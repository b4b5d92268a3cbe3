import type { Category, Rule, Severity } from '../../engine/index';
import type { LocatedFinding } from '../fileScan';

/** Totals of one scan run. */
export interface ScanSummary {
  /** Files scanned (skipped ones not included). */
  readonly files: number;
  /** Files skipped: binary, too large or unreadable. */
  readonly skipped: number;
  readonly findings: number;
  /** Bytes scanned. */
  readonly bytes: number;
}

/** What reporters need to know about a rule that has findings. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Documentation of the format the rule detects, when the rule cites one. */
  readonly helpUri?: string;
}

/** Everything a reporter turns into text. Reporters are pure functions of this. */
export interface ScanReport {
  readonly findings: readonly LocatedFinding[];
  readonly summary: ScanSummary;
  /** Rule metadata by id, for every rule that may appear in `findings`. */
  readonly rules: ReadonlyMap<string, RuleInfo>;
}

/**
 * Rule metadata for reporters, taken from the rule set that produced the findings; `severity`
 * holds the policy's overrides, so a rule's configured level is the one reported.
 */
export function toRuleInfos(rules: readonly Rule[], severity: Readonly<Record<string, Severity>> = {}): Map<string, RuleInfo> {
  const map = new Map<string, RuleInfo>();
  for (const r of rules) {
    map.set(r.id, { id: r.id, description: r.description, category: r.category, severity: severity[r.id] ?? r.severity, helpUri: r.references[0] });
  }
  return map;
}

/** The finding as the machine formats print it, keys in their documented order. */
export function toFindingRecord(f: LocatedFinding): Record<string, string | number> {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    preview: f.preview,
  };
}
