/**
 * Reads the sponsor's roster: CSV with a header row, `id` required, `name`, `email`, `department`,
 * `lang` (en or fr) optional; UTF-8 with or without BOM, comma or semicolon separated (French Excel writes
 * semicolons), quoted fields (RFC 4180). Pure. Bad rows come back with their line number, and
 * the good rows are kept.
 */
import { idSchema } from './formats.js';

export interface RosterEntry {
  id: string;
  name?: string;
  email?: string;
  department?: string;
  /** The learner's language, from an optional lang column. */
  lang?: 'en' | 'fr';
  /** 1-based line of the row in the file. */
  line: number;
}
export type RosterProblemCode = 'empty' | 'no-id-column' | 'no-id' | 'bad-id' | 'duplicate-id' | 'bad-field' | 'bad-email' | 'bad-lang';
/** A bad row: its line and what is wrong, as a code the interface words in the user's language (src/i18n). */
export interface RosterProblem {
  line: number;
  code: RosterProblemCode;
  params: Record<string, string | number>;
}
export interface Roster {
  entries: RosterEntry[];
  problems: RosterProblem[];
  delimiter: ',' | ';';
}

const COLUMNS = ['id', 'name', 'email', 'department', 'lang'] as const;
const MAX_FIELD = 200;

export function parseRoster(text: string): Roster {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(source);
  const rows = splitCsv(source, delimiter);
  const problems: RosterProblem[] = [];
  const header = rows[0];
  if (!header || header.fields.every((f) => f.trim() === '')) return { entries: [], problems: [problem(1, 'empty')], delimiter };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  if (index.id < 0) return { entries: [], problems: [problem(header.line, 'no-id-column', { found: names.join(', ') || '-' })], delimiter };
  const seen = new Map<string, number>();
  const entries: RosterEntry[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.every((f) => f.trim() === '')) continue; // blank lines, common at the end of exported files
    const get = (c: (typeof COLUMNS)[number]) => (index[c] >= 0 ? (row.fields[index[c]] ?? '').trim() : '');
    const id = get('id');
    const idCheck = idSchema.safeParse(id);
    if (!id) problems.push(problem(row.line, 'no-id'));
    else if (!idCheck.success) problems.push(problem(row.line, 'bad-id', { id: printable(id) }));
    else if (seen.has(id)) problems.push(problem(row.line, 'duplicate-id', { id, first: seen.get(id)! }));
    else {
      const extra: Partial<RosterEntry> = {};
      let bad: RosterProblem | undefined;
      for (const c of ['name', 'email', 'department'] as const) {
        const v = get(c);
        if (!v) continue;
        if (v.length > MAX_FIELD || /[\u0000-\u001F\u007F-\u009F]/.test(v)) bad = problem(row.line, 'bad-field', { column: c });
        else if (c === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) bad = problem(row.line, 'bad-email', { value: printable(v) });
        else extra[c] = v;
      }
      // The learner's language (reminders are written in it): en or fr, as written or as a locale (fr-FR).
      const lang = get('lang').toLowerCase().slice(0, 2);
      if (lang === 'en' || lang === 'fr') extra.lang = lang;
      else if (get('lang') !== '') bad = problem(row.line, 'bad-lang', { value: printable(get('lang')) });
      if (bad) problems.push(bad);
      else {
        seen.set(id, row.line);
        entries.push({ id, line: row.line, ...extra });
      }
    }
  }
  return { entries, problems, delimiter };
}

/** The header line decides: whichever of ; and , appears more often outside quotes. */
function detectDelimiter(text: string): ',' | ';' {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const outside = first.replace(/"[^"]*"/g, '');
  return (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** RFC 4180 fields, with the line each record starts on (quoted fields may span lines). */
function splitCsv(text: string, delimiter: string): { fields: string[]; line: number }[] {
  const rows: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ fields, line: rowLine });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ fields, line: rowLine });
  }
  return rows;
}

function problem(line: number, code: RosterProblemCode, params: Record<string, string | number> = {}): RosterProblem {
  return { line, code, params };
}

function printable(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F]/g, '?').slice(0, 60);
}
