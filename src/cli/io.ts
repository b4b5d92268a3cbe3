/**
 * What the CLI needs from the outside world. `main.ts` takes it as a parameter so tests run
 * commands in-process with captured output; `bin.ts` wires it to the real process.
 */
export interface CliIo {
  /** Directory that relative paths (arguments and output) are relative to. */
  readonly cwd: string;
  readonly stdout: (chunk: string) => void;
  readonly stderr: (chunk: string) => void;
  /** Reads all of standard input. */
  readonly readStdin: () => Promise<Buffer>;
  /** True when stderr is a terminal (progress is shown only then). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * True when standard input is a pipe or a redirected file, so `scan` with no path reads it.
   * A terminal or `/dev/null` (as in CI) is not piped: `scan` then scans the current folder.
   */
  readonly stdinIsPiped?: boolean;
}
