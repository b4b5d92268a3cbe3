import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { UsageError } from './args';
import { isBinaryExtension } from './decode';
import type { SkipReason } from './fileScan';
import { findGitRoot } from './gitRoot';

/** Our own ignore file, gitignore syntax, honoured at every level like `.gitignore`. */
export const IGNORE_FILE = '.prompthygieneignore';

/** Directories never descended into. */
const ALWAYS_EXCLUDED = new Set(['.git', '.hg', '.svn']);
/** Directories skipped unless `--no-default-excludes` is given. */
const DEFAULT_EXCLUDED = new Set(['node_modules']);

/** How the file set is chosen. */
export interface WalkOptions {
  readonly cwd: string;
  /** Skip `node_modules` folders (the default). */
  readonly defaultExcludes: boolean;
  readonly maxFileSize: number;
  /** The policy's path allowlist; covered files are left out entirely. */
  readonly isPathAllowlisted: (absPath: string) => boolean;
  /** Honour `.gitignore` files (the default; `--no-gitignore` turns it off, `.prompthygieneignore` still applies). */
  readonly gitignore?: boolean;
}

/** A file that will be scanned. */
export interface FoundFile {
  readonly abs: string;
  readonly size: number;
}

/** A file that was found but won't be scanned, and why. */
export interface SkippedFile {
  readonly abs: string;
  readonly reason: SkipReason;
  readonly error?: string;
}

/** The files to scan, in a stable order (arguments in order, each folder's entries sorted). */
export interface FileSet {
  readonly files: FoundFile[];
  readonly skipped: SkippedFile[];
  /** True when any argument was a folder (the worker pool is only worth it then). */
  readonly walkedFolder: boolean;
}

interface IgnoreLevel {
  readonly dir: string;
  readonly git?: Ignore;
  readonly own?: Ignore;
}

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

function readIgnore(file: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return ignore({ ignorecase: caseInsensitive }).add(text);
}

/** Reads and caches the ignore files of each folder. */
export class IgnoreFiles {
  private readonly levels = new Map<string, IgnoreLevel>();

  /** The ignore files of `dir`; `names` (its entries, when the caller has read them) saves failed opens. */
  level(dir: string, names?: ReadonlySet<string>): IgnoreLevel {
    let level = this.levels.get(dir);
    if (!level) {
      const has = (name: string): boolean => names === undefined || names.has(name);
      let git = has('.gitignore') ? readIgnore(join(dir, '.gitignore')) : undefined;
      // The repository's private excludes apply like a root .gitignore.
      const exclude = has('.git') ? readIgnore(join(dir, '.git', 'info', 'exclude')) : undefined;
      if (exclude) git = git ? ignore({ ignorecase: caseInsensitive }).add(exclude).add(git) : exclude;
      level = { dir, git, own: has(IGNORE_FILE) ? readIgnore(join(dir, IGNORE_FILE)) : undefined };
      this.levels.set(dir, level);
    }
    return level;
  }

  /**
   * Whether `abs` is ignored by the ignore files of `chain` (folders from the outermost down to
   * the file's parent). Deeper files override shallower ones, and within a folder our own file
   * overrides `.gitignore` (so `!.env` in `.prompthygieneignore` brings a git-ignored file back).
   */
  isIgnored(abs: string, isDir: boolean, chain: readonly string[], withGit: boolean): boolean {
    let ignored = false;
    for (const dir of chain) {
      const level = this.level(dir);
      if (!level.own && !(withGit && level.git)) continue;
      const rel = relative(dir, abs).split(sep).join('/') + (isDir ? '/' : '');
      if (rel === '/' || rel === '' || rel === '../' || rel.startsWith('../')) continue;
      for (const ig of withGit ? [level.git, level.own] : [level.own]) {
        if (!ig) continue;
        const r = ig.test(rel);
        if (r.ignored) ignored = true;
        else if (r.unignored) ignored = false;
      }
    }
    return ignored;
  }
}

/**
 * Whether a file named explicitly (an argument, a staged path) is excluded: only
 * `.prompthygieneignore` files count, from the git root (or the working directory) down.
 */
export function isIgnoredExplicitFile(ignores: IgnoreFiles, abs: string, cwd: string): boolean {
  const parent = dirname(abs);
  return ignores.isIgnored(abs, false, chainBetween(ignoreTop(parent, cwd), parent), false);
}

