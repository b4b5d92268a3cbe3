import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './args';
import { decodeBytes } from './decode';
import type { CliIo } from './io';

/** The text a command works on, and what to call it in messages. */
export interface InputText {
  readonly name: string;
  /** Absolute path, for files. */
  readonly abs?: string;
  readonly text: string;
}

/**
 * Reads a command's single input: the file named by the only positional, or standard input for
 * `-` (or for no positional when input is piped). Binary or missing input is a `UsageError`.
 */
export async function readInputText(command: string, positionals: readonly string[], io: CliIo): Promise<InputText> {
  if (positionals.length > 1) throw new UsageError(`${command}: expected one file or '-', got ${positionals.length} arguments`);
  const arg = positionals[0];
  let bytes: Uint8Array;
  let name: string;
  let abs: string | undefined;
  if (arg === '-' || (arg === undefined && io.stdinIsPiped === true)) {
    bytes = await io.readStdin();
    name = '<stdin>';
  } else if (arg === undefined) {
    throw new UsageError(`${command}: expected a file, or '-' to read standard input`);
  } else {
    abs = resolve(io.cwd, arg);
    name = arg;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : String(e);
      throw new UsageError(code === 'ENOENT' ? `no such file: ${arg}` : code === 'EISDIR' ? `${arg} is a folder, not a file` : `cannot read ${arg}: ${code}`);
    }
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') throw new UsageError(`${command}: ${name} looks binary (it has NUL bytes)`);
  return { name, abs, text: decoded.text };
}
