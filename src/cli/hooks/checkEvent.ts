// Runs a hook event's plan: scans its texts, reads and scans the files it names.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { redact, scan, toHookPlan } from '../../engine/index';
import type { HookEvent, HookProblem, HookSubjectResult } from '../../engine/index';
import { formatSize } from '../args';
import { decodeBytes, isBinaryExtension } from '../decode';
import type { LoadedPolicy, PolicyScanOptions } from '../policy';
import { displayPath } from '../policy';
import { IgnoreFiles, isIgnoredExplicitFile } from '../walk';

/** What checking needs besides the event. */
export interface CheckContext {
  readonly scanOptions: PolicyScanOptions;
  readonly policy: LoadedPolicy | undefined;
  /** Folder that relative paths in the event are resolved against (the event's `cwd`). */
  readonly baseDir: string;
  /** Folder paths are shown relative to (the project root). */
  readonly showDir: string;
  readonly maxFileSize: number;
}

/**
 * Scans what the event sends: the prompt (with a redacted copy), tool input strings, and files
 * a tool would read. Files that are allowlisted by the policy or `.prompthygieneignore`, binary,
 * missing or unreadable are skipped (the tool itself fails on the last two); a file over
 * `maxFileSize` is a problem, since it could not be checked.
 */
export function checkHookEvent(event: HookEvent, ctx: CheckContext): { results: HookSubjectResult[]; problems: HookProblem[] } {
  const plan = toHookPlan(event);
  const results: HookSubjectResult[] = [];
  const problems: HookProblem[] = [];
  for (const t of plan.texts) {
    const findings = scan(t.text, ctx.scanOptions);
    const redacted = t.label === 'prompt' && findings.length > 0 ? redact(t.text, findings, 'placeholder').text : undefined;
    results.push({ label: t.label, kind: 'text', findings, ...(redacted !== undefined ? { redacted } : {}) });
  }
  const seen = new Set<string>();
  let ignores: IgnoreFiles | undefined;
  for (const f of plan.files) {
    const abs = isAbsolute(f.path) ? f.path : resolve(ctx.baseDir, f.path);
    if (seen.has(abs)) continue;
    seen.add(abs);
    const shown = displayPath(ctx.showDir, abs);
    if (ctx.policy?.isPathAllowlisted(abs)) continue;
    ignores ??= new IgnoreFiles();
    if (isIgnoredExplicitFile(ignores, abs, ctx.showDir)) continue;
    let size: number;
    try {
      const st = statSync(abs);
      if (!st.isFile()) continue;
      size = st.size;
    } catch {
      continue;
    }
    if (isBinaryExtension(abs)) continue;
    if (size > ctx.maxFileSize) {
      problems.push({ label: `file ${shown}`, message: `is larger than ${formatSize(ctx.maxFileSize)} (--max-file-size)` });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (decoded.kind === 'binary') continue;
    results.push({ label: shown, kind: 'file', findings: scan(decoded.text, ctx.scanOptions) });
  }
  return { results, problems };
}
