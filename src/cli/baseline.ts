import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LocatedFinding } from './fileScan';
import { FINGERPRINT_KEY } from './reporters/sarif';

/** One accepted finding: where, which rule, and the fingerprint of its value. */
function toKey(file: string, ruleId: string, fingerprint: string): string {
  return `${file}\u0000${ruleId}\u0000${fingerprint}`;
}

/**
 * Findings accepted earlier, read from a previous `--format json` or `--format sarif` report, so
 * that a team adopting the scanner on an existing repository sees only new findings. A finding
 * matches by file, rule and fingerprint (a salted hash of the rule and the value): no line
 * numbers, so edits elsewhere in the file change nothing. Entries are counted: a value that was
 * once in a file and now appears there twice is reported once.
 */
export class Baseline {
  private readonly remaining: Map<string, number>;

  constructor(entries: readonly { file: string; ruleId: string; fingerprint: string }[]) {
    this.remaining = new Map();
    for (const e of entries) {
      const key = toKey(e.file, e.ruleId, e.fingerprint);
      this.remaining.set(key, (this.remaining.get(key) ?? 0) + 1);
    }
  }

  get size(): number {
    let n = 0;
    for (const c of this.remaining.values()) n += c;
    return n;
  }

  /**
   * The findings the baseline does not account for, in their order. Consumes matches, so call it
   * once per scan. A finding without a fingerprint is always kept.
   */
  filter(findings: readonly LocatedFinding[]): { kept: LocatedFinding[]; baselined: number } {
    const left = new Map(this.remaining);
    const kept: LocatedFinding[] = [];
    let baselined = 0;
    for (const f of findings) {
      const key = f.fingerprint === undefined ? undefined : toKey(f.file, f.ruleId, f.fingerprint);
      const n = key === undefined ? 0 : (left.get(key) ?? 0);
      if (key !== undefined && n > 0) {
        left.set(key, n - 1);
        baselined++;
      } else {
        kept.push(f);
      }
    }
    return { kept, baselined };
  }
}

/** What `loadBaseline` returns: the baseline, or a message for stderr (exit code 2). */
export type BaselineResult = { readonly ok: true; readonly baseline: Baseline } | { readonly ok: false; readonly message: string };

type Entry = { file: string; ruleId: string; fingerprint: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Entries of our JSON report: `{ version: 1, findings: [{ file, ruleId, fingerprint, … }] }`. */
function fromJsonReport(findings: unknown[]): Entry[] | string {
  const out: Entry[] = [];
  for (const [i, f] of findings.entries()) {
    if (!isRecord(f) || typeof f.file !== 'string' || typeof f.ruleId !== 'string' || typeof f.fingerprint !== 'string') {
      return `findings[${i}] needs "file", "ruleId" and "fingerprint" strings`;
    }
    out.push({ file: f.file, ruleId: f.ruleId, fingerprint: f.fingerprint });
  }
  return out;
}

/** Entries of a SARIF log written by this tool: ruleId, the location's URI, our partial fingerprint. */
function fromSarif(runs: unknown[]): Entry[] | string {
  const out: Entry[] = [];
  for (const [r, run] of runs.entries()) {
    const results = isRecord(run) ? run.results : undefined;
    if (!Array.isArray(results)) return `runs[${r}] has no "results" list`;
    for (const [i, res] of results.entries()) {
      const where = `runs[${r}].results[${i}]`;
      if (!isRecord(res) || typeof res.ruleId !== 'string') return `${where} has no "ruleId"`;
      const loc = Array.isArray(res.locations) ? res.locations[0] : undefined;
      const physical = isRecord(loc) ? loc.physicalLocation : undefined;
      const artifact = isRecord(physical) ? physical.artifactLocation : undefined;
      const uri = isRecord(artifact) ? artifact.uri : undefined;
      const fps = res.partialFingerprints;
      const fingerprint = isRecord(fps) ? fps[FINGERPRINT_KEY] : undefined;
      if (typeof uri !== 'string') return `${where} has no location URI`;
      if (typeof fingerprint !== 'string') return `${where} has no "${FINGERPRINT_KEY}" partial fingerprint (was it written by prompt-hygiene?)`;
      let file: string;
      try {
        file = uri.split('/').map(decodeURIComponent).join('/');
      } catch {
        return `${where} has a malformed URI`;
      }
      out.push({ file, ruleId: res.ruleId, fingerprint });
    }
  }
  return out;
}

/**
 * Reads a baseline file (a previous `--format json` or `--format sarif` report) relative to `cwd`.
 * Paths in it are the ones the report printed, relative to the folder it was run from: run the
 * scan with the baseline from the same folder.
 */
export function loadBaseline(cwd: string, file: string): BaselineResult {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : String(e);
    return { ok: false, message: `cannot read baseline ${file}: ${code}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `baseline ${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  let entries: Entry[] | string;
  if (isRecord(data) && Array.isArray(data.findings)) entries = fromJsonReport(data.findings);
  else if (isRecord(data) && Array.isArray(data.runs)) entries = fromSarif(data.runs);
  else entries = 'expected a report written by `prompt-hygiene scan --format json` or `--format sarif`';
  if (typeof entries === 'string') return { ok: false, message: `baseline ${file}: ${entries}` };
  return { ok: true, baseline: new Baseline(entries) };
}
