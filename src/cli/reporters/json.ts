import { toFindingRecord } from './report';
import type { ScanReport } from './report';

/**
 * One JSON object per line per finding, keys in the order
 * `file, line, column, endLine, endColumn, ruleId, category, severity, preview`. Empty when clean.
 */
export function toJsonl(report: ScanReport): string {
  return report.findings.map((f) => `${JSON.stringify(toFindingRecord(f))}\n`).join('');
}

/**
 * `{ version: 1, findings: [… + fingerprint (+ parts: a name's given-name and surname cells, which
 * redaction replaces with it)], summary: { files, skipped, findings, bytes } }`, indented.
 */
export function toJson(report: ScanReport): string {
  const { files, skipped, findings, bytes } = report.summary;
  const doc = {
    version: 1,
    findings: report.findings.map((f) => ({ ...toFindingRecord(f), fingerprint: f.fingerprint, ...(f.parts !== undefined ? { parts: f.parts } : {}) })),
    summary: { files, skipped, findings, bytes },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
