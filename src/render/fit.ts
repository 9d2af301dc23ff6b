/** Fitting text into terminal columns by display width (accents, wide characters, colours), never mid-word in a wrap. */
import stringWidth from 'string-width';

/** Cuts `s` to at most `width` columns, ending with "…" when something was cut. */
export function truncate(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** Pads `s` with spaces to `width` columns (by display width). */
export function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

export { stringWidth };
