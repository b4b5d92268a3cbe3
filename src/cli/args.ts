import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** A mistake in how the CLI was called (exit code 2). The message is shown as is. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The option table of one command, in `node:util` `parseArgs` form. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed values: strings, booleans, or lists for `multiple` options. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What `parseCommandArgs` returns. */
export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: string[];
}

/**
 * Parses one command's arguments strictly. Unknown options and missing values become a
 * `UsageError` with a short message (Node's own adds advice we don't need).
 */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as OptionValues, positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const first = message.split(/\.\s/u)[0]?.replace(/\.$/u, '') ?? message;
    throw new UsageError(`${command}: ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
  }
}

/** A string option's value, or `undefined`. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) {
    const last = v[v.length - 1];
    return typeof last === 'string' ? last : undefined;
  }
  return typeof v === 'string' ? v : undefined;
}

/** All values of a repeatable string option, split on commas as well (`--category secret,pii`). */
export function listOption(values: OptionValues, name: string): string[] {
  const v = values[name];
  const raw = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return raw
    .filter((x): x is string => typeof x === 'string')
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** True when a boolean option was given. */
export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** A string option restricted to a set of choices, with a usage error that lists them. */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const v = stringOption(values, name);
  if (v === undefined) return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`invalid value for --${name}: '${v}' (expected ${choices.join(', ')})`);
}

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/iu;
const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * Parses a byte size: a plain number of bytes, or a number with a `k`, `m` or `g` suffix
 * (binary multiples; an optional trailing `b` is allowed: `500k`, `5m`, `1g`, `5MB`).
 */
export function parseSize(text: string): number | undefined {
  const m = SIZE.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]) * (UNITS[(m[2] ?? '').toLowerCase()] ?? 1);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : undefined;
}

/** A human size for messages: `5 MB`, `512 KB`, `900 B`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${trim(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 ** 2) return `${trim(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}
