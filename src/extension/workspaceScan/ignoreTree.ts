// Pure: .gitignore and .prompthygieneignore semantics over a folder tree. No `vscode` import.
import ignore from 'ignore';
import type { Ignore } from 'ignore';

/** Ignore files honoured by the workspace scan, in the order their rules apply. */
export const IGNORE_FILE_NAMES: readonly string[] = ['.gitignore', '.prompthygieneignore'];

/** One ignore file: the folder it sits in (workspace-relative, posix, '' for the root) and its text. */
export interface IgnoreFile {
  readonly dir: string;
  readonly name: string;
  readonly content: string;
}

/**
 * Answers "is this path ignored?" for a set of ignore files spread over a folder tree. Each
 * folder's rules apply to paths below it; the deepest file with an opinion about a path wins, as
 * in git (a `!pattern` in a subfolder can re-include a file its parent's rules excluded).
 */
export class IgnoreTree {
  private readonly byDir = new Map<string, Ignore>();

  constructor(files: readonly IgnoreFile[]) {
    const sorted = [...files].sort(
      (a, b) => a.dir.localeCompare(b.dir) || IGNORE_FILE_NAMES.indexOf(a.name) - IGNORE_FILE_NAMES.indexOf(b.name),
    );
    for (const f of sorted) {
      const dir = f.dir.replace(/^\/+|\/+$/gu, '');
      let m = this.byDir.get(dir);
      if (!m) {
        m = ignore({ allowRelativePaths: true });
        this.byDir.set(dir, m);
      }
      m.add(f.content);
    }
  }

  /** Number of folders that have ignore rules. */
  get size(): number {
    return this.byDir.size;
  }

  /** True when the workspace-relative path (posix) is ignored. */
  isIgnored(relativePath: string): boolean {
    if (this.byDir.size === 0) return false;
    const path = relativePath.replace(/^\/+/u, '');
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const dir = parts.slice(0, depth).join('/');
      const m = this.byDir.get(dir);
      if (!m) continue;
      const rest = parts.slice(depth).join('/');
      try {
        const r = m.test(rest);
        if (r.ignored) return true;
        if (r.unignored) return false;
      } catch {
        // A path the matcher refuses (odd characters) is not ignored.
      }
    }
    return false;
  }
}

/** True when the bytes look like a binary file: a NUL byte in the first 8 KB, as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** What the scan remembers about a file to skip it next time when unchanged. */
export interface FileStamp {
  readonly mtime: number;
  readonly size: number;
  /** Bumped when settings or policy change, which makes every stamp stale. */
  readonly generation: number;
}

/** True when a file can be skipped: same size, same mtime, same settings and policy. */
export function isUnchanged(previous: FileStamp | undefined, current: FileStamp): boolean {
  return (
    previous !== undefined &&
    previous.mtime === current.mtime &&
    previous.size === current.size &&
    previous.generation === current.generation
  );
}
