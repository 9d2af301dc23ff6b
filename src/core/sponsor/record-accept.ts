/**
 * A fast, accept-only check of a completion record file, for reports over tens of thousands of
 * them. It applies the rules of `exportSchema` (formats.ts) by hand and answers true only when the
 * value certainly passes them; anything else goes to the schema, which says what is wrong. So it
 * can make a report faster, never more lenient: a property test checks that whatever it accepts,
 * the schema accepts too.
 */
import { canonicalBase64url, EXPORT_FORMAT, isoTimeProblem, LIMITS, PATTERNS, type ExportFile } from './formats.js';

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
  return seen === required.length && required.every((k) => (v as Obj)[k] !== undefined);
}
function isId(v: unknown): v is string {
  return typeof v === 'string' && PATTERNS.id.test(v);
}
function isTime(v: unknown): v is string {
  return typeof v === 'string' && PATTERNS.isoTime.test(v) && isoTimeProblem(v) === undefined;
}
function isCount(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}
