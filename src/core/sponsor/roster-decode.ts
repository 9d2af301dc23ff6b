/**
 * The bytes of a roster as HR's tools write them, turned into text. Excel alone writes four kinds:
 * "CSV UTF-8" (UTF-8 with a byte-order mark), "CSV" (the machine's code page: Windows-1252 in
 * France), "Texte Unicode" (UTF-16 LE with a byte-order mark, tab-separated), and the workbook
 * itself (.xlsx, a zip). The encoding is read from the byte-order mark; without one, UTF-8 when the
 * bytes are valid UTF-8, else Windows-1252 (any byte sequence decodes, so the decoded text is
 * checked for control characters afterwards). Pure.
 */

export type RosterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecodeProblem = 'xlsx' | 'xls' | 'binary' | 'bad-encoding';
export type Decoded = { ok: true; text: string; encoding: RosterEncoding } | { ok: false; problem: DecodeProblem };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound file of Excel 97–2003 (.xls). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function decodeRoster(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, ZIP)) return { ok: false, problem: 'xlsx' };
  if (startsWith(bytes, OLE2)) return { ok: false, problem: 'xls' };
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    // fatal: a UTF-16 file with a lone surrogate is not guessed at.
    text =
      encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'bad-encoding' };
  }
  // NUL never appears in a text roster: the file is something else (a PDF, an image, a database).
  if (text.includes('\u0000')) return { ok: false, problem: 'binary' };
  return { ok: true, text, encoding };
}

function encodingOf(bytes: Uint8Array): RosterEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  // UTF-16 without its mark: an ASCII header gives a zero byte after (LE) or before (BE) each letter.
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it. Not through TextDecoder: Node 20 decodes
 * 'windows-1252' as ISO-8859-1, which turns œ, €, ’ and « » into control characters. The five
 * bytes Windows-1252 leaves undefined stay control characters (U+0081...), and are refused later.
 */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
