/**
 * The report's progress line: on a terminal only (stderr), and only once the report has taken
 * more than a second (a quick report should not flicker). Erased at the end, so what follows
 * (the table, or "Report written to …") starts on a clean line.
 */
import type { Context } from '../../context.js';

const SHOW_AFTER_MS = 1000;
const EVERY_MS = 100;

export interface Progress {
  update(done: number): void;
  end(): void;
}

export function progressLine(ctx: Context, total: number, clock: () => number = () => performance.now()): Progress {
  if (!ctx.stderr.isTTY) return { update: () => undefined, end: () => undefined };
  const start = clock();
  let shownAt: number | null = null;
  return {
    update(done) {
      const t = clock();
      if (t - start < SHOW_AFTER_MS || (shownAt !== null && t - shownAt < EVERY_MS)) return;
      shownAt = t;
      const text = ctx.t.reportProgress.reading(Math.min(done, total), total);
      ctx.stderr.write(`\r${text.slice(0, Math.max(20, ctx.width - 1))}\u001b[K`);
    },
    end() {
      if (shownAt !== null) ctx.stderr.write('\r\u001b[K');
    },
  };
}
