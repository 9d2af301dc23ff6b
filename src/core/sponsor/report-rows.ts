/** One learner's row of the report, from their best record's summary (or none). Pure. */
import { remindReason } from './remind.js';
import type { Candidate } from './report-accumulate.js';
import type { LearnerRow, LessonState, Verification } from './report-types.js';
import type { RosterEntry } from './roster.js';

/** What every row of one report shares: the programme, the clock, and the zone's view of both. */
export interface RowContext {
  required: readonly string[];
  due: string;
  /** now is past the end of the due day in the report's zone. */
  late: boolean;
  /** Whole days from the due day to today, in the report's zone (when late). */
  daysLate: number;
  source: (c: Candidate) => string;
}

/** No lesson yet: frozen like the arrays finishRow puts in its place. */
const NONE: readonly never[] = Object.freeze([]);

export function learnerRow(
  person: RosterEntry,
  c: Candidate | undefined,
  flag: Verification | null,
  rc: RowContext,
): LearnerRow {
  const s = c?.summary;
  const total = rc.required.length;
  const done = s ? s.requiredDone : 0;
  const status: LearnerRow['status'] = !s
    ? 'no-record'
    : total > 0 && done === total
      ? 'completed'
      : s.lessonIds.length > 0
        ? 'in-progress'
        : 'not-started';
  const overdue = status !== 'completed' && rc.late;
  // One literal, every field in the contract's order: rows are many, and objects of one shape stay fast.
  return {
    id: person.id,
    name: person.name ?? null,
    email: person.email ?? null,
    department: person.department ?? null,
    lang: person.lang ?? null,
    status,
    requiredDone: done,
    requiredTotal: total,
    progressPct: total === 0 ? 0 : Math.round((100 * done) / total),
    due: rc.due,
    overdue,
    daysOverdue: overdue ? rc.daysLate : null,
    firstActivityAt: s ? s.firstActivityAt : null,
    lastActivityAt: s ? s.lastActivityAt : null,
    completedAt: s && status === 'completed' ? s.completedAt : null,
    minutes: s ? s.minutes : 0,
    quizScorePct: !s || s.quizTotal === 0 ? null : Math.round((100 * s.quizRight) / s.quizTotal),
    draftLessons: s ? s.draftLessons : 0,
    verification: s ? s.verification : flag,
    source: c ? rc.source(c) : null,
    recordAt: s ? s.generatedAt : null,
    // Filled by finishRow once the report's lessons (and who counts) are known, with frozen arrays
    // shared by the rows of one pattern: frozen from the start, so the field never changes kind.
    lessonStates: NONE,
    remaining: NONE,
    remind: null,
  };
}

/**
 * The matrix row, the lessons still to do and the reminder, on what is proven: a valid record's
 * lessons (an unsigned one, which anyone could write, leaves every lesson not started), and only
 * for people the report counts (a learner not in the roster is nobody HR reminds).
 */
export function finishRow(
  row: LearnerRow,
  c: Candidate | undefined,
  counted: boolean,
  lessonIds: readonly string[],
  required: readonly string[],
  late: boolean,
  shared: Map<string, { lessonStates: readonly LessonState[]; remaining: readonly string[] }>,
): void {
  const proven = c && c.summary.verification === 'valid' ? c.summary : undefined;
  // The pattern, one letter per lesson of the report (c completed, p in progress, n not started),
  // read from the record's own lessons (the last of a lesson listed twice wins). The report's
  // lessons start with the required ones, so the pattern also says what remains.
  let key = '';
  for (const id of lessonIds) {
    const i = proven ? proven.lessonIds.lastIndexOf(id) : -1;
    key += i < 0 ? 'n' : proven!.lessonStates[i] === 'c' ? 'c' : 'p';
  }
  // Most learners share a few patterns: one (frozen) pair of arrays per pattern, not per learner.
  let same = shared.get(key);
  if (!same) {
    const lessonStates = [...key].map(
      (k): LessonState => (k === 'c' ? 'completed' : k === 'p' ? 'in-progress' : 'not-started'),
    );
    same = {
      lessonStates: Object.freeze(lessonStates),
      remaining: Object.freeze(required.filter((id) => key[lessonIds.indexOf(id)] !== 'c')),
    };
    shared.set(key, same);
  }
  row.lessonStates = same.lessonStates;
  row.remaining = same.remaining;
  const status = proven ? row.status : 'no-record';
  row.remind = counted ? remindReason({ status, overdue: status !== 'completed' && late }) : null;
}
