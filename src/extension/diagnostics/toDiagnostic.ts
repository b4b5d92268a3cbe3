import * as vscode from 'vscode';
import { lineOf } from '../../engine/index';
import type { Finding, Rule, Severity } from '../../engine/index';
import { toRuleDocsUrl, toRuleInfo } from '../ruleInfo';

/** The `source` of every diagnostic we publish; code actions and tests filter on it. */
export const DIAGNOSTIC_SOURCE = 'prompt-hygiene';

const LEVELS: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Maps an engine severity to VS Code's. */
export function toDiagnosticSeverity(level: Severity): vscode.DiagnosticSeverity {
  return LEVELS[level];
}

/** Where a finding's parts (Finding.parts) are shown: the document's URI and its offset-to-position mapping. */
export interface PartsLocator {
  readonly uri: vscode.Uri;
  readonly positionAt: (offset: number) => vscode.Position;
}

/**
 * The diagnostic for one finding. The message is the rule's description plus the safe preview,
 * never the matched value. `code` links to the rule's docs. A name's given-name and surname cells
 * (its parts, which redaction replaces with it) are listed as related places.
 */
export function toDiagnostic(finding: Finding, range: vscode.Range, level: Severity, rules?: readonly Rule[], parts?: PartsLocator): vscode.Diagnostic {
  const info = toRuleInfo(finding.ruleId, finding.category, rules);
  const message = vscode.l10n.t('{0}: {1}', vscode.l10n.t(info.description), finding.preview);
  const d = new vscode.Diagnostic(range, message, toDiagnosticSeverity(level));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: finding.ruleId, target: vscode.Uri.parse(toRuleDocsUrl(finding.ruleId)) };
  if (parts !== undefined && finding.parts !== undefined) {
    d.relatedInformation = finding.parts.map(
      (p) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(parts.uri, new vscode.Range(parts.positionAt(p.start), parts.positionAt(p.end))),
          vscode.l10n.t('Part of the same name; redacted with it'),
        ),
    );
  }
  return d;
}

/** Converts UTF-16 offsets of a text to positions, for files that are not open as documents. */
export function toPositionMapper(lineStarts: readonly number[]): (offset: number) => vscode.Position {
  return (offset) => {
    const line = lineOf(lineStarts, offset);
    return new vscode.Position(line, offset - (lineStarts[line] as number));
  };
}
