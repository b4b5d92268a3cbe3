// Scores the CLI against a labelled corpus of your own: precision and recall per category.
// Usage: npm run eval:labelled -- <dir> [--verbose] [--by-type] [--neutral TYPES] [--dist DIR]
//   <dir>/files/        the texts to scan
//   <dir>/labels.json   [{ "file": "<path under files/>", "value": "<exact text>", "category": "secret" | "pii", "type": "…" }]
//   --verbose           lists misses and false positives by file, line and length
//   --by-type           recall per label type and false positives per rule (counts only)
//   --neutral TYPES     comma-separated label types that count neither way: not a positive when
//                       missed, not a false positive when a finding overlaps them (default
//                       `internal-id`, the record ids docs/writing-a-labelled-corpus.md asks for;
//                       `--neutral ''` counts them)
//   --dist DIR          the build to score (default: this checkout's dist/), e.g. an older build
//                       copied aside, to compare two builds on one corpus
// A label counts as found when a finding overlaps one of its occurrences; an occurrence inside a
// longer word (a given name inside another name) is not one. A finding that overlaps no label is a
// false positive. Output never holds a value, only files, lines, lengths, types and rule ids (the
// corpus may hold real data). Builds nothing: run `node esbuild.mjs` first when the sources changed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const valueOf = (flag) => {
  const i = args.indexOf(flag);
  return i === -1 ? undefined : args[i + 1];
};
const flagsWithValue = new Set(['--neutral', '--dist']);
const dir = args.find((a, i) => !a.startsWith('-') && !flagsWithValue.has(args[i - 1]));
const verbose = args.includes('--verbose');
const byType = args.includes('--by-type');
const neutralTypes = new Set((valueOf('--neutral') ?? 'internal-id').split(',').filter(Boolean));
const dist = resolve(valueOf('--dist') ?? join(root, 'dist'));
if (dir === undefined) {
  console.error('usage: npm run eval:labelled -- <dir> [--verbose] [--by-type] [--neutral TYPES] [--dist DIR]   (<dir>/files and <dir>/labels.json)');
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
  out = execFileSync(
    process.execPath,
    [join(dist, 'cli.js'), 'scan', '.', '--format', 'jsonl', '--no-default-excludes', '--max-file-size', '50m'],
    { cwd: filesDir, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] },
  ).toString();
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
const startsOf = (f) => {
  if (!lineStarts.has(f)) {
    const t = textOf(f);
    const starts = [0];
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 10) starts.push(i + 1);
    lineStarts.set(f, starts);
  }
  return lineStarts.get(f);
};
const offsetOf = (f, line, col) => startsOf(f)[line - 1] + col - 1;
const lineAt = (f, offset) => {
  const s = startsOf(f);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
};

const findings = out
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .map((f) => ({ ...f, start: offsetOf(f.file, f.line, f.column), end: offsetOf(f.file, f.endLine, f.endColumn) }));

// Every whole-word occurrence of a labelled value is a positive (or a neutral place).
const WORD = /[\p{L}\p{N}]/u;
const labelled = new Map(); // file → occurrences, positives and neutral ones
const positives = [];
const notFound = new Map(); // file → labels whose value it does not hold
for (const l of labels) {
  let t;
  try {
    t = textOf(l.file);
  } catch {
    console.error(`labelled file missing: ${l.file}`);
    continue;
  }
  const wordStart = WORD.test(l.value[0] ?? '');
  const wordEnd = WORD.test(l.value.at(-1) ?? '');
  let found = false;
  for (let i = t.indexOf(l.value); i !== -1 && l.value !== ''; i = t.indexOf(l.value, i + 1)) {
    if ((wordStart && WORD.test(t[i - 1] ?? '')) || (wordEnd && WORD.test(t[i + l.value.length] ?? ''))) continue;
    const occurrence = { ...l, start: i, end: i + l.value.length, neutral: neutralTypes.has(l.type) };
    if (!labelled.has(l.file)) labelled.set(l.file, []);
    labelled.get(l.file).push(occurrence);
    if (!occurrence.neutral) positives.push(occurrence);
    found = true;
  }
  if (!found) notFound.set(l.file, (notFound.get(l.file) ?? 0) + 1);
}
for (const [file, n] of notFound) console.error(`${n} label${n === 1 ? '' : 's'} not found in ${file}`);
const findingsByFile = new Map();
for (const f of findings) {
  if (!findingsByFile.has(f.file)) findingsByFile.set(f.file, []);
  findingsByFile.get(f.file).push(f);
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const score = { secret: { tp: 0, fn: [], fp: [] }, pii: { tp: 0, fn: [], fp: [] } };
const perType = new Map(); // "category:type" → { found, missed }
for (const p of positives) {
  const hit = (findingsByFile.get(p.file) ?? []).some((f) => overlaps(f, p));
  const key = `${p.category}:${p.type}`;
  if (!perType.has(key)) perType.set(key, { found: 0, missed: 0 });
  if (hit) {
    score[p.category].tp++;
    perType.get(key).found++;
  } else {
    score[p.category].fn.push(p);
    perType.get(key).missed++;
  }
}
const perRule = new Map(); // rule id → false positives
for (const f of findings) {
  if ((labelled.get(f.file) ?? []).some((p) => overlaps(f, p))) continue;
  score[f.category].fp.push(f);
  perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
}

for (const [category, s] of Object.entries(score)) {
  const precision = s.tp / Math.max(1, s.tp + s.fp.length);
  const recall = s.tp / Math.max(1, s.tp + s.fn.length);
  console.log(`${category}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (found ${s.tp}, missed ${s.fn.length}, false positives ${s.fp.length})`);
  if (!verbose) continue;
  for (const p of s.fn) console.log(`  missed  ${p.file}:${lineAt(p.file, p.start)}  ${p.type} (${p.value.length} chars)`);
  for (const f of s.fp) console.log(`  false   ${f.file}:${f.line}:${f.column}  ${f.ruleId} ${f.preview}`);
}
if (byType) {
  console.log('recall by label type (types with misses):');
  for (const [key, v] of [...perType].sort((a, b) => b[1].missed - a[1].missed)) {
    if (v.missed > 0) console.log(`  ${key}  found ${v.found}, missed ${v.missed}`);
  }
  console.log('false positives by rule:');
  for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}  ${n}`);
}
