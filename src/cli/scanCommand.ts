import { statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_RULES } from '../engine/index';
import type { Category } from '../engine/index';
import { loadBaseline } from './baseline';
import type { Baseline } from './baseline';
import { choiceOption, flag, formatSize, listOption, parseCommandArgs, parseSize, stringOption, UsageError } from './args';
import type { OptionSpec, OptionValues } from './args';
import { isBinaryExtension } from './decode';
import { scanBytes, scanFileJob } from './fileScan';
import type { FileJob, FileResult, SkipReason } from './fileScan';
import { SCAN_HELP } from './help';
import type { CliIo } from './io';
import { displayPath, loadPolicy, toScanOptions } from './policy';
import type { LoadedPolicy, PolicyScanOptions } from './policy';
import { Progress } from './progress';
import { toJson, toJsonl } from './reporters/json';
import { toRuleInfos } from './reporters/report';
import type { ScanReport } from './reporters/report';
import { toSarif } from './reporters/sarif';
import { toText } from './reporters/text';
import { gitTopLevel, readStagedFiles, stagedPaths } from './staged';
import { packageInfo } from './version';
import { collectFiles, IgnoreFiles, isIgnoredExplicitFile } from './walk';
import { scanWithWorkers, startWorkers, stopWorkers, workerScriptPath } from './workerPool';

const FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** The file name used for standard input in reports. */
export const STDIN_NAME = '<stdin>';

/** Default for `--max-file-size`: 5 MB. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Folder scans smaller than this stay in-process: starting workers would cost more than it saves. */
const POOL_MIN_FILES = 200;
const POOL_MIN_BYTES = 4 * 1024 * 1024;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  policy: { type: 'string', short: 'p' },
  baseline: { type: 'string', short: 'b' },
  category: { type: 'string', short: 'c', multiple: true },
  staged: { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'no-default-excludes': { type: 'boolean' },
  'no-gitignore': { type: 'boolean' },
  'no-attributions': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

/** `--category` values, checked. Empty means both categories. */
export function parseCategories(values: OptionValues): Category[] {
  const cats = listOption(values, 'category');
  for (const c of cats) {
    if (c !== 'secret' && c !== 'pii') throw new UsageError(`invalid value for --category: '${c}' (expected secret, pii)`);
  }
  return [...new Set(cats as Category[])];
}

/** Loads the policy for a command, printing its warnings; `undefined` after printing an error. */
export function loadPolicyFor(io: CliIo, values: OptionValues, quiet: boolean): LoadedPolicy | undefined {
  const result = loadPolicy(io.cwd, stringOption(values, 'policy'));
  if (!result.ok) {
    io.stderr(`prompt-hygiene: ${result.message}\n`);
    return undefined;
  }
  if (!quiet) for (const w of result.loaded.warnings) io.stderr(`warning: ${w}\n`);
  return result.loaded;
}

/** Counts of skipped files by reason. */
type SkipCounts = Partial<Record<SkipReason, number>>;

/** What the three sources (stdin, paths, staged) produce. */
interface Collected {
  readonly results: FileResult[];
  readonly skipped: SkipCounts;
  readonly unreadable: { file: string; error: string }[];
}

interface RunContext {
  readonly io: CliIo;
  readonly loaded: LoadedPolicy;
  readonly options: PolicyScanOptions;
  readonly categories: readonly Category[];
  /** False with `--no-attributions`. */
  readonly attributions: boolean;
  readonly maxFileSize: number;
  /** Skip node_modules (unless `--no-default-excludes`). */
  readonly defaultExcludes: boolean;
  /** Honour .gitignore files (unless `--no-gitignore`). */
  readonly gitignore: boolean;
  readonly quiet: boolean;
  readonly verbose: (message: string) => void;
}

function countSkip(skipped: SkipCounts, reason: SkipReason): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/** How many worker threads to use: `PROMPT_HYGIENE_WORKERS` if set, else the cores for big folder scans. */
function toWorkerCount(io: CliIo, jobs: readonly FileJob[], walkedFolder: boolean): number {
  const forced = io.env.PROMPT_HYGIENE_WORKERS;
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`invalid PROMPT_HYGIENE_WORKERS: '${forced}' (expected a whole number)`);
    return Math.min(n, 64);
  }
  if (!walkedFolder) return 0;
  const bytes = jobs.reduce((n, j) => n + j.size, 0);
  if (jobs.length < POOL_MIN_FILES && bytes < POOL_MIN_BYTES) return 0;
  // One worker per core but one: the main thread scans too (see scanWithWorkers).
  const cores = availableParallelism();
  return cores > 1 ? cores - 1 : 0;
}

