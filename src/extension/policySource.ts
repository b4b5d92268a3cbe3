import * as vscode from 'vscode';
import type { Rule, ScanOptions } from '../engine/index';
import { Disposable } from './util/dispose';

/**
 * What the editor needs from a resolved team policy. The policy service produces the real one;
 * `DefaultPolicySource` stands in when there is none.
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

/** A policy source that always answers the built-in defaults and never changes. */
export class DefaultPolicySource extends Disposable implements PolicySource {
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange: vscode.Event<void> = this.emitter.event;

  resolved(_uri?: vscode.Uri): ResolvedPolicyLike {
    return DEFAULT_RESOLVED_POLICY;
  }
}
