// Benchmark: engine and CLI throughput on a ≥ 50 MB corpus of real and generated files, against
// secretlint (preset-recommend) on the same corpus in the same run. Prints figures, asserts nothing.
// Usage: npm run bench            (builds first; ~7 minutes, nearly all of it secretlint on the whole corpus)
//        node scripts/bench.mjs --quick           (secretlint on the 1-in-8 sample only)
//        node scripts/bench.mjs --no-secretlint   (skip the slow peer)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const benchDir = join(root, '.bench');
const corpusDir = join(benchDir, 'corpus');
const TARGET_BYTES = 52 * 1024 * 1024;
const CORPUS_VERSION = '4';
const withSecretlint = !process.argv.includes('--no-secretlint');
const quick = process.argv.includes('--quick');

const TEXT_EXT = /\.(?:js|cjs|mjs|ts|mts|cts|json|md|txt|yml|yaml|map|d\.ts)$/u;
// Real code from the installed dependencies: a pinned, reproducible corpus of real-world files.
const REAL_SOURCES = ['typescript/lib', 'eslint/lib', '@typescript-eslint', 'zod', 'fast-check/lib', 'mocha', 'libphonenumber-js/build', 'esbuild/lib', '@types/node', 'jsonc-parser', 'ignore', 'secretlint', '@secretlint', 'ajv', 'yargs', 'chalk', 'debug', 'semver', 'minimatch', 'glob'];

function walk(dir, out, accept = (name) => TEXT_EXT.test(name)) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out, accept);
    else if (e.isFile() && accept(e.name)) out.push(p);
  }
}

function buildCorpus() {
  const stamp = join(corpusDir, '.stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === CORPUS_VERSION) return;
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  let total = 0;
  // 1. generated, labelled documents: configs, code, logs, chat, CSV with planted values (~8 MB)
  const { generateCorpus } = require(join(root, 'out/test/corpus/generateCorpus.js'));
  const genDir = join(corpusDir, 'generated');
  mkdirSync(genDir);
  let seed = 1;
  while (total < 8 * 1024 * 1024) {
    const docs = generateCorpus(seed++, 200);
    const text = docs.map((d) => d.text).join('\n');
    writeFileSync(join(genDir, `batch-${String(seed).padStart(3, '0')}.${['env', 'log', 'md', 'yaml', 'ts', 'py'][seed % 6]}`), text);
    total += Buffer.byteLength(text);
  }
  // 2. minified one-line files (3 x ~1.5 MB)
  const realFiles = [];
  for (const src of REAL_SOURCES) walk(join(root, 'node_modules', src), realFiles);
  // then the rest of node_modules, in a stable order, for volume
  const seen = new Set(realFiles);
  const rest = [];
  walk(join(root, 'node_modules'), rest);
  for (const f of rest) if (!seen.has(f) && !f.includes('/.bench/')) realFiles.push(f);
  const jsFiles = realFiles.filter((f) => f.endsWith('.js'));
  for (let i = 0; i < 3; i++) {
    let buf = '';
    for (let j = i; j < jsFiles.length && buf.length < 1.5 * 1024 * 1024; j += 3) buf += readFileSync(jsFiles[j], 'utf8').replace(/\s*\n\s*/gu, ' ');
    writeFileSync(join(corpusDir, `bundle-${i}.min.js`), buf);
    total += Buffer.byteLength(buf);
  }
  // 3. real files, copied as they are, until the target size
  const realDir = join(corpusDir, 'real');
  for (const f of realFiles) {
    if (total >= TARGET_BYTES) break;
    const size = statSync(f).size;
    if (size > 5 * 1024 * 1024) continue;
    const dest = join(realDir, relative(join(root, 'node_modules'), f));
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(f, dest);
    total += size;
  }
  writeFileSync(stamp, CORPUS_VERSION);
}

function listCorpus() {
  const files = [];
  walk(corpusDir, files, (name) => name !== '.stamp');
  return files;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeCommand(cmd, args, cwd) {
  const useTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const res = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 900_000 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 900_000 });
  const ms = performance.now() - t0;
  let rssMb;
  if (useTime) {
    const m = /(\d+)\s*$/u.exec(res.stderr ?? '');
    if (m) rssMb = Number(m[1]) / 1024;
  }
  return { ms, rssMb, status: res.status, stdout: res.stdout, stderr: res.stderr };
}

buildCorpus();
const files = listCorpus();
let texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const mb = bytes / (1024 * 1024);
console.log(`corpus: ${files.length} files, ${mb.toFixed(1)} MB (${corpusDir})`);

// Engine, in process, one core.
const engine = require(join(root, 'out/src/engine/index.js'));
engine.scan('warm-up ghp_ xoxb- password = "x"');
let found = 0;
const e0 = performance.now();
for (const t of texts) found += engine.scan(t).length;
const engineMs = performance.now() - e0;
const engineMbps = mb / (engineMs / 1000);
console.log(`engine (in-process, 1 core): ${engineMbps.toFixed(1)} MB/s, ${found} findings, ${(engineMs / 1000).toFixed(2)} s`);

