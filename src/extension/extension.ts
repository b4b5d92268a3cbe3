import * as vscode from 'vscode';
import { scan } from '../engine/index';
import type { Finding } from '../engine/index';
import { registerCodeActions } from './codeActions/codeActionProvider';
import { registerFixCommands } from './codeActions/commands';
import { DiagnosticsManager } from './diagnostics/diagnosticsManager';
import { registerHoverProvider } from './diagnostics/hoverProvider';
import { registerGuard } from './guard/registerGuard';
import { registerOpenSample } from './openSample';
import { registerPolicyFeatures, toPolicyStateSnapshot } from './policyFeatures';
import type { PolicyStateSnapshot } from './policyFeatures';
import { PolicyService } from './policyService';
import { Settings } from './settings';
import { WorkspaceScanner } from './workspaceScan/workspaceScanner';
import type { WorkspaceScanState } from './workspaceScan/workspaceScanner';

/** What `activate()` returns: a small typed API, used by the integration tests. */
export interface PromptHygieneApi {
  /** The extension's version from package.json. */
  readonly version: string;
  /** Scans a text with the effective settings and policy of the first workspace folder. */
  scanText(text: string): Finding[];
  /** The last known findings for a URI (open document or workspace scan), or undefined. */
  getFindings(uri: vscode.Uri): readonly Finding[] | undefined;
  /** State and last summary of the workspace scan. */
  workspaceScanState(): WorkspaceScanState;
  /** Fires after a URI's diagnostics were published or cleared (also when a scan found nothing). */
  readonly onDidUpdateDiagnostics: vscode.Event<vscode.Uri>;
  /** The team policy state of the folder holding `folderUri` (default: the first folder). */
  policyState(folderUri?: vscode.Uri | string): PolicyStateSnapshot | undefined;
  /** Fires when any folder's team policy state may have changed. */
  readonly onDidChangePolicy: vscode.Event<void>;
}

/** The palette command that reveals the log. */
export const SHOW_LOG_COMMAND = 'promptHygiene.showLog';

/**
 * Wiring only: builds the services, registers providers and commands, and pushes every
 * disposable to `context.subscriptions`. Synchronous and light; the first scans start after it returns.
 */
export function activate(context: vscode.ExtensionContext): PromptHygieneApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Prompt Hygiene', { log: true });
  const settings = new Settings();
  const policy = new PolicyService(settings, log);
  const manager = new DiagnosticsManager(settings, policy, log);
  const workspaceScanner = new WorkspaceScanner(manager, settings, log);
  context.subscriptions.push(
    log,
    settings,
    policy,
    manager,
    workspaceScanner,
    registerHoverProvider(manager),
    registerCodeActions(manager, policy, settings),
    registerFixCommands(manager, settings, log),
    vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show()),
    registerPolicyFeatures(policy),
    registerOpenSample(),
  );
  context.subscriptions.push(registerGuard({ extensionContext: context, settings, policy, log }));
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '0.0.0');
  log.info(`Prompt Hygiene ${version} activated in ${(performance.now() - started).toFixed(1)} ms.`);
  return {
    version,
    scanText: (text) => scan(text, manager.optionsFor(vscode.workspace.workspaceFolders?.[0]?.uri).scan),
    getFindings: (uri) => manager.getFindings(uri),
    workspaceScanState: () => workspaceScanner.state(),
    onDidUpdateDiagnostics: manager.onDidUpdate,
    policyState: (folderUri) => toPolicyStateSnapshot(policy, typeof folderUri === 'string' ? vscode.Uri.parse(folderUri) : folderUri),
    onDidChangePolicy: policy.onDidChange,
  };
}

/** Nothing to do: everything is disposed through `context.subscriptions`. */
export function deactivate(): void {}
