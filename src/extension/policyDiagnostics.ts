import * as vscode from 'vscode';
import { parsePolicy } from '../engine/index';
import type { PolicyIssue } from '../engine/index';
import type { PolicyService } from './policyService';

/** Diagnostic source for policy problems, shared with the scanner's diagnostics. */
export const POLICY_DIAGNOSTIC_SOURCE = 'prompt-hygiene';

const EDIT_DELAY_MS = 300;

/** A policy issue as a diagnostic at its exact range. */
export function toPolicyDiagnostic(issue: PolicyIssue): vscode.Diagnostic {
  const range = new vscode.Range(issue.line - 1, issue.column - 1, issue.endLine - 1, issue.endColumn - 1);
  const d = new vscode.Diagnostic(range, issue.message, issue.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = POLICY_DIAGNOSTIC_SOURCE;
  d.code = issue.code;
  return d;
}

/**
 * Shows policy errors and warnings as diagnostics on the policy file. While the file is open,
 * its unsaved text is checked as you type (after a short pause); otherwise the last read of
 * the file on disk is shown. Untrusted workspaces get none: their policy is never read.
 */
export function registerPolicyDiagnostics(service: PolicyService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('prompt-hygiene-policy');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const shown = new Set<string>();

  const isPolicyDoc = (doc: vscode.TextDocument): boolean =>
    service.all().some((s) => s.fileUri.toString() === doc.uri.toString() && s.load.kind !== 'untrusted');

  const refresh = (): void => {
    const next = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const state of service.all()) {
      if (state.load.kind === 'untrusted') continue;
      const key = state.fileUri.toString();
      const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
      const issues = open ? issuesOf(open.getText()) : state.issues;
      next.set(key, { uri: state.fileUri, diagnostics: issues.map(toPolicyDiagnostic) });
    }
    for (const key of shown) {
      if (!next.has(key)) collection.delete(vscode.Uri.parse(key));
    }
    shown.clear();
    for (const [key, { uri, diagnostics }] of next) {
      collection.set(uri, diagnostics);
      shown.add(key);
    }
  };

  const recheck = (doc: vscode.TextDocument): void => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (!doc.isClosed && isPolicyDoc(doc)) collection.set(doc.uri, issuesOf(doc.getText()).map(toPolicyDiagnostic));
      }, EDIT_DELAY_MS),
    );
  };

  refresh();
  return vscode.Disposable.from(
    collection,
    service.onDidChange(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && isPolicyDoc(e.document)) recheck(e.document);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isPolicyDoc(doc)) refresh();
    }),
    // A closed, unsaved buffer no longer counts: show the file on disk again.
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (isPolicyDoc(doc)) refresh();
    }),
    new vscode.Disposable(() => {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    }),
  );
}

function issuesOf(text: string): readonly PolicyIssue[] {
  const parsed = parsePolicy(text);
  return parsed.ok ? parsed.warnings : parsed.issues;
}
