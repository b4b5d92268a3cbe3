import * as vscode from 'vscode';
import { canAllowOnLine } from '../codeActions/fixes';
import { toRuleDocsUrl, toRuleInfo } from '../ruleInfo';
import type { DiagnosticsManager } from './diagnosticsManager';
import { DOCUMENT_SELECTOR } from './diagnosticsManager';
import { toHoverMarkdown } from './hoverPresenter';
import type { FixKind } from './hoverPresenter';

/**
 * Hover on a finding: the rule, why it matters for AI chats, how to rotate or revoke a secret,
 * and the fixes on offer. Text comes from the pure `toHoverMarkdown`; findings from the cache.
 */
export function registerHoverProvider(manager: DiagnosticsManager): vscode.Disposable {
  return vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, {
    provideHover(doc, position) {
      const findings = manager.cachedFindings(doc);
      if (!findings || findings.length === 0) return undefined;
      const offset = doc.offsetAt(position);
      const f = findings.find((x) => x.range.start <= offset && offset <= x.range.end);
      if (!f) return undefined;
      const rules = manager.optionsFor(doc.uri).scan.rules;
      const info = toRuleInfo(f.ruleId, f.category, rules);
      const fixes: FixKind[] = ['redact', 'mask'];
      if (f.category === 'secret') fixes.push('env');
      if (canAllowOnLine(doc.languageId)) fixes.push('allowLine');
      if (vscode.workspace.getWorkspaceFolder(doc.uri)) fixes.push('allowlist');
      fixes.push('redactAll');
      const md = new vscode.MarkdownString(
        toHoverMarkdown(
          { ruleId: f.ruleId, category: f.category, description: info.description, preview: f.preview, docsUrl: toRuleDocsUrl(f.ruleId), fixes },
          vscode.l10n.t,
        ),
      );
      md.isTrusted = false;
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(f.range.start), doc.positionAt(f.range.end)));
    },
  });
}
