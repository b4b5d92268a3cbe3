import type { Finding } from '../../src/engine/index';
import type { CorpusDoc } from './generateCorpus';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  secret: Score;
  pii: Score;
  /** Missed labels by kind, and false positives by rule id: counts only, never values. */
  missedByKind: Record<string, number>;
  falseByRule: Record<string, number>;
}

function score(tp: number, fp: number, fn: number): Score {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Matches findings to labels (same category, overlapping ranges) and scores each category. */
export function evaluate(docs: readonly CorpusDoc[], scanText: (text: string, path: string) => readonly Finding[]): Evaluation {
  const counts = { secret: { tp: 0, fp: 0, fn: 0 }, pii: { tp: 0, fp: 0, fn: 0 } };
  const missedByKind: Record<string, number> = {};
  const falseByRule: Record<string, number> = {};
  for (const doc of docs) {
    const findings = scanText(doc.text, doc.path);
    const used = new Set<number>();
    for (const label of doc.labels) {
      const i = findings.findIndex(
        (f, idx) => !used.has(idx) && f.category === label.category && f.range.start < label.end && label.start < f.range.end,
      );
      if (i === -1) {
        counts[label.category].fn++;
        missedByKind[label.kind] = (missedByKind[label.kind] ?? 0) + 1;
      } else {
        used.add(i);
        counts[label.category].tp++;
        // A second finding on the same label (e.g. two halves) is neither right nor wrong.
        findings.forEach((f, idx) => {
          if (f.category === label.category && f.range.start < label.end && label.start < f.range.end) used.add(idx);
        });
      }
    }
    findings.forEach((f, idx) => {
      if (used.has(idx)) return;
      counts[f.category].fp++;
      falseByRule[f.ruleId] = (falseByRule[f.ruleId] ?? 0) + 1;
    });
  }
  return {
    secret: score(counts.secret.tp, counts.secret.fp, counts.secret.fn),
    pii: score(counts.pii.tp, counts.pii.fp, counts.pii.fn),
    missedByKind,
    falseByRule,
  };
}
