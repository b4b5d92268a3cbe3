// Wires the CLI to the real process.
// The CLI proper (bundled as dist/cliMain.js, loaded by the launcher dist/cli.js, see launcher.ts).
// First import: V8 flags must be set before any rule's regex is created (see v8Flags).
import './v8Flags';
import { fstatSync } from 'node:fs';
import type { CliIo } from './io';
import { run } from './main';

function isStdinPiped(): boolean {
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isFile() || st.isSocket();
  } catch {
    return false;
  }
}

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

// A closed pipe (`prompt-hygiene scan . | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const io: CliIo = {
  cwd: process.cwd(),
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
  readStdin,
  isTTY: process.stderr.isTTY === true,
  env: process.env,
  stdinIsPiped: isStdinPiped(),
};

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // Exit once everything written has been flushed (pipes may be asynchronous).
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