/** Workers worth starting before the walk: the forced count, or one per core but one when a folder is scanned. */
function toEarlyWorkerCount(io: CliIo, paths: readonly string[]): number {
  if (io.env.PROMPT_HYGIENE_WORKERS !== undefined && io.env.PROMPT_HYGIENE_WORKERS !== '') return 0; // decided after the walk
  const cores = availableParallelism();
  if (cores < 2) return 0;
  const folder = paths.some((p) => {
    try {
      return statSync(resolve(io.cwd, p)).isDirectory();
    } catch {
      return false;
    }
  });
  return folder ? cores - 1 : 0;
}

async function collectFromPaths(ctx: RunContext, paths: readonly string[]): Promise<Collected> {
  const { io } = ctx;
  const setup = { policyText: ctx.loaded.text, categories: ctx.categories, attributions: ctx.attributions, withFingerprints: ctx.options.withFingerprints === true };
  // Workers load the engine while this thread walks the folders.
  const earlyScript = workerScriptPath();
  const earlyCount = toEarlyWorkerCount(io, paths);
  // One worker beside the main thread is sent one-byte texts only (see scanWithWorkers).
  const early = earlyScript !== undefined ? startWorkers(earlyScript, { ...setup, oneByteTexts: earlyCount === 1 }, earlyCount, ctx.maxFileSize) : [];
  let set;
  try {
    set = collectFiles(paths, {
    cwd: io.cwd,
    defaultExcludes: ctx.defaultExcludes,
    maxFileSize: ctx.maxFileSize,
    isPathAllowlisted: (abs) => ctx.loaded.isPathAllowlisted(abs),
    gitignore: ctx.gitignore,
    });
  } catch (e) {
    await stopWorkers(early);
    throw e;
  }
  const skipped: SkipCounts = {};
  const unreadable: { file: string; error: string }[] = [];
  for (const s of set.skipped) {
    countSkip(skipped, s.reason);
    if (s.reason === 'unreadable') unreadable.push({ file: displayPath(io.cwd, s.abs), error: s.error ?? 'EIO' });
  }
  const jobs: FileJob[] = set.files.map((f, index) => ({ index, abs: f.abs, file: displayPath(io.cwd, f.abs), size: f.size }));
  const progress = new Progress(io, jobs.length, io.isTTY && !ctx.quiet && set.walkedFolder);
  const workers = jobs.length > 0 ? toWorkerCount(io, jobs, set.walkedFolder) : 0;
  const script = workers > 0 ? workerScriptPath() : undefined;
  let results: FileResult[];
  if (workers === 0 || script === undefined) await stopWorkers(early);
  if (workers > 0 && script !== undefined) {
    await stopWorkers(early.slice(workers));
    const late = Math.max(0, workers - early.length);
    const started = [...early.slice(0, workers), ...startWorkers(script, { ...setup, oneByteTexts: workers === 1 }, late, ctx.maxFileSize)];
    const run = await scanWithWorkers(
      jobs,
      started,
      ctx.options,
      (batch) => progress.advance(batch.length, batch.reduce((n, r) => n + r.bytes, 0)),
      true,
    );
    results = run.results;
    ctx.verbose(
      `scanned ${jobs.length} files with ${run.stats.workers} worker threads and the main thread` +
        (run.stats.handedBack > 0 ? ` (${run.stats.handedBack} two-byte files on the main thread)` : '') +
        (run.stats.failedWorkers > 0 ? ` (${run.stats.failedWorkers} failed; their files were rescanned)` : ''),
    );
  } else {
    results = jobs.map((job) => {
      const r = scanFileJob(job, ctx.options);
      progress.advance(1, r.bytes);
      return r;
    });
    ctx.verbose(`scanned ${jobs.length} files in-process${workers > 0 ? ' (worker script not found)' : ''}`);
  }
  progress.end();
  for (const r of results) {
    if (!r.skipped) continue;
    countSkip(skipped, r.skipped);
    if (r.skipped === 'unreadable') unreadable.push({ file: r.file, error: r.error ?? 'EIO' });
  }
  return { results: results.filter((r) => !r.skipped), skipped, unreadable };
}

