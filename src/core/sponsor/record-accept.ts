/**
 * A fast, accept-only check of a completion record file, for reports over tens of thousands of
 * them. It applies the rules of `exportSchema` (formats.ts) by hand and answers true only when the
 * value certainly passes them; anything else goes to the schema, which says what is wrong. So it
 * can make a report faster, never more lenient: a property test checks that whatever it accepts,
 * the schema accepts too.
 */
import { canonicalBase64url, EXPORT_FORMAT, isoTimeProblem, LIMITS, PATTERNS, type ExportFile } from './formats.js';

type Obj = Record<string, unknown>;

export function acceptsExport(raw: unknown): raw is ExportFile {
  if (!hasExactly(raw, ['format', 'record'], ['signature'])) return false;
  if (raw.format !== EXPORT_FORMAT) return false;
  if (raw.signature !== undefined) {
    const s = raw.signature;
    if (!hasExactly(s, ['alg', 'kid', 'value'])) return false;
    if (
      s.alg !== 'HS256' ||
      !isId(s.kid) ||
      typeof s.value !== 'string' ||
      !PATTERNS.key32.test(s.value) ||
      !canonicalBase64url(s.value)
    )
      return false;
  }
  const r = raw.record;
  if (!hasExactly(r, ['learner', 'program', 'generatedAt', 'tool', 'lessons'])) return false;
  if (!hasExactly(r.learner, ['id']) || !isId(r.learner.id)) return false;
  if (!hasExactly(r.program, ['id']) || !isId(r.program.id)) return false;
  if (!isTime(r.generatedAt)) return false;
  if (
    !hasExactly(r.tool, ['name', 'version']) ||
    r.tool.name !== 'exec-coach' ||
    typeof r.tool.version !== 'string' ||
    !PATTERNS.version.test(r.tool.version)
  )
    return false;
  if (!Array.isArray(r.lessons) || r.lessons.length > LIMITS.lessons) return false;
  const ids = new Set<string>();
  for (const l of r.lessons as unknown[]) {
    if (
      !hasExactly(l, [
        'id',
        'status',
        'startedAt',
        'completedAt',
        'mode',
        'stepsDone',
        'stepsTotal',
        'quiz',
        'minutesSpent',
      ])
    )
      return false;
    if (
      typeof l.id !== 'string' ||
      l.id.length > LIMITS.lessonIdLength ||
      !PATTERNS.lessonId.test(l.id) ||
      ids.has(l.id)
    )
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
    const q = l.quiz;
    if (
      !hasExactly(q, ['correct', 'total']) ||
      !isCount(q.correct, LIMITS.quiz) ||
      !isCount(q.total, LIMITS.quiz) ||
      (q.correct as number) > (q.total as number)
    )
      return false;
  }
  return true;
}

/** A plain object with exactly these keys (and possibly the optional ones), like a strict schema object. */
function hasExactly(v: unknown, required: string[], optional: string[] = []): v is Obj {
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
