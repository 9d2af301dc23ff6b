/**
 * The text the learner writes, as lines and a cursor: pure edits (insert, new line, delete, move)
 * for the multi-line editor of text steps. Columns count code points, so an emoji or an accented
 * letter is one step of the cursor. The terminal prompt (src/io/prompts/write.ts) maps keys to
 * these edits and renders the result.
 */

export interface TextBuffer {
  readonly lines: readonly string[];
  readonly row: number;
  /** Column in code points. */
  readonly col: number;
}

const chars = (s: string): string[] => Array.from(s);

/** A buffer holding `text`, the cursor at its end. */
export function fromText(text: string): TextBuffer {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const row = lines.length - 1;
  return { lines, row, col: chars(lines[row]!).length };
}

/** The text as written, without the blank lines the learner left at its end. */
export function toText(buffer: TextBuffer): string {
  return buffer.lines.join('\n').replace(/\s+$/u, '');
}

/** Inserts typed or pasted text at the cursor; a line break in it starts a new line. */
export function insert(buffer: TextBuffer, text: string): TextBuffer {
  const pieces = text.replace(/\r\n?/g, '\n').split('\n');
  const line = chars(buffer.lines[buffer.row]!);
  const before = line.slice(0, buffer.col).join('');
  const after = line.slice(buffer.col).join('');
  const inserted = pieces.map((p, i) => (i === 0 ? before + p : p));
  const lastPiece = chars(pieces[pieces.length - 1]!).length;
  const col = pieces.length === 1 ? buffer.col + lastPiece : lastPiece;
  inserted[inserted.length - 1] += after;
  const lines = [...buffer.lines.slice(0, buffer.row), ...inserted, ...buffer.lines.slice(buffer.row + 1)];
  return { lines, row: buffer.row + pieces.length - 1, col };
}

export function newLine(buffer: TextBuffer): TextBuffer {
  return insert(buffer, '\n');
}

/** Deletes the character before the cursor; at the start of a line, joins it to the one above. */
export function backspace(buffer: TextBuffer): TextBuffer {
  if (buffer.col > 0) {
    const line = chars(buffer.lines[buffer.row]!);
    line.splice(buffer.col - 1, 1);
    return withLine(buffer, line.join(''), buffer.col - 1);
  }
  if (buffer.row === 0) return buffer;
  const above = buffer.lines[buffer.row - 1]!;
  const lines = [
    ...buffer.lines.slice(0, buffer.row - 1),
    above + buffer.lines[buffer.row]!,
    ...buffer.lines.slice(buffer.row + 1),
  ];
  return { lines, row: buffer.row - 1, col: chars(above).length };
}

/** Deletes the character under the cursor; at the end of a line, joins the next one. */
export function deleteForward(buffer: TextBuffer): TextBuffer {
  const line = chars(buffer.lines[buffer.row]!);
  if (buffer.col < line.length) {
    line.splice(buffer.col, 1);
    return withLine(buffer, line.join(''), buffer.col);
  }
  if (buffer.row === buffer.lines.length - 1) return buffer;
  const lines = [
    ...buffer.lines.slice(0, buffer.row),
    line.join('') + buffer.lines[buffer.row + 1]!,
    ...buffer.lines.slice(buffer.row + 2),
  ];
  return { lines, row: buffer.row, col: buffer.col };
}

export type Move = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

/** Moves the cursor; left and right cross line ends, up and down keep the column where they can. */
export function move(buffer: TextBuffer, where: Move): TextBuffer {
  const width = (row: number) => chars(buffer.lines[row]!).length;
  const { row, col } = buffer;
  switch (where) {
    case 'left':
      if (col > 0) return { ...buffer, col: col - 1 };
      return row > 0 ? { ...buffer, row: row - 1, col: width(row - 1) } : buffer;
    case 'right':
      if (col < width(row)) return { ...buffer, col: col + 1 };
      return row < buffer.lines.length - 1 ? { ...buffer, row: row + 1, col: 0 } : buffer;
    case 'up':
      return row > 0 ? { ...buffer, row: row - 1, col: Math.min(col, width(row - 1)) } : { ...buffer, col: 0 };
    case 'down':
      return row < buffer.lines.length - 1
        ? { ...buffer, row: row + 1, col: Math.min(col, width(row + 1)) }
        : { ...buffer, col: width(row) };
    case 'home':
      return { ...buffer, col: 0 };
    case 'end':
      return { ...buffer, col: width(row) };
  }
}

/**
 * Enter, typed (not pasted): a new line, or the end of the text when pressed on an empty last line
 * under another empty line ("Enter on two empty lines"). A single empty line is a paragraph break.
 */
export function enter(buffer: TextBuffer): { buffer: TextBuffer; finished: boolean } {
  const last = buffer.row === buffer.lines.length - 1;
  const empty = (row: number) => row >= 0 && buffer.lines[row]!.trim() === '';
  if (last && empty(buffer.row) && empty(buffer.row - 1)) return { buffer, finished: true };
  return { buffer: newLine(buffer), finished: false };
}

function withLine(buffer: TextBuffer, line: string, col: number): TextBuffer {
  const lines = [...buffer.lines];
  lines[buffer.row] = line;
  return { lines, row: buffer.row, col };
}
