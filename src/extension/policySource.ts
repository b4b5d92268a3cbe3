import type * as vscode from 'vscode';
import type { Rule, ScanOptions } from '../engine/index';

/**
 * What the editor needs from a resolved team policy. `PolicyService` produces it;
 * `DEFAULT_RESOLVED_POLICY` is the plain-defaults value for stand-ins in tests.
 */
export interface ResolvedPolicyLike {
  /** Engine options from the policy: categories, disabled rules, severities, allowlists, custom rules. */
  readonly scanOptions: ScanOptions & { readonly rules?: readonly Rule[] };
  /** Files that are never scanned, as .gitignore-style patterns relative to the workspace folder. */
  readonly pathAllowlist: readonly string[];
}

/** Where the diagnostics manager, code actions and workspace scan get the team policy from. */
export interface PolicySource {
  /** The effective policy for a resource (its workspace folder's policy, or the defaults). */
  resolved(uri?: vscode.Uri): ResolvedPolicyLike;
  /** Fires whenever `resolved()` may return something different. */
  readonly onDidChange: vscode.Event<void>;
  /**
   * Where the policy file for `uri` lives or would live. Optional: without it, the
   * `promptHygiene.policyFile` setting or `.prompt-hygiene.json` at the folder root is used.
   */
  policyFileUri?(uri?: vscode.Uri): vscode.Uri | undefined;
}

/** The engine defaults: everything on, nothing allowlisted. */
export const DEFAULT_RESOLVED_POLICY: ResolvedPolicyLike = Object.freeze({
  scanOptions: Object.freeze({}),
  pathAllowlist: Object.freeze([]) as readonly string[],
});
