/**
 * The one sanitiser for text that comes from outside (an LRS's messages, names from rosters and
 * enrolments, titles and ids from backups and programme files) on its way to any output:
 * terminal sequences and control characters are removed (they could move the cursor, retitle the
 * window, hide text), and so are bidirectional overrides and isolates and zero-width characters,
 * which reorder or hide what is displayed without being seen ("Trojan Source": `Bob\u202Egnp.exe`
 * shows as `Bobexe.png`). Tab and line breaks are kept: callers that need one line say so.
 */

/** Bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C). */
export const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Zero-width space, non-joiner, joiner, word joiner and the byte-order mark used inside text. */
export const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Every character this module removes, for tests and for checks that refuse rather than clean. */
export const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

/** CSI and OSC sequences first (so their parameters go with them), then lone control characters. */
const CSI = /\u001B\[[0-?]*[ -/]*[@-~]/g;
const OSC = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function sanitise(s: string): string {
  return s.replace(CSI, '').replace(OSC, '').replace(CONTROL, '').replace(BIDI, '').replace(ZERO_WIDTH, '');
}

/** The same, on one line: tabs and line breaks become spaces (a message or a table cell). */
export function sanitiseLine(s: string): string {
  return sanitise(s.replace(/[\t\n\r]+/g, ' '));
}
