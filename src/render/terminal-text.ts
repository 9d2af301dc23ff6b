/** Small text helpers for terminal output: progress bars, padding, removal of control characters. */

/** A bar such as "████░░░░░░" (or "####------" without Unicode-friendly output). */
export function bar(done: number, total: number, width = 10, ascii = false): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  const [full, empty] = ascii ? ['#', '-'] : ['█', '░'];
  return full.repeat(filled) + empty.repeat(width - filled);
}

/** Pads to a width counted in code points (titles carry accents). */
export function pad(s: string, width: number): string {
  const length = [...s].length;
  return length >= width ? s : s + ' '.repeat(width - length);
}

/**
 * Removes terminal control sequences and characters from text that came from a file or a user,
 * so nothing read can drive the terminal (move the cursor, change the title, hide text).
 */
export function stripControl(s: string): string {
  return s
    .replace(/\u001B\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}
