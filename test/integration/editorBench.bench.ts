// Editor latency benchmark, not a test: runs only with PH_BENCH=1 (`npm run bench:editor`).
// Measures the time from an edit of a 10,000-line document to the published diagnostics, in the
// real extension host, and prints the median over 25 edits (p90 and max too). Each edit inserts
// or removes a line holding a finding, so every edit changes the diagnostics. The document is
// plain text so that no language server competes for the two cores; `applied` is the part spent
// before the edit reached the extension host (editor.edit round trip).
import * as vscode from 'vscode';
import { openUntitledDocument, waitForDiagnostics } from './helpers';
import { closeAllWithoutSaving, fixtureText, getApi, ours, setSetting } from './phApi';

const LINES = 10_000;
const EDITS = 25;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] as number;
}

/** A 10,000-line TypeScript-like file with a few findings spread through it. */
function bigDocument(secretLine: string): string {
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) {
    if (i % 2500 === 1250) lines.push(secretLine);
    else lines.push(`export function handler${i}(req: Request): number { return req.headers.length + ${i}; } // user_${i % 97}`);
  }
  return lines.join('\n');
}

interface Sample {
  readonly total: number;
  readonly applied: number;
}

async function measure(debounceMs: number, secretLine: string): Promise<Sample[]> {
  await setSetting('debounceMs', debounceMs);
  const doc = await openUntitledDocument(bigDocument(secretLine));
  const editor = await vscode.window.showTextDocument(doc);
  const base = ours(await waitForDiagnostics(doc.uri, (ds) => ours(ds).length > 0, 30_000)).length;
  const times: Sample[] = [];
  for (let i = 0; i < EDITS; i++) {
    const insert = i % 2 === 0;
    const line = 5000;
    const expected = insert ? base + 1 : base;
    const started = performance.now();
    const published = waitForDiagnostics(doc.uri, (ds) => ours(ds).length === expected, 30_000);
    await editor.edit((b) => (insert ? b.insert(new vscode.Position(line, 0), `${secretLine}\n`) : b.delete(new vscode.Range(line, 0, line + 1, 0))));
    const applied = performance.now() - started;
    await published;
    times.push({ total: performance.now() - started, applied });
  }
  await closeAllWithoutSaving();
  return times;
}

describe('editor latency benchmark', function () {
  this.timeout(600_000);

  after(async () => {
    await setSetting('debounceMs', undefined);
  });

  it(`publishes diagnostics for a ${LINES}-line file after each of ${EDITS} edits`, async () => {
    await getApi();
    const secretLine = fixtureText('src/config.ts').split('\n')[1] as string;
    for (const debounce of [0, 300]) {
      const samples = await measure(debounce, secretLine);
      const t = samples.map((s) => s.total).sort((a, b) => a - b);
      const applied = samples.map((s) => s.applied).sort((a, b) => a - b);
      const fmt = (n: number): string => n.toFixed(1);
      console.log(
        `BENCH editor edit→diagnostics, ${LINES} lines, debounceMs=${debounce}: median ${fmt(percentile(t, 0.5))} ms, p90 ${fmt(percentile(t, 0.9))} ms, max ${fmt(t[t.length - 1] as number)} ms over ${t.length} edits` +
          ` (median ${fmt(percentile(applied, 0.5))} ms until the edit was applied${debounce > 0 ? `; includes the ${debounce} ms debounce` : ''})`,
      );
    }
  });
});
