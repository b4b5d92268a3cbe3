// Scores the CLI against a labelled corpus of your own: precision and recall per category.
// Usage: npm run eval:labelled -- <dir> [--verbose]
//   <dir>/files/        the texts to scan
//   <dir>/labels.json   [{ "file": "<path under files/>", "value": "<exact text>", "category": "secret" | "pii", "type": "…" }]
// A label counts as found when a finding overlaps one of its occurrences; a finding that overlaps
// no label is a false positive. --verbose lists misses and false positives by file, line and
// length, never by value (the corpus may hold real data). Builds nothing: run `node esbuild.mjs`
// first when the sources changed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('-'));
const verbose = args.includes('--verbose');
if (dir === undefined) {
  console.error('usage: npm run eval:labelled -- <dir> [--verbose]   (<dir>/files and <dir>/labels.json)');
  process.exit(2);
}
const filesDir = join(dir, 'files');
let labels;
try {
  labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
} catch (e) {
  console.error(`cannot read ${join(dir, 'labels.json')}: ${e.message}`);
  process.exit(2);
}

let out;
try {
  out = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'scan', '.', '--format', 'jsonl', '--no-default-excludes'], {
    cwd: filesDir,
    maxBuffer: 1 << 30,
  }).toString();
} catch (e) {
  // Exit code 1 means findings; anything else is an error.
  if (e.status !== 1) throw e;
  out = e.stdout.toString();
}

const texts = new Map();
const textOf = (f) => {
  if (!texts.has(f)) texts.set(f, readFileSync(join(filesDir, f), 'utf8'));
  return texts.get(f);
};
const lineStarts = new Map();
const offsetOf = (f, line, col) => {
  if (!lineStarts.has(f)) {
    const t = textOf(f);
    const starts = [0];
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 10) starts.push(i + 1);
    lineStarts.set(f, starts);
  }
  return lineStarts.get(f)[line - 1] + col - 1;
};
const lineAt = (f, offset) => textOf(f).slice(0, offset).split('\n').length;

const findings = out
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .map((f) => ({ ...f, start: offsetOf(f.file, f.line, f.column), end: offsetOf(f.file, f.endLine, f.endColumn) }));

// Every occurrence of a labelled value is a positive.
const positives = [];
for (const l of labels) {
  const t = textOf(l.file);
  let found = false;
  for (let i = t.indexOf(l.value); i !== -1; i = t.indexOf(l.value, i + 1)) {
    positives.push({ ...l, start: i, end: i + l.value.length });
    found = true;
  }
  if (!found) console.error(`label not found in ${l.file} (${l.type}, ${l.value.length} chars)`);
}

const overlaps = (a, b) => a.file === b.file && a.start < b.end && b.start < a.end;
const score = { secret: { tp: 0, fn: [], fp: [] }, pii: { tp: 0, fn: [], fp: [] } };
for (const p of positives) {
  if (findings.some((f) => overlaps(f, p))) score[p.category].tp++;
  else score[p.category].fn.push(p);
}
for (const f of findings) if (!positives.some((p) => overlaps(f, p))) score[f.category].fp.push(f);

for (const [category, s] of Object.entries(score)) {
  const precision = s.tp / Math.max(1, s.tp + s.fp.length);
  const recall = s.tp / Math.max(1, s.tp + s.fn.length);
  console.log(`${category}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (found ${s.tp}, missed ${s.fn.length}, false positives ${s.fp.length})`);
  if (!verbose) continue;
  for (const p of s.fn) console.log(`  missed  ${p.file}:${lineAt(p.file, p.start)}  ${p.type} (${p.value.length} chars)`);
  for (const f of s.fp) console.log(`  false   ${f.file}:${f.line}:${f.column}  ${f.ruleId} ${f.preview}`);
}
