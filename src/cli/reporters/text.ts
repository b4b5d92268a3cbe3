import type { ScanReport } from './report';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The summary line: how many findings, in how many of the scanned files. */
export function toSummaryLine(report: ScanReport): string {
  const { files, findings } = report.summary;
  if (findings === 0) return `No findings in ${plural(files, 'file')} scanned.`;
  const withFindings = new Set(report.findings.map((f) => f.file)).size;
  const secrets = report.findings.filter((f) => f.category === 'secret').length;
  const parts = [`${secrets} secret`, `${findings - secrets} personal data`];
  return `${plural(findings, 'finding')} (${parts.join(', ')}) in ${plural(withFindings, 'file')} of ${files} scanned.`;
}

/**
 * One line per finding, `file:line:col  severity  ruleId  preview`, aligned in columns, then the
 * summary line (left out with `quiet`).
 */
export function toText(report: ScanReport, quiet = false): string {
  const rows = report.findings.map((f) => [`${f.file}:${f.line}:${f.column}`, f.severity, f.ruleId, f.preview]);
  const widths = [0, 0, 0];
  for (const row of rows) for (let i = 0; i < 3; i++) widths[i] = Math.max(widths[i] as number, (row[i] as string).length);
  let out = '';
  for (const row of rows) {
    out += `${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] as number) : cell)).join('  ')}\n`;
  }
  if (!quiet) out += `${rows.length > 0 ? '\n' : ''}${toSummaryLine(report)}\n`;
  return out;
}
