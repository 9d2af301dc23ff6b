/** A pasted link as the learner gives it: trimmed and unwrapped (a lesson's own pattern is in url-pattern.ts). */

/** Pairs people wrap links in when pasting from mail, chat or Markdown. */
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201C', '\u201D'],
  ['\u2018', '\u2019'],
  ['\u00AB', '\u00BB'],
];

/** Trims a pasted link and strips surrounding <>, quotes or guillemets (repeatedly: `"<…>"`). */
export function cleanLinkInput(input: string): string {
  let s = input.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [open, close] of WRAPPERS) {
      if (s.length >= open.length + close.length && s.startsWith(open) && s.endsWith(close)) {
        s = s.slice(open.length, s.length - close.length).trim();
        changed = true;
      }
    }
  }
  return s;
}
