import * as vscode from 'vscode';
import { toConsentSummary } from '../../engine/index';
import type { ConsentSummary } from '../../engine/index';
import type { FolderPolicy, PolicyService } from '../policyService';
import { TOOLTIP_COMMANDS, toPolicyStatus } from './policyStatus';
import type { PolicyStatus } from './policyStatus';

/** The status bar item's id (also its key in the status bar's context menu). */
export const POLICY_STATUS_ITEM_ID = 'promptHygiene.policy';

/** How often the item re-evaluates dates (review overdue) without any other trigger. */
const DATE_REFRESH_MS = 60 * 60 * 1000;

/** Summary and presented status of one folder's policy, for today. */
export function toFolderStatus(state: FolderPolicy | undefined, today: Date = new Date()): { summary: ConsentSummary; status: PolicyStatus } {
  const summary = toConsentSummary(state?.load, today);
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const status = toPolicyStatus({
    summary,
    ...(state && multiRoot ? { folderName: state.folder.name } : {}),
    ...(state ? { folderUri: state.folder.uri.toString(), policyFileLabel: vscode.workspace.asRelativePath(state.fileUri, false) } : {}),
  });
  return { summary, status };
}

/**
 * The team-policy status bar item. It follows the active editor's workspace folder, updates on
 * policy changes (never on keystrokes), and writes only the fields that changed.
 */
export function registerPolicyStatusItem(service: PolicyService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(POLICY_STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
  item.name = 'Prompt Hygiene: Team AI Policy';
  let last: PolicyStatus | undefined;
  let lastFolder: string | undefined;

  const update = (): void => {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) === 0) {
      item.hide();
      last = undefined;
      return;
    }
    const state = service.current(vscode.window.activeTextEditor?.document.uri);
    // Until the first read finishes, show nothing rather than a wrong "no policy".
    if (state && !state.loaded) return;
    const { status } = toFolderStatus(state);
    const folderKey = state?.folder.uri.toString();
    if (last?.text !== status.text) item.text = status.text;
    if (last?.tooltipMarkdown !== status.tooltipMarkdown) {
      const md = new vscode.MarkdownString(status.tooltipMarkdown, true);
      md.isTrusted = { enabledCommands: [...TOOLTIP_COMMANDS] };
      item.tooltip = md;
    }
    if (last?.accessibilityLabel !== status.accessibilityLabel) item.accessibilityInformation = { label: status.accessibilityLabel, role: 'button' };
    if (last?.severity !== status.severity) {
      item.backgroundColor =
        status.severity === 'error'
          ? new vscode.ThemeColor('statusBarItem.errorBackground')
          : status.severity === 'warning'
            ? new vscode.ThemeColor('statusBarItem.warningBackground')
            : undefined;
    }
    if (last?.command !== status.command || lastFolder !== folderKey) {
      item.command = { title: 'Team AI policy', command: status.command, arguments: [...status.commandArguments] };
    }
    if (!last) item.show();
    last = status;
    lastFolder = folderKey;
  };

  update();
  const timer = setInterval(update, DATE_REFRESH_MS);
  return vscode.Disposable.from(
    item,
    service.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeWorkspaceFolders(update),
    new vscode.Disposable(() => clearInterval(timer)),
  );
}
