import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { restore } from '../engine/index';
import type { RedactionEntry } from '../engine/index';
import { flag, parseCommandArgs, stringOption, UsageError } from './args';
import type { OptionSpec } from './args';
import { RESTORE_HELP } from './help';
import { readInputText } from './input';
import type { CliIo } from './io';

const OPTIONS = {
  mapping: { type: 'string', short: 'm' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

function isEntry(x: unknown): x is RedactionEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e.placeholder === 'string' && e.placeholder.length > 0 && typeof e.value === 'string' && typeof e.ruleId === 'string';
}

/** Reads and checks a mapping file written by `redact --mapping`. Messages never quote values. */
export function readMappingFile(cwd: string, path: string): RedactionEntry[] {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : String(e);
    throw new UsageError(code === 'ENOENT' ? `no such mapping file: ${path}` : `cannot read ${path}: ${code}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not a mapping file (not JSON)`);
  }
  const entries = typeof doc === 'object' && doc !== null ? (doc as { entries?: unknown }).entries : undefined;
  if ((doc as { version?: unknown } | null)?.version !== 1 || !Array.isArray(entries) || !entries.every(isEntry)) {
    throw new UsageError(`${path} is not a mapping file written by 'prompt-hygiene redact --mapping'`);
  }
  return entries;
}

/** `prompt-hygiene restore --mapping FILE`: puts redacted values back into the input. */
export async function runRestoreCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('restore', args, OPTIONS);
  if (flag(values, 'help')) {
    io.stdout(RESTORE_HELP);
    return 0;
  }
  const mappingPath = stringOption(values, 'mapping');
  if (mappingPath === undefined) throw new UsageError('restore: --mapping FILE is required');
  const entries = readMappingFile(io.cwd, mappingPath);
  const input = await readInputText('restore', positionals, io);
  io.stdout(restore(input.text, entries));
  return 0;
}
