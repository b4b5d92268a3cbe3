import type { CliIo } from './io';

/** Minimum time between two redraws, so progress costs nothing measurable. */
const REDRAW_MS = 100;

/**
 * A one-line progress indicator on stderr (`scanning 120/500 files, 3.2 MB/s`), redrawn in
 * place. It only draws when stderr is a terminal; `end()` erases it.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  private files = 0;
  private bytes = 0;

  constructor(
    private readonly io: CliIo,
    private readonly totalFiles: number,
    private readonly enabled: boolean,
  ) {}

  /** Counts finished files and redraws when enough time has passed. */
  advance(files: number, bytes: number): void {
    this.files += files;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (this.drawn && now - this.lastDraw < REDRAW_MS && this.files < this.totalFiles) return;
    this.lastDraw = now;
    this.drawn = true;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.bytes / (1024 * 1024) / seconds;
    this.io.stderr(`\r\x1b[Kscanning ${this.files}/${this.totalFiles} files, ${rate.toFixed(1)} MB/s`);
  }

  /** Erases the progress line, if one was drawn. */
  end(): void {
    if (this.drawn) this.io.stderr('\r\x1b[K');
    this.drawn = false;
  }
}
