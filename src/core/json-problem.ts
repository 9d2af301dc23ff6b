/** What is wrong with a JSON text (src/core/strict-json.ts), said by line and column, never by quoting it. Pure. */

export type JsonProblem =
  | { kind: 'syntax'; line: number; column: number }
  | { kind: 'duplicate'; path: string; line: number; column: number }
  | { kind: 'too-deep'; line: number; column: number };

/** Line and column (from 1, in UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The problem in plain English, for messages that are not translated (record verdict details). */
export function jsonProblemText(p: JsonProblem): string {
  if (p.kind === 'duplicate')
    return `the name "${p.path}" appears twice (line ${p.line}, column ${p.column}); a file must say each thing once`;
  if (p.kind === 'too-deep') return `nested too deeply (line ${p.line}, column ${p.column})`;
  return `not valid JSON at line ${p.line}, column ${p.column}`;
}
