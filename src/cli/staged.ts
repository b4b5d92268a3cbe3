import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { UsageError } from './args';

/** A staged file: its absolute path in the work tree and the content in the index. */
export interface StagedFile {
  readonly abs: string;
  /** The index content, or the git error code when it could not be read (a submodule, …). */
  readonly content: Buffer | { readonly error: string };
}

function git(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 1024 ** 3, windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stderrText: stderr.toString('utf8').trim() }));
      else resolve(stdout);
    });
  });
}

/** The repository's top-level folder; a `UsageError` outside a repository or without git. */
export async function gitTopLevel(cwd: string): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
  } catch (e) {
    const detail = (e as { stderrText?: string }).stderrText;
    throw new UsageError(`--staged needs a git repository${detail ? ` (${detail.split('\n')[0]})` : ''}`);
  }
}

/**
 * Names of the files added, copied, modified or renamed in the index, relative to the top level
 * (`git diff --cached --name-only -z`), which is what a pre-commit hook has to check.
 */
export async function stagedPaths(top: string): Promise<string[]> {
  const out = await git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], top);
  return out.toString('utf8').split('\0').filter((p) => p.length > 0);
}

/** Reads the staged content of `paths` (`git show :path`), one file at a time. */
export async function readStagedFiles(top: string, paths: readonly string[]): Promise<StagedFile[]> {
  const files: StagedFile[] = [];
  for (const p of paths) {
    const abs = join(top, p);
    try {
      files.push({ abs, content: await git(['show', `:${p}`], top) });
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      files.push({ abs, content: { error: typeof code === 'number' ? `git exit ${code}` : String(code ?? 'EIO') } });
    }
  }
  return files;
}