/**
 * The outermost folder whose ignore files apply to `dir`: the git root, else the working
 * directory when `dir` is inside it, else `dir` itself.
 */
function ignoreTop(dir: string, cwd: string): string {
  const root = findGitRoot(dir);
  if (root !== undefined) return root;
  const rel = relative(cwd, dir);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? dir : cwd;
}

/** Folders from `top` down to `dir`, both included (`top` must contain `dir`). */
function chainBetween(top: string, dir: string): string[] {
  const chain: string[] = [];
  let d = dir;
  for (;;) {
    chain.unshift(d);
    if (d === top) break;
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return chain;
}

/**
 * Collects the files named by `paths` (files and folders, relative to `cwd`). Folders are walked
 * with `.prompthygieneignore` and, inside a git work tree, `.gitignore` honoured at every level (including those between
 * the git root, or else the working directory, and the folder), never entering `.git` and, by default, `node_modules`; symbolic
 * links inside folders are not followed. Files named explicitly are scanned even if git-ignored
 * (a `.env` you name is one you want checked), but `.prompthygieneignore` and the policy's path
 * allowlist still apply to them; the same goes for a git-ignored folder named explicitly. A path
 * that doesn't exist is a `UsageError`.
 */
export function collectFiles(paths: readonly string[], options: WalkOptions): FileSet {
  const ignores = new IgnoreFiles();
  const files: FoundFile[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  let walkedFolder = false;
  const withGit = options.gitignore !== false;

  const consider = (abs: string, st: Stats): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    if (options.isPathAllowlisted(abs)) return;
    if (isBinaryExtension(basename(abs))) skipped.push({ abs, reason: 'binary' });
    else if (st.size > options.maxFileSize) skipped.push({ abs, reason: 'too-large' });
    else files.push({ abs, size: st.size });
  };

  // `.gitignore` files apply inside a git work tree only, as git itself and ripgrep read them: an
  // unpacked archive's or a copied folder's `.gitignore` hides nothing from git, so it hides
  // nothing from the scan either (its `.env` is as likely to be pasted as any file).
  const walk = (dir: string, chain: readonly string[], inRepo: boolean): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ abs: dir, reason: 'unreadable', error: codeOf(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map((e) => e.name));
    ignores.level(dir, names);
    const git = withGit && (inRepo || names.has('.git'));
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_EXCLUDED.has(entry.name)) continue;
        if (options.defaultExcludes && DEFAULT_EXCLUDED.has(entry.name)) continue;
        if (ignores.isIgnored(abs, true, chain, git)) continue;
        walk(abs, [...chain, abs], git);
      } else if (entry.isFile()) {
        if (ignores.isIgnored(abs, false, chain, git)) continue;
        let st: Stats;
        try {
          st = statSync(abs);
        } catch (e) {
          skipped.push({ abs, reason: 'unreadable', error: codeOf(e) });
          continue;
        }
        consider(abs, st);
      }
    }
  };

  for (const p of paths) {
    const abs = resolve(options.cwd, p);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (e) {
      const code = codeOf(e);
      throw new UsageError(code === 'ENOENT' ? `no such file or directory: ${p}` : `cannot read ${p}: ${code}`);
    }
    if (st.isDirectory()) {
      walkedFolder = true;
      const top = ignoreTop(abs, options.cwd);
      const above = abs === top ? [] : chainBetween(top, dirname(abs));
      // A folder named explicitly is scanned even when git-ignored (`scan dist`), with only the
      // ignore files inside it; one excluded by .prompthygieneignore is left out, like a file.
      if (above.length > 0 && ignores.isIgnored(abs, true, above, false)) continue;
      const inRepo = findGitRoot(abs) !== undefined;
      const gitIgnored = withGit && inRepo && above.length > 0 && ignores.isIgnored(abs, true, above, true);
      walk(abs, gitIgnored ? [abs] : [...above, abs], inRepo);
    } else if (st.isFile()) {
      if (!isIgnoredExplicitFile(ignores, abs, options.cwd)) consider(abs, st);
    } else {
      throw new UsageError(`not a file or directory: ${p}`);
    }
  }
  return { files, skipped, walkedFolder };
}

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'EIO';
}