// Median rescan of a 5,000-line source file (the editor's case).
const big = texts.find((t, i) => files[i].endsWith('.js') && t.split('\n').length >= 5000) ?? texts.join('\n');
const fiveK = big.split('\n').slice(0, 5000).join('\n');
// The corpus's texts are dropped first: an editor's process does not hold 52 MB of other files'
// texts, and while this one did, V8's incremental marking of them overlapped the timed scans (the
// thirty-first session measured 15-17 ms for batches that overlapped a marking cycle against
// 10-11 ms after a collection, with the engine's heap the same before and after).
texts = undefined;
// The first 41 scans of the file include V8 tiering the engine's functions up; an editor that has
// rescanned the file a few times while the user types runs the later figure. Both are printed.
const timeScans = (n) => {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    engine.scan(fiveK);
    runs.push(performance.now() - t);
  }
  return runs;
};
const firstRuns = timeScans(41);
timeScans(40);
const warmRuns = timeScans(41);
console.log(
  `rescan of a 5,000-line file (${(fiveK.length / 1024).toFixed(0)} KB): median ${median(firstRuns).toFixed(2)} ms over its first ${firstRuns.length} scans; ` +
    `${median(warmRuns).toFixed(2)} ms over ${warmRuns.length} scans after 81 (min ${Math.min(...warmRuns).toFixed(2)}, max ${Math.max(...warmRuns).toFixed(2)})`,
);

// Whole-process CLI, both cores.
const cli = timeCommand(process.execPath, [join(root, 'dist/cli.js'), 'scan', '.', '--format', 'jsonl', '--output', '/dev/null', '--max-file-size', '10m', '--no-default-excludes'], corpusDir);
const cliMbps = mb / (cli.ms / 1000);
console.log(`prompt-hygiene CLI (whole process, 2 cores): ${cliMbps.toFixed(1)} MB/s, ${(cli.ms / 1000).toFixed(2)} s, exit ${cli.status}, peak RSS ${cli.rssMb ? cli.rssMb.toFixed(0) + ' MB' : 'n/a'}`);
if (cli.status !== 0 && cli.status !== 1) console.log(cli.stderr.slice(0, 2000));

if (withSecretlint) {
  const rc = join(benchDir, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const secretlint = (cwd) =>
    timeCommand(process.execPath, [join(root, 'node_modules/secretlint/bin/secretlint.js'), '**/*', '--secretlintrc', rc, '--format', 'json', '--output', join(benchDir, 'secretlint-out.json')], cwd);
  const report = (label, ours, oursMb, sl) => {
    const oursMbps = oursMb / (ours.ms / 1000);
    const slMbps = oursMb / (sl.ms / 1000);
    console.log(label);
    console.log(`  prompt-hygiene CLI: ${oursMbps.toFixed(1)} MB/s (${(ours.ms / 1000).toFixed(2)} s, exit ${ours.status})`);
    // (A run past the time limit is killed: its exit status is null, and its time a lower bound.)
    const killed = sl.status === null;
    console.log(`  secretlint preset-recommend: ${killed ? 'at most ' : ''}${slMbps.toFixed(2)} MB/s (${killed ? 'killed after ' : ''}${(sl.ms / 1000).toFixed(2)} s, exit ${sl.status}, peak RSS ${sl.rssMb ? sl.rssMb.toFixed(0) + ' MB' : 'n/a'})`);
    if (sl.status !== 0 && sl.status !== 1 && !killed) console.log(sl.stderr.slice(0, 2000));
    console.log(`  ratio: prompt-hygiene CLI is ${killed ? 'at least ' : ''}${(oursMbps / slMbps).toFixed(1)}x secretlint on the same files`);
  };

  // 1. A deterministic sample (every 8th file: the same mix of real, minified and generated
  // files), both tools on the very same folder. Process start-up weighs more here.
  const sampleDir = join(benchDir, 'sample');
  rmSync(sampleDir, { recursive: true, force: true });
  let sampleBytes = 0;
  let sampleFiles = 0;
  files.forEach((f, i) => {
    if (i % 8 !== 0) return;
    const dest = join(sampleDir, relative(corpusDir, f));
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(f, dest);
    sampleBytes += statSync(f).size;
    sampleFiles++;
  });
  const ours = timeCommand(process.execPath, [join(root, 'dist/cli.js'), 'scan', '.', '--format', 'jsonl', '--output', '/dev/null', '--max-file-size', '10m', '--no-default-excludes'], sampleDir);
  report(`sample: every 8th file, ${sampleFiles} files, ${(sampleBytes / (1024 * 1024)).toFixed(1)} MB`, ours, sampleBytes / (1024 * 1024), secretlint(sampleDir));
  rmSync(sampleDir, { recursive: true, force: true });

  // 2. The whole corpus, against the CLI run above. secretlint's time grows faster than the file
  // count (700 files: ~4 s, 1,400: ~14 s, all 5,510: ~6 min here), so this takes a while;
  // --quick skips it.
  if (!quick) report(`whole corpus: ${files.length} files, ${mb.toFixed(1)} MB`, cli, mb, secretlint(corpusDir));
  rmSync(join(benchDir, 'secretlint-out.json'), { force: true });
}
