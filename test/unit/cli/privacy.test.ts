import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, scan } from '../../../src/engine/index';
import { put, removeTempDirs, runCli, slackToken, tempDir } from './helpers';

/**
 * Planted values: a Slack token built here, plus the value of every positive example of every
 * rule present (all built with fake() or at run time by the rule files). Values shorter than 8
 * characters are left out, since they could turn up in counts or sizes by chance.
 */
function plantedLines(): { lines: string[]; values: string[] } {
  const lines = [`SLACK_BOT_TOKEN=${slackToken(42)}`];
  for (const rule of ALL_RULES) lines.push(...rule.examples.positive);
  const values = new Set<string>();
  for (const line of lines) {
    for (const f of scan(line)) values.add(line.slice(f.range.start, f.range.end));
  }
  return { lines, values: [...values].filter((v) => v.length >= 8) };
}

/**
 * The values the engine finds in `text` at every place they occur (at least 8 characters long).
 * Examples built from one template share a value, and a context rule may find one copy only.
 */
function valuesFoundIn(text: string): string[] {
  const hits = new Map<string, number>();
  for (const f of scan(text)) {
    const v = text.slice(f.range.start, f.range.end);
    hits.set(v, (hits.get(v) ?? 0) + 1);
  }
  return [...hits].filter(([v, n]) => v.length >= 8 && text.split(v).length - 1 === n).map(([v]) => v);
}

/**
 * Fails when any value appears in `text`. One pass over the text with the values' first eight
 * characters as keys (every value has eight or more): a SARIF report of a few megabytes searched
 * once per value took most of this file's time.
 */
function assertNoValue(where: string, text: string, values: readonly string[]): void {
  const byHead = new Map<string, string[]>();
  for (const v of values) {
    const head = v.slice(0, 8);
    const list = byHead.get(head);
    if (list) list.push(v);
    else byHead.set(head, [v]);
  }
  for (let i = 0; i + 8 <= text.length; i++) {
    const candidates = byHead.get(text.slice(i, i + 8));
    if (candidates === undefined) continue;
    for (const v of candidates) assert.ok(!text.startsWith(v, i), `a planted value (${v.length} chars) appears in ${where}`);
  }
}

describe('secret values in CLI output', () => {
  after(removeTempDirs);

  const { lines, values } = plantedLines();
  let dir = '';
  // Reports go outside the scanned folder, so one run's report is not scanned by the next.
  let reports = '';
  before(() => {
    dir = tempDir();
    reports = tempDir();
    put(dir, 'all.txt', `${lines.join('\n')}\n`);
    lines.forEach((line, i) => put(dir, `one/f${i}.txt`, `prefix ${i}\n${line}\n`));
    put(dir, 'minified.js', lines.map((l) => `var s=${JSON.stringify(l)};`).join(''));
  });

  it('plants at least one value per rule that has examples, and the scan finds them', async () => {
    assert.ok(values.length >= 1);
    const r = await runCli(dir, ['scan', '-f', 'jsonl', '.']);
    assert.equal(r.code, 1);
  });

  for (const format of ['text', 'json', 'jsonl', 'sarif']) {
    it(`never prints a value in ${format} output, on stdout, stderr or in the --output file`, async () => {
      const toStdout = await runCli(dir, ['scan', '--format', format, '--verbose', '.'], { isTTY: true });
      assert.equal(toStdout.code, 1);
      assertNoValue(`${format} stdout`, toStdout.stdout, values);
      assertNoValue(`${format} stderr`, toStdout.stderr, values);
      const toFile = await runCli(dir, ['scan', '--format', format, '--output', join(reports, `report.${format}`), '.']);
      assert.equal(toFile.code, 1);
      assertNoValue(`${format} stdout (--output)`, toFile.stdout, values);
      assertNoValue(`${format} stderr (--output)`, toFile.stderr, values);
      assertNoValue(`${format} output file`, readFileSync(join(reports, `report.${format}`), 'utf8'), values);
    });
  }

  it('never prints a value when scanning on worker threads', async () => {
    const r = await runCli(dir, ['scan', '--format', 'json', '--output', join(reports, 'pooled.json'), '--verbose', '.'], {
      env: { PROMPT_HYGIENE_WORKERS: '2' },
    });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /worker threads/u);
    assertNoValue('stdout (workers)', r.stdout, values);
    assertNoValue('stderr (workers)', r.stderr, values);
    assertNoValue('output file (workers)', readFileSync(join(reports, 'pooled.json'), 'utf8'), values);
  });

  it('never prints a value found in standard input', async () => {
    const r = await runCli(dir, ['scan', '-'], { stdin: lines.join('\n') });
    assert.equal(r.code, 1);
    assertNoValue('stdin scan output', r.stdout + r.stderr, values);
  });

  it('redact output holds none of the values it found, and its warning none at all', async () => {
    // Redaction removes what the scan finds; a few context rules find less when every example
    // shares one file, so the check is against the values found in that file.
    const found = valuesFoundIn(readFileSync(join(dir, 'all.txt'), 'utf8'));
    assert.ok(found.length >= 1);
    const r = await runCli(dir, ['redact', '--mapping', join(reports, 'map.json'), 'all.txt']);
    assert.equal(r.code, 0);
    assertNoValue('redact stdout', r.stdout, found);
    assertNoValue('redact stderr', r.stderr, values);
  });
});
