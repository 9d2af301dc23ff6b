/**
 * A fast, accept-only check of a completion record file, for reports over tens of thousands of
 * them. It applies the rules of `exportSchema` (formats.ts) by hand and answers true only when the
 * value certainly passes them; anything else goes to the schema, which says what is wrong. So it
 * can make a report faster, never more lenient: a property test checks that whatever it accepts,
 * the schema accepts too.
 */
import { memberNamesIn } from '../strict-json.js';
import { canonicalBase64url, EXPORT_FORMAT, LIMITS, PATTERNS, type ExportFile } from './formats.js';

type Obj = Record<string, unknown>;

// The key lists are made once: this runs once per record file, tens of thousands of times in a report.
const EXPORT_KEYS = ['format', 'record'];
const EXPORT_OPTIONAL_KEYS = ['signature'];
const SIGNATURE_KEYS = ['alg', 'kid', 'value'];
const RECORD_KEYS = ['learner', 'program', 'generatedAt', 'tool', 'lessons'];
const ID_KEYS = ['id'];
const TOOL_KEYS = ['name', 'version'];
const LESSON_KEYS = [
  'id',
  'status',
  'startedAt',
  'completedAt',
  'mode',
  'stepsDone',
  'stepsTotal',
  'quiz',
  'minutesSpent',
];
const QUIZ_KEYS = ['correct', 'total'];
const NO_KEYS: readonly string[] = [];

/**
 * The report's common case in one pass: a record file the acceptor takes, and in which no member
 * name is given twice. JSON.parse keeps the last of two members with the same name; the acceptor
 * knows how many members an accepted value has (its shape is fixed), so the text names exactly
 * that many when no name is repeated, and more when one is (memberNamesIn counts the names as
 * written). Anything else (a syntax error, a name given twice, a record the acceptor does not
 * take): undefined, for the strict parser and the schema, which say what is wrong.
 */
export function acceptsExportText(text: string): ExportFile | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!acceptsExport(raw)) return undefined;
  return memberNamesIn(text) === membersOf(raw) ? raw : undefined;
}

/**
 * The members of an accepted export, at every level: format, record and perhaps signature (alg,
 * kid, value); the record's five (learner and programme with an id each, tool with two); each
 * lesson's nine, its quiz's two.
 */
function membersOf(file: ExportFile): number {
  return 11 + (file.signature ? 4 : 0) + 11 * file.record.lessons.length;
}

export function acceptsExport(raw: unknown): raw is ExportFile {
  if (!hasExactly(raw, EXPORT_KEYS, EXPORT_OPTIONAL_KEYS)) return false;
  if (raw.format !== EXPORT_FORMAT) return false;
  if (raw.signature !== undefined && !acceptsSignature(raw.signature)) return false;
  const r = raw.record;
  if (!acceptsRecordHead(r)) return false;
  if (!Array.isArray(r.lessons) || r.lessons.length > LIMITS.lessons) return false;
  const ids = new Set<string>();
  // A plain loop, not every(): no closure per record.
  for (const l of r.lessons as unknown[]) if (!acceptsLesson(l, ids)) return false;
  return true;
}

function acceptsSignature(s: unknown): boolean {
  if (!hasExactly(s, SIGNATURE_KEYS)) return false;
  return (
    s.alg === 'HS256' &&
    isId(s.kid) &&
    typeof s.value === 'string' &&
    PATTERNS.key32.test(s.value) &&
    canonicalBase64url(s.value)
  );
}

/** The record's keys, learner, programme, time and tool; its lessons are checked one by one. */
function acceptsRecordHead(r: unknown): r is Obj {
  if (!hasExactly(r, RECORD_KEYS)) return false;
  if (!hasExactly(r.learner, ID_KEYS) || !isId(r.learner.id)) return false;
  if (!hasExactly(r.program, ID_KEYS) || !isId(r.program.id)) return false;
  if (!isTime(r.generatedAt)) return false;
  return (
    hasExactly(r.tool, TOOL_KEYS) &&
    r.tool.name === 'exec-coach' &&
    typeof r.tool.version === 'string' &&
    PATTERNS.version.test(r.tool.version)
  );
}

/** One lesson of the record; `ids` holds the ids seen so far (each lesson appears once) and gets this one. */
function acceptsLesson(l: unknown, ids: Set<string>): boolean {
  if (!hasExactly(l, LESSON_KEYS)) return false;
  if (typeof l.id !== 'string' || l.id.length > LIMITS.lessonIdLength || !PATTERNS.lessonId.test(l.id) || ids.has(l.id))
    return false;
  ids.add(l.id);
  if (l.status !== 'in-progress' && l.status !== 'completed') return false;
  if (l.mode !== 'live' && l.mode !== 'draft') return false;
  if (!isTime(l.startedAt)) return false;
  if (l.completedAt !== null && !isTime(l.completedAt)) return false;
  if ((l.status === 'completed') !== (l.completedAt !== null)) return false;
  // As instants: "…00Z" sorts after "…00.500Z" as text, though it is half a second earlier.
  if (l.completedAt !== null && Date.parse(l.completedAt as string) < Date.parse(l.startedAt as string)) return false;
  if (
    !isCount(l.stepsDone, LIMITS.steps) ||
    !isCount(l.stepsTotal, LIMITS.steps) ||
    (l.stepsDone as number) > (l.stepsTotal as number)
  )
    return false;
  if (!isCount(l.minutesSpent, LIMITS.minutes)) return false;
  return acceptsQuiz(l.quiz);
}

function acceptsQuiz(q: unknown): boolean {
  return (
    hasExactly(q, QUIZ_KEYS) &&
    isCount(q.correct, LIMITS.quiz) &&
    isCount(q.total, LIMITS.quiz) &&
    (q.correct as number) <= (q.total as number)
  );
}

/** A plain object with exactly these keys (and possibly the optional ones), like a strict schema object. */
function hasExactly(v: unknown, required: readonly string[], optional: readonly string[] = NO_KEYS): v is Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype)
    return false;
  const keys = Object.keys(v);
  let seen = 0;
  for (const k of keys) {
    if (required.includes(k)) seen++;
    else if (!optional.includes(k)) return false;
  }
  if (seen !== required.length) return false;
  // A plain loop, not every(): no closure per object.
  for (const k of required) if ((v as Obj)[k] === undefined) return false;
  return true;
}
function isId(v: unknown): v is string {
  return typeof v === 'string' && PATTERNS.id.test(v);
}
/** As the schema's isoTime: the ISO shape, a real date and time of day, from 2020 to 2099 (formats.ts isoTimeProblem, digit by digit). */
function isTime(v: unknown): v is string {
  if (typeof v !== 'string' || !PATTERNS.isoTime.test(v)) return false;
  const year = digits(v, 0, 4);
  const month = digits(v, 5, 2);
  const day = digits(v, 8, 2);
  if (year < LIMITS.firstYear || year > LIMITS.lastYear || month < 1 || month > 12 || day < 1) return false;
  if (digits(v, 11, 2) > 23 || digits(v, 14, 2) > 59 || digits(v, 17, 2) > 59) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}
/** The number written by `length` ASCII digits from `at` (the shape was checked). */
function digits(s: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}
function isCount(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}
