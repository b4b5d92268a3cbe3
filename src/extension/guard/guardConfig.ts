// Pure: the guard's settings (`promptHygiene.guard.*`) combined with the team policy. No
// `vscode` import, so it can be loaded in plain Node.
import type { Policy, RedactionStrategy } from '../../engine/index';

/** What a surface does with text that has findings. */
export type SurfaceMode = 'off' | 'warn' | 'redact';

/** Where the editor's audit log goes. */
export type AuditLocation = 'workspace' | 'global' | 'off';

/** The guard's configuration for one resource. */
export interface GuardConfig {
  /** Copying from an editor. */
  readonly copy: SurfaceMode;
  /** Pasting into an editor or the chat input. */
  readonly paste: SurfaceMode;
  /** Strategy of "Paste redacted", Copy Redacted, Check Clipboard and Send to Chat. */
  readonly strategy: Exclude<RedactionStrategy, 'env'>;
  /** Check the clipboard when the window regains focus. */
  readonly clipboardOnFocus: boolean;
  readonly audit: { readonly location: AuditLocation; readonly retainDays: number };
  /** How installed agent hooks run the CLI. */
  readonly hookCommand: string;
}

/** Built-in values; they match the defaults in package.json. */
export const DEFAULT_GUARD_CONFIG: GuardConfig = {
  copy: 'warn',
  paste: 'warn',
  strategy: 'placeholder',
  clipboardOnFocus: false,
  audit: { location: 'workspace', retainDays: 30 },
  hookCommand: 'prompt-hygiene',
};

/** Guard settings a workspace could use to weaken the guard: only user values count when it is untrusted. */
export const RESTRICTED_GUARD_SETTINGS: readonly string[] = ['guard.copy', 'guard.paste', 'guard.auditLog', 'guard.hookCommand'];

/** Reads one `promptHygiene.*` key: the effective value, or only the user/default value. */
export interface GuardSettingReader {
  get(key: string): unknown;
  userOrDefault(key: string): unknown;
}

const MODES: readonly SurfaceMode[] = ['off', 'warn', 'redact'];
const RANK: Readonly<Record<SurfaceMode, number>> = { off: 0, warn: 1, redact: 2 };

function mode(v: unknown, fallback: SurfaceMode): SurfaceMode {
  return MODES.includes(v as SurfaceMode) ? (v as SurfaceMode) : fallback;
}

/** The stricter of two modes (`redact` > `warn` > `off`): settings and policy can only tighten the guard. */
export function stricterMode(a: SurfaceMode, b: SurfaceMode | undefined): SurfaceMode {
  return b !== undefined && RANK[b] > RANK[a] ? b : a;
}

/**
 * Resolves the guard configuration. `policy` is the team policy as written (undefined when there
 * is none, it is invalid, or the workspace is untrusted). Modes are the stricter of the setting
 * and the policy. The audit log follows the policy when it says anything (`enabled: false`
 * switches it off, `enabled: true` switches it on at the policy's location), else the setting.
 */
export function toGuardConfig(reader: GuardSettingReader, trusted: boolean, policy: Policy | undefined): GuardConfig {
  const read = (key: string): unknown => (trusted || !RESTRICTED_GUARD_SETTINGS.includes(key) ? reader.get(key) : reader.userOrDefault(key));
  const strategy = read('guard.redactionStrategy');
  const auditSetting = read('guard.auditLog');
  let location: AuditLocation = auditSetting === 'global' || auditSetting === 'off' || auditSetting === 'workspace' ? auditSetting : DEFAULT_GUARD_CONFIG.audit.location;
  const pa = policy?.audit;
  if (pa?.enabled === false) location = 'off';
  else if (pa?.enabled === true) location = pa.location ?? 'workspace';
  else if (pa?.location !== undefined && location !== 'off') location = pa.location;
  const hookCommand = read('guard.hookCommand');
  return {
    copy: stricterMode(mode(read('guard.copy'), DEFAULT_GUARD_CONFIG.copy), policy?.guard?.copy),
    paste: stricterMode(mode(read('guard.paste'), DEFAULT_GUARD_CONFIG.paste), policy?.guard?.paste),
    strategy: strategy === 'mask' || strategy === 'pseudonym' ? strategy : 'placeholder',
    clipboardOnFocus: read('guard.clipboardOnFocus') === true,
    audit: { location, retainDays: pa?.retainDays ?? DEFAULT_GUARD_CONFIG.audit.retainDays },
    hookCommand: typeof hookCommand === 'string' && hookCommand.trim().length > 0 ? hookCommand.trim() : DEFAULT_GUARD_CONFIG.hookCommand,
  };
}
