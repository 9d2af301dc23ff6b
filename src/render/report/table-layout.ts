/**
 * Fits an aligned text table into a terminal width: long cells are cut with "…" rather than
 * wrapped (a wrapped row no longer reads as a row), long headers go onto a second line first.
 */
import type { Style } from '../style.js';

/** One column: its header, its cells (already cleaned of control characters), how it gives way. */
export interface Column {
  header: string;
  cells: string[];
  align: 'left' | 'right';
  /**
   * Flexible columns (names, departments) are cut first, down to these widths in turn; fixed
   * columns (dates, numbers, statuses) keep their content whole as long as anything else can give.
   */
  flex?: [soft: number, firm: number];
  /** Styles a cell's text of row `row` after it is cut, so colour never counts in the width. */
  paint?: (text: string, row: number) => string;
}

// Code points that take two columns (CJK, Hangul, full-width forms, most emoji) or none (combining marks).
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
// An alternation of the same ranges: in one class, a character followed by a variation selector reads as one character.
const ZERO = /[\u0300-\u036F]|[\u200B-\u200D]|[\uFE00-\uFE0F]/u;

function charWidth(ch: string): number {
  return ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
}

/** Columns a plain string takes on a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Cuts to `width` columns, ending with "…" when something was cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pads to `width`, painting only the text: padding stays plain so a line's trailing spaces can be trimmed. */
function align(s: string, width: number, how: 'left' | 'right', paint: (s: string) => string = (x) => x): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(s)));
  const painted = s === '' ? '' : paint(s);
  return how === 'right' ? gap + painted : painted + gap;
}

/** Header words on at most two lines of `width`; what does not fit is cut. */
function headerLines(header: string, width: number): [string, string] {
  if (displayWidth(header) <= width) return [header, ''];
  const words = header.split(' ');
  let first = words.shift() ?? '';
  while (words.length > 0 && displayWidth(`${first} ${words[0]}`) <= width) first += ` ${words.shift()}`;
  return [truncate(first, width), truncate(words.join(' '), width)];
}

const longestWord = (s: string) => Math.max(...s.split(' ').map(displayWidth));

/**
 * Column widths that fit `available` columns, cutting in stages from the least to the most
 * damaging: long names to a comfortable width, long headers onto two lines, names further,
 * header words, then anything. Null when the columns cannot fit even one character each.
 */
export function fitWidths(columns: Column[], available: number): number[] | null {
  const content = columns.map((c) => Math.max(1, ...c.cells.map(displayWidth)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), content[i]!));
  const stages: ((i: number) => number)[] = [
    (i) => columns[i]!.flex?.[0] ?? widths[i]!,
    (i) => (columns[i]!.flex ? widths[i]! : Math.max(content[i]!, longestWord(columns[i]!.header))),
    (i) => columns[i]!.flex?.[1] ?? widths[i]!,
    (i) => (columns[i]!.flex ? widths[i]! : content[i]!),
    (i) => (columns[i]!.flex ? 4 : widths[i]!),
    () => 1,
  ];
  const total = () => widths.reduce((a, b) => a + b, 0);
  for (const floor of stages) {
    // Widest first, one column at a time, so the cut is shared instead of falling on one column.
    while (total() > available) {
      let pick = -1;
      widths.forEach((w, i) => {
        if (w > floor(i) && (pick < 0 || w > widths[pick]!)) pick = i;
      });
      if (pick < 0) break;
      widths[pick]!--;
    }
  }
  return total() <= available ? widths : null;
}

/**
 * The table as lines no wider than `width`. Columns that cannot fit at all are dropped from the
 * right, so a very narrow terminal still gets the names and statuses.
 */
export function layoutTable(columns: Column[], width: number, style: Style, gap = 2): string[] {
  let cols = columns;
  let widths = fitWidths(cols, width - gap * (cols.length - 1));
  while (widths === null && cols.length > 1) {
    cols = cols.slice(0, -1);
    widths = fitWidths(cols, width - gap * (cols.length - 1));
  }
  if (widths === null) return [];
  const sep = ' '.repeat(gap);
  const heads = cols.map((c, i) => headerLines(c.header, widths[i]!));
  // Headers sit on the line next to the data; only those that had to break use the line above.
  const twoLines = heads.some(([, second]) => second !== '');
  const top = heads.map(([first, second]) => (second === '' ? '' : first));
  const bottom = heads.map(([first, second]) => (second === '' ? first : second));
  const lines = (twoLines ? [top, bottom] : [bottom]).map((line) =>
    cols
      .map((c, i) => align(line[i]!, widths[i]!, c.align, style.bold))
      .join(sep)
      .trimEnd(),
  );
  const rows = cols[0]?.cells.length ?? 0;
  for (let r = 0; r < rows; r++) {
    const cells = cols.map((c, i) =>
      align(truncate(c.cells[r] ?? '', widths[i]!), widths[i]!, c.align, c.paint && ((s: string) => c.paint!(s, r))),
    );
    lines.push(cells.join(sep).trimEnd());
  }
  return lines;
}
