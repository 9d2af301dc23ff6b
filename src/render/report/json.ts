/** The report as JSON: the stable shape HR tools build on (README, "The sponsor's guide"), whatever --by says. */
import type { LearnerRow, LessonState, ReportData } from '../../core/sponsor/report-types.js';
import { safeJson, withUnsafeEscaped } from '../json.js';

/**
 * `{ program, generatedAt, summary, learners, lessons, rejected, timeZone, departments, weeks }`,
 * 2-space indent with one line per learner, trailing newline. The keys of the first version come
 * first, in their order, at every level; the fields added since follow them (a program reading by
 * position keeps working).
 * Every object is rebuilt field by field so the key order is the contract's and nothing else
 * (tracks, unfinished, or a field added upstream) leaks in. Dates stay ISO 8601 UTC: the zone is
 * given (timeZone) for a program that wants the report's days, but the instants are not shifted.
 * C1 controls, separators, bidi and zero-width characters are escaped as \uXXXX (safeJson): the
 * same value for any JSON reader.
 */
export function renderJson(data: ReportData): string {
  return [...renderJsonChunks(data)].join('');
}

/** Where the learners go in the document's text; found with its key and indent, so only the top level's. */
const LEARNERS = '\u0000learners\u0000';
const LEARNERS_AT = `\n  "learners": ${JSON.stringify(LEARNERS)}`;

/**
 * The same text, in pieces of a few hundred learners: `coach report` writes them as they come, so
 * a report on 100,000 learners is never one string (nor one object tree) in memory. Each learner
 * is one line: `grep` finds a learner whole, a diff of two reports shows the learners that changed,
 * and 100,000 learners are not three million lines (nor a third more bytes of indent).
 */
export function* renderJsonChunks(data: ReportData, rowsPerChunk = 500): Generator<string> {
  const head = safeJson(documentOf(data, LEARNERS));
  const at = head.indexOf(LEARNERS_AT);
  yield `${head.slice(0, at)}\n  "learners": [`;
  const lessonIds = data.lessons.map((l) => l.id);
  const byLesson = lessonStatesById(lessonIds);
  const rows = data.learners;
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    let text = '';
    for (let i = start; i < Math.min(start + rowsPerChunk, rows.length); i++)
      text += `${i === 0 ? '' : ','}\n    ${JSON.stringify(learnerOf(rows[i]!, byLesson))}`;
    yield withUnsafeEscaped(text);
  }
  yield `${rows.length === 0 ? '' : '\n  '}]${head.slice(at + LEARNERS_AT.length)}\n`;
}

function documentOf(data: ReportData, learners: string) {
  const { program: p, summary: s } = data;
  return {
    program: {
      id: p.id,
      title: p.title,
      due: p.due,
      sponsor: { name: p.sponsor.name ?? null, email: p.sponsor.email ?? null },
    },
    generatedAt: data.generatedAt,
    summary: {
      learners: s.learners,
      completed: s.completed,
      inProgress: s.inProgress,
      notStarted: s.notStarted,
      noRecord: s.noRecord,
      overdue: s.overdue,
      completionRate: s.completionRate,
      notCounted: s.notCounted,
    },
    learners,
    lessons: data.lessons.map((l) => ({
      id: l.id,
      track: l.track,
      completed: l.completed,
      inProgress: l.inProgress,
      notStarted: l.notStarted,
      title: l.title,
      required: l.required,
    })),
    rejected: data.rejected.map((r) => ({ path: r.path, reason: r.reason })),
    timeZone: data.timeZone,
    departments: data.departments.map((d) => ({
      name: d.name,
      learners: d.learners,
      completed: d.completed,
      inProgress: d.inProgress,
      notStarted: d.notStarted,
      noRecord: d.noRecord,
      overdue: d.overdue,
      completionRate: d.completionRate,
    })),
    weeks: data.weeks.map((w) => ({
      weekStart: w.weekStart,
      completions: w.completions,
      cumulative: w.cumulative,
      cumulativeShare: w.cumulativeShare,
    })),
  };
}

/**
 * A row's lesson states as the JSON gives them (lesson id → state). Rows of the same pattern share
 * one array of states (core/sponsor/report-rows.ts finishRow), so each array's object is made once.
 */
function lessonStatesById(
  lessonIds: readonly string[],
): (states: readonly LessonState[]) => Record<string, LessonState> {
  const made = new Map<readonly LessonState[], Record<string, LessonState>>();
  return (states) => {
    let byId = made.get(states);
    if (!byId) {
      byId = Object.fromEntries(lessonIds.map((id, i) => [id, states[i] ?? 'not-started']));
      // Rows that do not share (not made by finishRow) are not kept: the map stays small.
      if (made.size < 1024) made.set(states, byId);
    }
    return byId;
  };
}

function learnerOf(r: LearnerRow, lessonStates: (states: readonly LessonState[]) => Record<string, LessonState>) {
  return {
    id: r.id,
    name: r.name,
    department: r.department,
    status: r.status,
    requiredDone: r.requiredDone,
    requiredTotal: r.requiredTotal,
    progressPct: r.progressPct,
    due: r.due,
    overdue: r.overdue,
    firstActivityAt: r.firstActivityAt,
    lastActivityAt: r.lastActivityAt,
    completedAt: r.completedAt,
    minutes: r.minutes,
    quizScorePct: r.quizScorePct,
    draftLessons: r.draftLessons,
    verification: r.verification,
    source: r.source,
    email: r.email,
    lang: r.lang,
    daysOverdue: r.daysOverdue,
    recordAt: r.recordAt,
    remind: r.remind,
    remaining: r.remaining,
    // Lesson id → state: a program need not pair it with `lessons` by position.
    lessonStates: lessonStates(r.lessonStates),
  };
}