async function collectStaged(ctx: RunContext, paths: readonly string[]): Promise<Collected> {
  const { io } = ctx;
  const top = await gitTopLevel(io.cwd);
  const within = paths.map((p) => resolve(io.cwd, p));
  const ignores = new IgnoreFiles();
  const skipped: SkipCounts = {};
  const unreadable: { file: string; error: string }[] = [];
  const toRead: string[] = [];
  for (const p of await stagedPaths(top)) {
    const abs = resolve(top, p);
    if (within.length > 0 && !within.some((w) => abs === w || abs.startsWith(w + sep))) continue;
    if (ctx.loaded.isPathAllowlisted(abs) || isIgnoredExplicitFile(ignores, abs, io.cwd)) continue;
    if (isBinaryExtension(abs)) countSkip(skipped, 'binary');
    else toRead.push(p);
  }
  const results: FileResult[] = [];
  for (const staged of await readStagedFiles(top, toRead)) {
    const file = displayPath(io.cwd, staged.abs);
    if (!Buffer.isBuffer(staged.content)) {
      countSkip(skipped, 'unreadable');
      unreadable.push({ file, error: staged.content.error });
    } else if (staged.content.length > ctx.maxFileSize) {
      countSkip(skipped, 'too-large');
    } else {
      const r = scanBytes(results.length, file, staged.content, ctx.options);
      if (r.skipped) countSkip(skipped, r.skipped);
      else results.push(r);
    }
  }
  ctx.verbose(`scanned ${results.length} staged files`);
  return { results, skipped, unreadable };
}

async function collectStdin(ctx: RunContext): Promise<Collected> {
  const bytes = await ctx.io.readStdin();
  const r = scanBytes(0, STDIN_NAME, bytes, ctx.options);
  const skipped: SkipCounts = {};
  if (r.skipped) countSkip(skipped, r.skipped);
  return { results: r.skipped ? [] : [r], skipped, unreadable: [] };
}

function toSkippedNote(skipped: SkipCounts, maxFileSize: number): string | undefined {
  const parts: string[] = [];
  if (skipped.binary) parts.push(`${skipped.binary} binary`);
  if (skipped['too-large']) parts.push(`${skipped['too-large']} larger than ${formatSize(maxFileSize)}`);
  if (skipped.unreadable) parts.push(`${skipped.unreadable} unreadable`);
  const total = (skipped.binary ?? 0) + (skipped['too-large'] ?? 0) + (skipped.unreadable ?? 0);
  return total > 0 ? `Skipped ${total} file${total === 1 ? '' : 's'}: ${parts.join(', ')}.` : undefined;
}

function render(format: Format, report: ScanReport, io: CliIo, quiet: boolean): string {
  switch (format) {
    case 'json':
      return toJson(report);
    case 'jsonl':
      return toJsonl(report);
    case 'sarif': {
      const info = packageInfo();
      const root = pathToFileURL(io.cwd).href;
      return toSarif(report, { version: info.version, informationUri: info.informationUri, srcRootUri: root.endsWith('/') ? root : `${root}/` });
    }
    default:
      return toText(report, quiet);
  }
}

