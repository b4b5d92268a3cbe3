import { readFileSync } from 'node:fs';
import { lineOf, scan, toLineStarts } from '../engine/index';
import type { Category, Severity } from '../engine/index';
import { decodeBytes } from './decode';
import type { PolicyScanOptions } from './policy';

/**
 * A finding placed in a file: 1-based line and column, the end exclusive, columns counted in
 * UTF-16 code units (what editors and SARIF expect). Holds the preview, never the value.
 */
export interface LocatedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly ruleId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly preview: string;
  /** Present when the scan asked for fingerprints (JSON and SARIF output). */
  readonly fingerprint?: string;
  /** Where the finding's parts stand (Finding.parts: a name's given-name and surname cells), when it has any. */
  readonly parts?: readonly LocatedRegion[];
}

/** A 1-based region of a file, its end column exclusive. */
export interface LocatedRegion {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Why a file was not scanned. */
export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'allowlisted' | 'ignored';

/** The outcome for one file. Plain data, so it crosses the worker boundary unchanged. */
export interface FileResult {
  /** Position in the run's file order; results are reported in this order. */
  readonly index: number;
  readonly file: string;
  readonly skipped?: SkipReason;
  /** For unreadable files: the error code (`EACCES`, …). */
  readonly error?: string;
  readonly bytes: number;
  readonly findings: readonly LocatedFinding[];
}

/** One file to scan: where it is, what to call it, how big it is. */
export interface FileJob {
  readonly index: number;
  readonly abs: string;
  /** The name shown in reports (relative to the working directory, forward slashes). */
  readonly file: string;
  readonly size: number;
}

/** Scans a decoded text and places each finding at 1-based lines and columns. */
export function scanText(text: string, file: string, options: PolicyScanOptions): LocatedFinding[] {
  const findings = scan(text, options);
  if (findings.length === 0) return [];
  const lineStarts = toLineStarts(text);
  const region = (start: number, end: number): LocatedRegion => {
    const line = lineOf(lineStarts, start);
    const endLine = lineOf(lineStarts, end);
    return { line: line + 1, column: start - (lineStarts[line] as number) + 1, endLine: endLine + 1, endColumn: end - (lineStarts[endLine] as number) + 1 };
  };
  return findings.map((f) => ({
    file,
    ...region(f.range.start, f.range.end),
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    preview: f.preview,
    ...(options.withFingerprints ? { fingerprint: f.fingerprint } : {}),
    ...(f.parts !== undefined ? { parts: f.parts.map((p) => region(p.start, p.end)) } : {}),
  }));
}

/** Scans raw bytes: decodes them (binary content is skipped), then scans the text. */
export function scanBytes(index: number, file: string, bytes: Uint8Array, options: PolicyScanOptions): FileResult {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') return { index, file, skipped: 'binary', bytes: bytes.length, findings: [] };
  return { index, file, bytes: bytes.length, findings: scanText(decoded.text, file, options) };
}

/**
 * What `scanFileJob` returns, asked to scan one-byte texts only, for a text with a code unit above
 * U+00FF: V8 holds such a text as a two-byte string and compiles every pattern a second time for
 * it (see engine/scan/nativeRegex.ts). A worker that never sees one keeps 12 MB less of compiled
 * patterns (measured on the bench corpus); the main thread scans these texts instead.
 */
export const TWO_BYTE = 'two-byte';

/** A code unit above U+00FF. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;

/** A file read and decoded: its text, or why there is none, and its size in bytes. */
type ReadFile =
  | { readonly kind: 'text'; readonly text: string; readonly bytes: number }
  | { readonly kind: 'binary'; readonly bytes: number }
  | { readonly kind: 'unreadable'; readonly error: string };

/**
 * Reads and decodes a file. Only the text leaves this function: the file's bytes are garbage once
 * it returns, instead of staying reachable from the caller's frame for the whole scan (a 5 MB
 * file held both as bytes and as text while its scan builds its views).
 */
function readFile(abs: string): ReadFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'EIO';
    return { kind: 'unreadable', error: code };
  }
  const decoded = decodeBytes(bytes);
  return decoded.kind === 'binary' ? { kind: 'binary', bytes: bytes.length } : { kind: 'text', text: decoded.text, bytes: bytes.length };
}

/** Reads and scans one file; a read error becomes an `unreadable` result, never an exception. */
export function scanFileJob(job: FileJob, options: PolicyScanOptions): FileResult;
export function scanFileJob(job: FileJob, options: PolicyScanOptions, oneByteOnly: boolean): FileResult | typeof TWO_BYTE;
export function scanFileJob(job: FileJob, options: PolicyScanOptions, oneByteOnly = false): FileResult | typeof TWO_BYTE {
  const read = readFile(job.abs);
  if (read.kind === 'unreadable') return { index: job.index, file: job.file, skipped: 'unreadable', error: read.error, bytes: 0, findings: [] };
  if (read.kind === 'binary') return { index: job.index, file: job.file, skipped: 'binary', bytes: read.bytes, findings: [] };
  if (oneByteOnly && BEYOND_LATIN1.test(read.text)) return TWO_BYTE;
  return { index: job.index, file: job.file, bytes: read.bytes, findings: scanText(read.text, job.file, options) };
}
