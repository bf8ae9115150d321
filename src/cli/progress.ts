/**
 * A one-line progress bar on standard error, drawn only when standard error is a terminal (piped
 * or redirected output stays clean). Hand-rolled rather than a dependency: one line redrawn with
 * `\r` at most ten times a second is all `ingest` needs, and log lines (errors) must be able to
 * pass above the bar, which is two more lines here.
 */
import { terminalSafe } from '../render/escape.js';

export interface ProgressState {
  done: number;
  total: number;
  label: string;
}

export class ProgressBar {
  private last = 0;
  private shown = false;
  private state: ProgressState | null = null;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled: boolean = !!process.stderr.isTTY,
  ) {}

  update(state: ProgressState, force = false): void {
    this.state = state;
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    this.draw();
  }

  /** Print a line above the bar (an error or warning) without garbling either. */
  log(line: string): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    // The line names inputs and outlets (content): no control character reaches the terminal.
    this.stream.write(terminalSafe(line.replace(/\n+$/, '')) + '\n');
    if (this.shown) this.draw();
  }

  /** Remove the bar (before the summary is printed). */
  done(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(): void {
    const s = this.state;
    if (!s) return;
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const frac = s.total > 0 ? Math.min(1, s.done / s.total) : 0;
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? Math.round(s.done / secs) : 0;
    const info = ` ${String(Math.floor(frac * 100)).padStart(3)}% ${s.done.toLocaleString('en')}/${s.total.toLocaleString('en')} ${rate}/s ${s.label}`;
    const barWidth = Math.max(10, Math.min(30, width - info.length));
    const filled = Math.round(frac * barWidth);
    const line = ('[' + '#'.repeat(filled) + '-'.repeat(barWidth - filled) + ']' + info).slice(0, width);
    this.stream.write('\r\x1b[2K' + line);
    this.shown = true;
  }
}
