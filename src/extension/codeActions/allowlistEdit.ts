// Pure: the text edits that add a fingerprint to the policy's allowlist. No `vscode` import.
import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree } from 'jsonc-parser';
import type { Edit, FormattingOptions } from 'jsonc-parser';

/** Where fingerprints live in the policy file. */
export const FINGERPRINTS_PATH = ['detection', 'allowlist', 'fingerprints'] as const;

/** What a new policy file needs besides the allowlist (the schema requires these fields). */
export interface NewPolicyFields {
  /** Shown as the team name; usually the workspace folder's name. */
  readonly teamName: string;
  /** Today's date, YYYY-MM-DD. */
  readonly today: string;
}

/** The result: either edits for an existing file, or the content of a new one. */
export type AllowlistEdit =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'edit'; readonly edits: readonly Edit[] }
  | { readonly kind: 'create'; readonly content: string };

/**
 * A minimal, schema-valid policy that allowlists one fingerprint. The owner is left for the team
 * to fill in (the policy view shows it). No `$schema`: `contributes.jsonValidation` maps the file
 * name to the bundled schema, and a remote URL would make the editor try to download it.
 */
export function toNewPolicyText(fingerprint: string, fields: NewPolicyFields, eol = '\n'): string {
  const policy = {
    version: 1,
    team: { name: fields.teamName || 'My team', owner: 'Unassigned (set the policy owner)' },
    reviewedOn: fields.today,
    detection: { allowlist: { fingerprints: [fingerprint] } },
  };
  return JSON.stringify(policy, undefined, 2).replace(/\n/gu, eol) + eol;
}

/**
 * Adds `fingerprint` to `detection.allowlist.fingerprints` of a policy text, keeping comments and
 * formatting (jsonc-parser `modify`). Returns `create` when there is no file or it is empty,
 * `unchanged` when the fingerprint is already listed.
 */
export function toAllowlistEdit(
  existing: string | undefined,
  fingerprint: string,
  fields: NewPolicyFields,
  formatting: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' },
): AllowlistEdit {
  if (existing === undefined || existing.trim().length === 0) {
    return { kind: 'create', content: toNewPolicyText(fingerprint, fields, formatting.eol ?? '\n') };
  }
  const root = parseTree(existing);
  const node = root ? findNodeAtLocation(root, [...FINGERPRINTS_PATH]) : undefined;
  let edits: Edit[];
  if (node && node.type === 'array') {
    const current: unknown = getNodeValue(node);
    if (Array.isArray(current) && current.includes(fingerprint)) return { kind: 'unchanged' };
    edits = modify(existing, [...FINGERPRINTS_PATH, -1], fingerprint, { formattingOptions: formatting, isArrayInsertion: true });
  } else {
    edits = modify(existing, [...FINGERPRINTS_PATH], [fingerprint], { formattingOptions: formatting });
  }
  return { kind: 'edit', edits };
}

/** Applies the edits of `toAllowlistEdit` (for tests and previews). */
export function applyAllowlistEdit(existing: string | undefined, edit: AllowlistEdit): string | undefined {
  if (edit.kind === 'create') return edit.content;
  if (edit.kind === 'unchanged') return existing;
  return applyEdits(existing ?? '', [...edit.edits]);
}
