/** Word-wrapping for the terminal report's sentences (reasons, advice): nothing is cut, long words break. */
import wrapAnsi from 'wrap-ansi';

/** `text` on as many lines as it takes, each indented by `indent` spaces and within `width` columns. */
export function wrapIndented(text: string, width: number, indent: number): string[] {
  const room = Math.max(8, width - indent);
  return wrapAnsi(text, room, { hard: true, trim: true })
    .split('\n')
    .map((l) => `${' '.repeat(indent)}${l}`);
}
