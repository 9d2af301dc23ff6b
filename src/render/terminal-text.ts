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

const ANSI = /\u001B\[[0-9;]*m/g;

/** Visible width of a string that may hold colour codes (code points, not UTF-16 units). */
export function visibleWidth(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

/**
 * Word-wraps each line to `width` visible columns, keeping colour codes intact, so the terminal
 * never breaks a word at its edge. Words longer than the width (links) stay whole.
 */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (visibleWidth(line) <= width) return line;
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      const words = line.slice(indent.length).split(/ +/);
      const lines: string[] = [];
      let current = indent;
      for (const word of words) {
        const candidate = current.trim() === '' ? current + word : `${current} ${word}`;
        if (visibleWidth(candidate) > width && current.trim() !== '') {
          lines.push(current);
          current = indent + word;
        } else current = candidate;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}
