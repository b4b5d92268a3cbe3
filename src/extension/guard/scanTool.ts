import * as vscode from 'vscode';
import { lineOf, toGuardKinds, toGuardSummary, toLineStarts } from '../../engine/index';
import type { Finding } from '../../engine/index';
import { readForScan } from './guardFiles';
import type { GuardService } from './guardService';

/** The tool's name (package.json `languageModelTools`). */
export const SCAN_TOOL_NAME = 'promptHygiene_scan';

/** The tool's input, as declared by its `inputSchema`. */
export interface ScanToolInput {
  readonly text?: string;
  readonly filePaths?: readonly string[];
}

/** Largest file the tool reads. */
const MAX_TOOL_FILE = 2 * 1024 * 1024;
/** Largest redacted text returned to the model. */
const MAX_TOOL_REDACTED = 20_000;

function toUri(path: string): vscode.Uri | undefined {
  if (/^[a-z][\w+.-]*:\/\//iu.test(path)) {
    try {
      return vscode.Uri.parse(path, true);
    } catch {
      return undefined;
    }
  }
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(path)) return vscode.Uri.file(path);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...path.split(/[\\/]/u)) : undefined;
}

function describe(label: string, text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${label}: no secrets or personal data found.`;
  const starts = toLineStarts(text);
  const rows = findings.slice(0, 50).map((f) => `  - line ${lineOf(starts, f.range.start) + 1}: ${f.ruleId} ${f.preview}`);
  return [`${label}: ${toGuardSummary(toGuardKinds(findings))}.`, ...rows, ...(findings.length > 50 ? [`  - and ${findings.length - 50} more`] : [])].join('\n');
}

/**
 * `promptHygiene_scan`: lets agent mode check text or files for secrets and personal data before
 * using them. The result lists rule ids, lines and previews (never values) and, for text, a
 * redacted version the model can use instead.
 */
export function registerScanTool(service: GuardService): vscode.Disposable {
  if (typeof vscode.lm?.registerTool !== 'function') {
    service.log.info('This VS Code has no language model tool API; promptHygiene_scan is not available.');
    return new vscode.Disposable(() => undefined);
  }
  const tool: vscode.LanguageModelTool<ScanToolInput> = {
    prepareInvocation(options) {
      const n = options.input.filePaths?.length ?? 0;
      return { invocationMessage: n > 0 ? vscode.l10n.t('Checking {0} file(s) for secrets and personal data', n) : vscode.l10n.t('Checking text for secrets and personal data') };
    },
    async invoke(options, token) {
      const parts: string[] = [];
      const all: Finding[] = [];
      const uri = vscode.window.activeTextEditor?.document.uri;
      if (typeof options.input.text === 'string' && options.input.text.length > 0) {
        const text = options.input.text;
        const result = service.check(text, 'warn', uri, 'placeholder');
        all.push(...result.findings);
        parts.push(describe('Text', text, result.findings));
        if (result.redacted) {
          service.redactions.remember(result.redacted.mapping);
          parts.push(result.redacted.text.length <= MAX_TOOL_REDACTED ? `Redacted text (use this instead):\n${result.redacted.text}` : `The redacted text is ${result.redacted.text.length} characters long, too long to return.`);
        }
      }
      for (const path of (options.input.filePaths ?? []).slice(0, 100)) {
        if (token.isCancellationRequested) break;
        const target = toUri(path);
        if (!target) {
          parts.push(`${path}: not found.`);
          continue;
        }
        const read = await readForScan(target, MAX_TOOL_FILE);
        const label = vscode.workspace.asRelativePath(target);
        if (!('text' in read)) {
          parts.push(`${label}: not checked (${read.skipped}).`);
          continue;
        }
        const findings = service.check(read.text, 'warn', target).findings;
        all.push(...findings);
        parts.push(describe(label, read.text, findings));
      }
      if (parts.length === 0) parts.push('Nothing to check: pass "text" or "filePaths".');
      await service.record('command', all.length > 0 ? 'warned' : 'clean', all, uri, { event: 'lm-tool' });
      return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(parts.join('\n\n'))]);
    },
  };
  const registration = vscode.lm.registerTool(SCAN_TOOL_NAME, tool);
  service.tool = true;
  return new vscode.Disposable(() => {
    service.tool = false;
    registration.dispose();
  });
}
