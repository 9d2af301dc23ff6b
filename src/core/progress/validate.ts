/**
 * Reads a stored progress document defensively: migrates older schema versions, refuses newer
 * ones, and checks the shape by hand (no schema library on the start-up path). Pure.
 */
import { parseStrictJson } from '../strict-json.js';
import { emptyStore, STORE_VERSION, type Store } from './types.js';

export type StoreProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'wrong-shape'; field: string }
  | { kind: 'future-version'; version: number };

export type Checked = { ok: true; store: Store; migratedFrom?: number } | { ok: false; problem: StoreProblem };

/** Each migration takes the document of version N and returns version N+1. Add one per schema change. */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // 0: documents written before the schema carried a version (none shipped; kept as the pattern).
  0: (doc) => ({ ...emptyStore(), ...doc, schemaVersion: 1 }),
  // 1 → 2: completions remember when their attempt started (the sponsor's record needs it);
  // older ones take their completion time. The optional `enrollment` field arrives empty.
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    history: Object.fromEntries(
      Object.entries(isObject(doc.history) ? doc.history : {}).map(([id, list]) => [
        id,
        Array.isArray(list)
          ? list.map((c) => (isObject(c) && c.startedAt === undefined ? { ...c, startedAt: c.completedAt } : c))
          : list,
      ]),
    ),
  }),
  // 2 → 3: the daily loop (`coach today`: practices offered and done, review answers) starts empty.
  2: (doc) => ({ ...doc, schemaVersion: 3, daily: { practice: [], reviews: {} } }),
};

export function checkStoreText(input: string): Checked {
  // Some editors add a byte-order mark when they save: it is not damage.
  const text = input.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The parser's own message may quote the file (a draft, a secret): only where it breaks.
    return {
      ok: false,
      problem: { kind: 'not-json', detail: text.trim() === '' ? 'the file is empty' : wherePartBreaks(text) },
    };
  }
  return checkStore(raw);
}

function wherePartBreaks(text: string): string {
  const r = parseStrictJson(text);
  return !r.ok && r.problem.kind !== 'duplicate'
    ? `line ${r.problem.line}, column ${r.problem.column}`
    : 'not valid JSON';
}

export function checkStore(raw: unknown): Checked {
  if (!isObject(raw)) return bad('(the whole file)');
  let doc = raw;
  const version = doc.schemaVersion === undefined ? 0 : doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return bad('schemaVersion');
  if (version > STORE_VERSION) return { ok: false, problem: { kind: 'future-version', version } };
  for (let v = version; v < STORE_VERSION; v++) doc = MIGRATIONS[v]!(doc);
  const field = shapeProblem(doc);
  if (field) return bad(field);
  return { ok: true, store: doc as unknown as Store, ...(version < STORE_VERSION && { migratedFrom: version }) };
}

const STATUSES = ['in-progress', 'completed'];
const MODES = ['live', 'draft'];
const KINDS = ['reading', 'task', 'quiz', 'reflect', 'checklist'];

/** The first field that does not have the expected shape, or undefined. */
function shapeProblem(doc: Record<string, unknown>): string | undefined {
  if (!isObject(doc.settings)) return 'settings';
  for (const key of ['lang', 'name', 'network'] as const) {
    if (doc.settings[key] !== undefined && typeof doc.settings[key] !== 'string') return `settings.${key}`;
  }
  if (!isObject(doc.lessons)) return 'lessons';
  for (const [id, p] of Object.entries(doc.lessons)) {
    // Lesson ids are kebab-case (as every lesson folder's); anything else came from elsewhere
    // (an edited backup) and is named escaped, never raw: it may hold terminal sequences.
    if (!isLessonId(id)) return `lessons[${JSON.stringify(id.slice(0, 80))}]`;
    const at = `lessons.${id}`;
    if (!isObject(p)) return at;
    if (!STATUSES.includes(p.status as string)) return `${at}.status`;
    if (!MODES.includes(p.mode as string)) return `${at}.mode`;
    for (const n of ['lessonVersion', 'stepsTotal', 'stepsDone', 'activeMs'] as const) {
      if (!isCount(p[n])) return `${at}.${n}`;
    }
    if ((p.stepsDone as number) > (p.stepsTotal as number)) return `${at}.stepsDone`;
    for (const d of ['startedAt', 'updatedAt'] as const) if (!isDate(p[d])) return `${at}.${d}`;
    if (p.completedAt !== null && !isDate(p.completedAt)) return `${at}.completedAt`;
    if (!Array.isArray(p.results) || p.results.some((r) => !isObject(r) || !KINDS.includes(r.kind as string)))
      return `${at}.results`;
  }
  if (doc.enrollment !== undefined) {
    const e = doc.enrollment;
    // Checked in full by `coach enroll`; here only what the coach relies on.
    if (
      !isObject(e) ||
      !isObject(e.learner) ||
      typeof e.learner.id !== 'string' ||
      !isObject(e.program) ||
      typeof e.program.id !== 'string' ||
      typeof e.key !== 'string' ||
      !Array.isArray(e.program.required)
    )
      return 'enrollment';
  }
  if (doc.programLessons !== undefined && typeof doc.programLessons !== 'string') return 'programLessons';
  if (!isObject(doc.history)) return 'history';
  for (const [id, list] of Object.entries(doc.history)) {
    if (!isLessonId(id)) return `history[${JSON.stringify(id.slice(0, 80))}]`;
    if (!Array.isArray(list) || list.some((c) => !isObject(c) || !isDate(c.completedAt) || !isDate(c.startedAt)))
      return `history.${id}`;
  }
  return dailyProblem(doc.daily);
}

/** The daily loop's log: days are calendar days, lessons are ids, places count from 1. */
function dailyProblem(daily: unknown): string | undefined {
  if (!isObject(daily)) return 'daily';
  if (!Array.isArray(daily.practice)) return 'daily.practice';
  for (const [i, p] of daily.practice.entries()) {
    const ok =
      isObject(p) &&
      isDay(p.day) &&
      typeof p.lesson === 'string' &&
      isLessonId(p.lesson) &&
      isPlace(p.index) &&
      isDate(p.offeredAt) &&
      (p.doneAt === undefined || isDate(p.doneAt)) &&
      (p.evidence === undefined || typeof p.evidence === 'string');
    if (!ok) return `daily.practice[${i}]`;
  }
  if (!isObject(daily.reviews)) return 'daily.reviews';
  for (const [id, list] of Object.entries(daily.reviews)) {
    if (!isLessonId(id)) return `daily.reviews[${JSON.stringify(id.slice(0, 80))}]`;
    if (
      !Array.isArray(list) ||
      list.some(
        (a) => !isObject(a) || !isPlace(a.quiz) || !isDay(a.day) || !isDate(a.at) || typeof a.correct !== 'boolean',
      )
    )
      return `daily.reviews.${id}`;
  }
  return undefined;
}

function isDay(v: unknown): boolean {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
}
function isPlace(v: unknown): boolean {
  return isCount(v) && (v as number) >= 1;
}

function isLessonId(id: string): boolean {
  return id.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

function bad(field: string): Checked {
  return { ok: false, problem: { kind: 'wrong-shape', field } };
}
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isCount(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function isDate(v: unknown): boolean {
  return typeof v === 'string' && !Number.isNaN(Date.parse(v));
}
