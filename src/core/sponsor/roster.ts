/**
 * Reads the sponsor's roster: CSV with a header row, an id column required; name (or first and
 * last names), e-mail, department, language (en or fr) and manager optional, under their French or
 * English names (roster-headers.ts). Comma, semicolon or tab separated (French Excel writes
 * semicolons, "Texte Unicode" tabs), quoted fields (RFC 4180, read by roster-csv.ts). From bytes,
 * the encoding is detected first (roster-decode.ts). Pure.
 *
 * Bad rows come back with their line number, and the good rows are kept. Some problems make the
 * whole roster unusable (`refused`): no header or no id column, a file that is not text, control
 * characters no spreadsheet writes, and two ids that differ only in case. Ids are never changed
 * (learner keys derive from the exact id), and such ids would be one file on Windows and macOS.
 */
import { idSchema } from './formats.js';
import { detectDelimiter, lineAt, splitCsv } from './roster-csv.js';
import { decodeRoster, type RosterEncoding } from './roster-decode.js';
import { type HeaderMap, mapHeader, type RosterColumn } from './roster-headers.js';

export interface RosterEntry {
  id: string;
  name?: string;
  email?: string;
  department?: string;
  /** The learner's manager, as the roster names them (kept for HR's reports; never sent to the learner). */
  manager?: string;
  /** The learner's language, from an optional lang column. */
  lang?: 'en' | 'fr';
  /** 1-based line of the row in the file. */
  line: number;
}
export type RosterProblemCode =
  | 'empty'
  | 'no-id-column'
  | 'no-id'
  | 'bad-id'
  | 'duplicate-id'
  | 'bad-field'
  | 'bad-email'
  | 'bad-lang'
  | 'unknown-column'
  | 'repeated-column'
  | 'case-duplicate-id'
  | 'control-char'
  | 'xlsx'
  | 'xls'
  | 'binary'
  | 'bad-encoding';
/** A bad row: its line (0: the whole file) and what is wrong, as a code the interface words in the user's language (src/i18n). */
export interface RosterProblem {
  line: number;
  code: RosterProblemCode;
  params: Record<string, string | number>;
}
export interface Roster {
  entries: RosterEntry[];
  problems: RosterProblem[];
  delimiter: ',' | ';' | '\t';
  /** How the bytes were decoded (parseRosterBytes only). */
  encoding?: RosterEncoding;
  /** True when the roster cannot be used at all: `entries` is then empty. */
  refused: boolean;
}

const FATAL: ReadonlySet<RosterProblemCode> = new Set([
  'empty',
  'no-id-column',
  'case-duplicate-id',
  'control-char',
  'xlsx',
  'xls',
  'binary',
  'bad-encoding',
]);
/** Whether a problem makes the whole roster unusable (the others only skip a row, or warn). */
export function isFatal(code: RosterProblemCode): boolean {
  return FATAL.has(code);
}

const MAX_FIELD = 200;
// Tab, CR and LF are the only control characters a spreadsheet writes in a CSV file.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A roster file's bytes: decoded (UTF-8, UTF-16 or Windows-1252), then parsed. */
export function parseRosterBytes(bytes: Uint8Array): Roster {
  const decoded = decodeRoster(bytes);
  if (!decoded.ok) return { entries: [], problems: [problem(0, decoded.problem)], delimiter: ',', refused: true };
  return { ...parseRoster(decoded.text), encoding: decoded.encoding };
}

export function parseRoster(text: string): Roster {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(source);
  const refuse = (p: RosterProblem): Roster => ({ entries: [], problems: [p], delimiter, refused: true });
  const control = CONTROL.exec(source);
  if (control)
    return refuse(
      problem(lineAt(source, control.index), 'control-char', {
        char: `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      }),
    );
  const rows = splitCsv(source, delimiter);
  const header = rows[0];
  if (!header || header.fields.every((f) => f.trim() === '')) return refuse(problem(1, 'empty'));
  const columns = mapHeader(header.fields);
  if (columns.index.id === undefined)
    return refuse(
      problem(header.line, 'no-id-column', {
        found:
          header.fields
            .map((f) => f.trim())
            .filter(Boolean)
            .join(', ') || '-',
      }),
    );
  const problems: RosterProblem[] = [];
  if (columns.unknown.length > 0)
    problems.push(problem(header.line, 'unknown-column', { columns: columns.unknown.map(printable).join(', ') }));
  if (columns.repeated.length > 0)
    problems.push(problem(header.line, 'repeated-column', { columns: columns.repeated.map(printable).join(', ') }));
  const seen = new Map<string, number>();
  const entries: RosterEntry[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.every((f) => f.trim() === '')) continue; // blank lines, common at the end of exported files
    const read = readRow(row, columns, seen);
    if ('code' in read) problems.push(read);
    else {
      seen.set(read.id, read.line);
      entries.push(read);
    }
  }
  const clashes = caseClashes(entries);
  if (clashes.length > 0) return { entries: [], problems: [...problems, ...clashes], delimiter, refused: true };
  return { entries, problems, delimiter, refused: false };
}

/** One row: the entry, or what is wrong with it. */
function readRow(
  row: { fields: string[]; line: number },
  columns: HeaderMap,
  seen: ReadonlyMap<string, number>,
): RosterEntry | RosterProblem {
  const get = (c: RosterColumn) => {
    const i = columns.index[c];
    return i === undefined ? '' : (row.fields[i] ?? '').trim();
  };
  const id = get('id');
  if (!id) return problem(row.line, 'no-id');
  if (!idSchema.safeParse(id).success) return problem(row.line, 'bad-id', { id: printable(id) });
  if (seen.has(id)) return problem(row.line, 'duplicate-id', { id, first: seen.get(id)! });
  const entry: RosterEntry = { id, line: row.line };
  const values = {
    name: get('name') || [get('firstName'), get('lastName')].filter(Boolean).join(' '),
    email: get('email'),
    department: get('department'),
    manager: get('manager'),
  };
  for (const [c, v] of Object.entries(values) as [keyof typeof values, string][]) {
    if (!v) continue;
    // Line breaks pass the file-wide check (quoted fields may hold them) but never belong in a name
    // or an address: they would end a header in a reminder e-mail or a row in a report.
    if (v.length > MAX_FIELD || /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/.test(v))
      return problem(row.line, 'bad-field', { column: c });
    if (c === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v))
      return problem(row.line, 'bad-email', { value: printable(v) });
    entry[c] = v;
  }
  // The learner's language (reminders are written in it): en or fr, as written or as a locale (fr-FR).
  const lang = get('lang').toLowerCase().slice(0, 2);
  if (lang === 'en' || lang === 'fr') entry.lang = lang;
  else if (get('lang') !== '') return problem(row.line, 'bad-lang', { value: printable(get('lang')) });
  return entry;
}

/** Ids that differ only in case: one learner or two? The roster cannot say, so it is refused, naming both lines. */
function caseClashes(entries: readonly RosterEntry[]): RosterProblem[] {
  const byFolded = new Map<string, RosterEntry>();
  const clashes: RosterProblem[] = [];
  for (const e of entries) {
    const first = byFolded.get(e.id.toLowerCase());
    if (first) clashes.push(problem(e.line, 'case-duplicate-id', { id: e.id, other: first.id, first: first.line }));
    else byFolded.set(e.id.toLowerCase(), e);
  }
  return clashes;
}

function problem(line: number, code: RosterProblemCode, params: Record<string, string | number> = {}): RosterProblem {
  return { line, code, params };
}

function printable(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F]/g, '?').slice(0, 60);
}
