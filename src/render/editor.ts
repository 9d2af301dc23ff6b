/**
 * The multi-line editor on screen: the question, the text with a visible cursor, wrapped to the
 * terminal at word boundaries, and a line under it with the live count and how to finish.
 */
import wrapAnsi from 'wrap-ansi';
import type { TextBuffer } from '../core/editor/buffer.js';
import type { Style } from './style.js';

export interface EditorView {
  message: string;
  /** Under the text: the live count and feedback. */
  status: string;
  /** How to finish (and open the editor), in the learner's language. */
  help: string;
  width: number;
  style: Style;
}

const GUTTER = '  │ ';
const INVERSE = (s: string) => `\u001b[7m${s}\u001b[27m`;

/** Wraps a message for a prompt: no word cut, continuation lines indented under the prefix. */
export function wrapMessage(message: string, width: number, indent = 2): string {
  return message
    .split('\n')
    .map((line, i) =>
      wrapAnsi(line, Math.max(20, width - indent), { hard: true })
        .split('\n')
        .map((l, j) => (i + j === 0 ? l : ' '.repeat(indent) + l))
        .join('\n'),
    )
    .join('\n');
}

/** The editor while it is open: its rows, with the cursor shown in inverse video. */
export function editorScreen(buffer: TextBuffer, v: EditorView): { content: string; bottom: string } {
  const textWidth = Math.max(20, v.width - GUTTER.length);
  const rows = buffer.lines.flatMap((line, r) => {
    const cps = Array.from(line);
    const shown =
      r === buffer.row
        ? [...cps.slice(0, buffer.col), INVERSE(cps[buffer.col] ?? ' '), ...cps.slice(buffer.col + 1)].join('')
        : line;
    return wrapAnsi(shown, textWidth, { hard: true, trim: false }).split('\n');
  });
  const content = [
    wrapMessage(`${v.style.cyan('?')} ${v.message}`, v.width),
    ...rows.map((r) => v.style.dim(GUTTER) + r),
  ].join('\n');
  const bottom = [v.status, v.help]
    .filter(Boolean)
    .map((l) => `  ${wrapMessage(v.style.dim(l), v.width, 2)}`)
    .join('\n');
  return { content: `\u001b[?25l${content}`, bottom };
}

/** The editor once done: the question and the text as it was kept, without cursor. */
export function editorDone(text: string, v: Pick<EditorView, 'message' | 'width' | 'style'>): string {
  const textWidth = Math.max(20, v.width - GUTTER.length);
  const rows = text.split('\n').flatMap((line) => wrapAnsi(line, textWidth, { hard: true, trim: false }).split('\n'));
  return [wrapMessage(`${v.style.dim('•')} ${v.message}`, v.width), ...rows.map((r) => v.style.dim(GUTTER) + r)].join(
    '\n',
  );
}
