import type { Locale } from '../core/index.js';
import { RUN, stderrLine } from './messages.js';

interface ErrIo {
  errIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  err(s: string): void;
}

/**
 * A progress line on stderr for long runs (`nianbao: 120/1000 reports/2024.md`), redrawn in place. Shown only
 * when stderr is a terminal, there is more than one file, the run has taken more than half a second, and it is not
 * a CI run (`CI` set); redrawn at most every 100 ms.
 */
export class Progress {
  private readonly started: number;
  private last = 0;
  private shown = false;
  private n = 0;

  /** How long a run must have taken before the line appears (ms); `NIANBAO_PROGRESS_AFTER_MS` changes it. */
  private readonly after: number;

  /** `locale`: the language of the line, asked at each redraw (the run's locale may come from the first config read). */
  constructor(private readonly total: number, private readonly io: ErrIo, private readonly locale: () => Locale = () => 'zh', private readonly now: () => number = Date.now) {
    const raw = io.env.NIANBAO_PROGRESS_AFTER_MS;
    const v = raw ? Number(raw) : NaN;
    this.after = Number.isFinite(v) && v >= 0 ? v : 500;
    this.started = now();
  }

  private get enabled(): boolean {
    return Boolean(this.io.errIsTTY) && this.total > 1 && !this.io.env.CI;
  }

  tick(path: string): void {
    this.n++;
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.started < this.after || (this.shown && t - this.last < 100)) return;
    this.last = t;
    this.shown = true;
    const cols = Math.max(20, Number(this.io.env.COLUMNS) || 80);
    const line = stderrLine(this.locale(), RUN.progress(this.n, this.total, path)).slice(0, -1);
    this.io.err(`\r\x1b[K${line.length > cols - 1 ? line.slice(0, cols - 2) + '…' : line}`);
  }

  /** Clears the line before something else is written to stderr; the next tick draws it again. */
  clear(): void {
    if (this.shown) this.io.err('\r\x1b[K');
    this.shown = false;
  }

  /** Clears the line (nothing was printed when the run was short). */
  done(): void {
    if (this.shown) this.io.err('\r\x1b[K');
    this.shown = false;
  }
}

/**
 * The exit code of `nianbao check`: 2 when the tool could not check everything it was given, 1 when there is an
 * error-severity finding or more warnings than `--max-warnings` (counting those `--quiet` does not list, as ESLint
 * does), else 0.
 */
export function exitCode(tally: { errors: number; warnings: number }, o: { failed: boolean; maxWarnings?: number; quiet?: boolean; io: ErrIo; locale: Locale }): number {
  if (o.failed) return 2;
  if (tally.errors > 0) return 1;
  if (o.maxWarnings !== undefined && tally.warnings > o.maxWarnings) {
    o.io.err(stderrLine(o.locale, RUN.maxWarnings(tally.warnings, o.maxWarnings, o.quiet)));
    return 1;
  }
  return 0;
}