/**
 * `prompt-hygiene scan`: finds secrets and personal data in files, folders, standard input or
 * the git index, and reports them in the chosen format. Exit 0 clean, 1 findings, 2 errors.
 */
export async function runScanCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const format = choiceOption(values, 'format', FORMATS, 'text');
  const categories = parseCategories(values);
  const attributions = !flag(values, 'no-attributions');
  const sizeText = stringOption(values, 'max-file-size');
  const maxFileSize = sizeText === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(sizeText);
  if (maxFileSize === undefined) throw new UsageError(`invalid value for --max-file-size: '${sizeText}' (examples: 500k, 5m, 1g)`);
  const quiet = flag(values, 'quiet');
  const verboseOn = flag(values, 'verbose') && !quiet;
  const staged = flag(values, 'staged');
  const usesStdin = positionals.includes('-');
  if (usesStdin && positionals.length > 1) throw new UsageError("scan: '-' (standard input) can't be combined with paths");
  if (usesStdin && staged) throw new UsageError("scan: '-' (standard input) can't be combined with --staged");

  const loaded = loadPolicyFor(io, values, quiet);
  if (!loaded) return 2;
  const baselineFile = stringOption(values, 'baseline');
  let baseline: Baseline | undefined;
  if (baselineFile !== undefined) {
    const result = loadBaseline(io.cwd, baselineFile);
    if (!result.ok) {
      io.stderr(`prompt-hygiene: ${result.message}\n`);
      return 2;
    }
    baseline = result.baseline;
  }
  const ctx: RunContext = {
    io,
    loaded,
    options: { ...toScanOptions(loaded.policy, categories, attributions), withFingerprints: format === 'json' || format === 'sarif' || baseline !== undefined },
    categories,
    attributions,
    maxFileSize,
    quiet,
    defaultExcludes: !flag(values, 'no-default-excludes'),
    gitignore: !flag(values, 'no-gitignore'),
    verbose: (m) => {
      if (verboseOn) io.stderr(`${m}\n`);
    },
  };
  ctx.verbose(`policy: ${loaded.file !== undefined ? displayPath(io.cwd, loaded.file) : 'built-in defaults'}`);

  let collected: Collected;
  if (staged) collected = await collectStaged(ctx, positionals);
  else if (usesStdin || (positionals.length === 0 && io.stdinIsPiped === true)) collected = await collectStdin(ctx);
  else collected = await collectFromPaths(ctx, positionals.length > 0 ? positionals : ['.']);

  const all = collected.results.flatMap((r) => r.findings);
  const { kept: findings, baselined } = baseline ? baseline.filter(all) : { kept: all, baselined: 0 };
  if (baseline) ctx.verbose(`baseline: ${baseline.size} accepted findings, ${baselined} of them still present`);
  const skippedTotal = Object.values(collected.skipped).reduce((n, k) => n + (k ?? 0), 0);
  const report: ScanReport = {
    findings,
    summary: {
      files: collected.results.length,
      skipped: skippedTotal,
      findings: findings.length,
      bytes: collected.results.reduce((n, r) => n + r.bytes, 0),
    },
    rules: toRuleInfos(ctx.options.rules ?? ALL_RULES, ctx.options.severity),
  };
  const out = render(format, report, io, quiet);
  const output = stringOption(values, 'output');
  if (output !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, output), out);
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : String(e);
      io.stderr(`prompt-hygiene: cannot write ${output}: ${code}\n`);
      return 2;
    }
  } else {
    io.stdout(out);
  }
  if (!quiet) {
    for (const u of collected.unreadable) io.stderr(`warning: cannot read ${u.file}: ${u.error}\n`);
    const note = format === 'text' ? toSkippedNote(collected.skipped, maxFileSize) : undefined;
    if (note) io.stderr(`${note}\n`);
    if (format === 'text' && baselined > 0) io.stderr(`${baselined} finding${baselined === 1 ? '' : 's'} in the baseline not reported.\n`);
  }
  return findings.length > 0 ? 1 : 0;
}
