import * as vscode from 'vscode';
import type { Finding, RedactionStrategy } from '../../engine/index';
import { toAllowlistEdit } from './allowlistEdit';
import { toAllowDirectiveInsertion } from './commentSyntax';
import { toRedactAllReplacements, toRedactionReplacements } from './redactEdit';
import { readTextIfAny } from '../util/workspaceFiles';

/** Internal command run after our own quick fix: rescans the document at once. */
export const RESCAN_COMMAND = '_promptHygiene.rescanDocument';
/** Internal command run after an allowlist edit: saves the policy file, then rescans. */
export const AFTER_ALLOWLIST_COMMAND = '_promptHygiene.afterAllowlistEdit';

/** The `command` attached to a fix so the fixed diagnostic disappears immediately. */
export function toRescanCommand(uri: vscode.Uri): vscode.Command {
  return { title: vscode.l10n.t('Rescan'), command: RESCAN_COMMAND, arguments: [uri] };
}

function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

/** The edit that redacts one finding with `strategy` (and its parts: Finding.parts), one undo step. */
export function toRedactEdit(doc: vscode.TextDocument, finding: Finding, strategy: RedactionStrategy): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const r of toRedactionReplacements(doc.getText(), finding, strategy, doc.languageId)) edit.replace(doc.uri, toRange(doc, r.start, r.end), r.newText);
  return edit;
}

/** The edit that redacts every finding of a document with `strategy` (one undo step). */
export function toRedactAllEdit(doc: vscode.TextDocument, findings: readonly Finding[], strategy: RedactionStrategy): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const r of toRedactAllReplacements(doc.getText(), findings, strategy, doc.languageId)) {
    edit.replace(doc.uri, toRange(doc, r.start, r.end), r.newText);
  }
  return edit;
}

/** The edit that inserts an allow directive for a finding, or undefined for languages without comments. */
export function toAllowLineEdit(doc: vscode.TextDocument, finding: Finding): vscode.WorkspaceEdit | undefined {
  const start = doc.positionAt(finding.range.start);
  const end = doc.positionAt(finding.range.end);
  const ins = toAllowDirectiveInsertion(doc.languageId, finding.ruleId, start.line, doc.lineAt(start.line).text, end.line > start.line);
  if (!ins) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(ins.line, ins.character, ins.line, ins.endCharacter), ins.text);
  return edit;
}

/** True when the language has a comment syntax the allow-on-this-line fix can use. */
export function canAllowOnLine(languageId: string): boolean {
  return toAllowDirectiveInsertion(languageId, 'x', 0, '', false) !== undefined;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The edit that adds a fingerprint to the policy file's allowlist: jsonc-parser edits on the
 * existing file (its open document if there is one, so unsaved changes are kept), or a new
 * minimal policy file. Undefined when the fingerprint is already listed.
 */
export async function toAllowlistWorkspaceEdit(policyUri: vscode.Uri, fingerprint: string): Promise<vscode.WorkspaceEdit | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === policyUri.toString());
  const existing = open ? open.getText() : await readTextIfAny(policyUri);
  const folder = vscode.workspace.getWorkspaceFolder(policyUri);
  const eol = open?.eol === vscode.EndOfLine.CRLF || existing?.includes('\r\n') ? '\r\n' : '\n';
  const result = toAllowlistEdit(existing, fingerprint, { teamName: folder?.name ?? '', today: today() }, { insertSpaces: true, tabSize: 2, eol });
  const edit = new vscode.WorkspaceEdit();
  switch (result.kind) {
    case 'unchanged':
      return undefined;
    case 'create':
      if (existing === undefined) {
        // Create, then insert: `createFile`'s `contents` does not survive every route an edit
        // takes (executeCodeActionProvider hands it back as an unrevivable data-transfer file).
        edit.createFile(policyUri, { ignoreIfExists: true });
        edit.insert(policyUri, new vscode.Position(0, 0), result.content);
      } else {
        // An existing but empty file: replace its (whitespace) content.
        const doc = open ?? (await vscode.workspace.openTextDocument(policyUri));
        edit.replace(policyUri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), result.content);
      }
      return edit;
    case 'edit': {
      const doc = open ?? (await vscode.workspace.openTextDocument(policyUri));
      for (const e of result.edits) edit.replace(policyUri, toRange(doc, e.offset, e.offset + e.length), e.content);
      return edit;
    }
  }
}
