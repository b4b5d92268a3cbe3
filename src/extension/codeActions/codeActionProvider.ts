import * as vscode from 'vscode';
import type { Finding } from '../../engine/index';
import type { DiagnosticsManager } from '../diagnostics/diagnosticsManager';
import { DOCUMENT_SELECTOR } from '../diagnostics/diagnosticsManager';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/toDiagnostic';
import type { PolicySource } from '../policySource';
import type { SettingsSource } from '../settings';
import {
  AFTER_ALLOWLIST_COMMAND,
  toAllowLineEdit,
  toAllowlistWorkspaceEdit,
  toRedactAllEdit,
  toRedactEdit,
  toRescanCommand,
} from './fixes';
import { toPolicyFileUri } from './policyFileLocation';

/** The fix-all kind for `editor.codeActionsOnSave`: `"source.fixAll.promptHygiene": "explicit"`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('promptHygiene');

/** An allowlist action whose edit is computed only when the user picks it (it reads the policy file). */
class AllowlistAction extends vscode.CodeAction {
  constructor(
    title: string,
    readonly documentUri: vscode.Uri,
    readonly policyUri: vscode.Uri,
    readonly fingerprint: string,
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

function sameRange(doc: vscode.TextDocument, f: Finding, r: vscode.Range): boolean {
  return doc.offsetAt(r.start) === f.range.start && doc.offsetAt(r.end) === f.range.end;
}

function codeValue(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'object' && c !== null) return String(c.value);
  return c === undefined ? undefined : String(c);
}

/** Finds the cached finding behind one of our diagnostics (no rescan). */
export function findingForDiagnostic(doc: vscode.TextDocument, findings: readonly Finding[], d: vscode.Diagnostic): Finding | undefined {
  const id = codeValue(d);
  return findings.find((f) => f.ruleId === id && sameRange(doc, f, d.range));
}

/**
 * Quick fixes for our diagnostics: redact (preferred), mask, environment reference (secrets),
 * allow on this line, add to the team allowlist, and redact everything in the file. Uses the
 * diagnostics manager's cached findings; every fix is an undoable WorkspaceEdit followed by an
 * immediate rescan.
 */
export class QuickFixProvider implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly manager: DiagnosticsManager,
    private readonly policy: PolicySource,
    private readonly settings: SettingsSource,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    const findings = this.manager.cachedFindings(doc);
    if (!findings || findings.length === 0) return [];
    const rescan = toRescanCommand(doc.uri);
    const policyUri = toPolicyFileUri(doc.uri, this.policy, this.settings);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, d: vscode.Diagnostic, edit: vscode.WorkspaceEdit, preferred = false): vscode.CodeAction => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [d];
      a.edit = edit;
      a.command = rescan;
      a.isPreferred = preferred;
      return a;
    };
    for (const d of ours) {
      const f = findingForDiagnostic(doc, findings, d);
      if (!f) continue;
      const id = f.ruleId;
      actions.push(action(vscode.l10n.t('Redact {0} with a placeholder', id), d, toRedactEdit(doc, f, 'placeholder'), true));
      actions.push(action(vscode.l10n.t('Mask {0}', id), d, toRedactEdit(doc, f, 'mask')));
      if (f.category === 'secret') {
        // The same name the engine's `env` strategy writes.
        const name = f.envName ?? f.label.toUpperCase().replace(/[^A-Z0-9]+/gu, '_');
        actions.push(action(vscode.l10n.t('Replace with environment variable {0}', name), d, toRedactEdit(doc, f, 'env')));
      }
      const allowLine = toAllowLineEdit(doc, f);
      if (allowLine) actions.push(action(vscode.l10n.t('Allow {0} on this line', id), d, allowLine));
      if (policyUri) {
        const a = new AllowlistAction(vscode.l10n.t('Add this {0} finding to the team allowlist', id), doc.uri, policyUri, f.fingerprint);
        a.diagnostics = [d];
        actions.push(a);
      }
    }
    if (actions.length > 0) {
      const all = new vscode.CodeAction(vscode.l10n.t('Redact all {0} findings in this file', findings.length), vscode.CodeActionKind.QuickFix);
      all.diagnostics = ours;
      all.edit = toRedactAllEdit(doc, findings, this.settings.get(doc.uri).redaction.defaultStrategy);
      all.command = rescan;
      actions.push(all);
    }
    return actions;
  }

  async resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (action instanceof AllowlistAction) {
      action.edit = (await toAllowlistWorkspaceEdit(action.policyUri, action.fingerprint)) ?? new vscode.WorkspaceEdit();
      action.command = {
        title: vscode.l10n.t('Save the policy file'),
        command: AFTER_ALLOWLIST_COMMAND,
        arguments: [action.policyUri, action.documentUri],
      };
    }
    return action;
  }
}

/**
 * `source.fixAll.promptHygiene`: redacts every finding with `promptHygiene.redaction.defaultStrategy`.
 * Meant for `editor.codeActionsOnSave`; the document is scanned first if the cache is stale,
 * because on save the debounced scan may not have run yet.
 */
export class FixAllProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [FIX_ALL_KIND];

  constructor(
    private readonly manager: DiagnosticsManager,
    private readonly settings: SettingsSource,
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!context.only || !context.only.contains(FIX_ALL_KIND)) return [];
    const findings = this.manager.findingsFor(doc);
    if (findings.length === 0) return [];
    const a = new vscode.CodeAction(vscode.l10n.t('Redact all secrets and personal data (Prompt Hygiene)'), FIX_ALL_KIND);
    a.edit = toRedactAllEdit(doc, findings, this.settings.get(doc.uri).redaction.defaultStrategy);
    a.command = toRescanCommand(doc.uri);
    return [a];
  }
}

/** Registers the quick-fix and fix-all providers and their internal commands. */
export function registerCodeActions(manager: DiagnosticsManager, policy: PolicySource, settings: SettingsSource): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new QuickFixProvider(manager, policy, settings), {
      providedCodeActionKinds: QuickFixProvider.providedCodeActionKinds,
    }),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new FixAllProvider(manager, settings), {
      providedCodeActionKinds: FixAllProvider.providedCodeActionKinds,
    }),
  );
}
