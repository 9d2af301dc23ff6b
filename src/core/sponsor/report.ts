/**
 * Aggregates verified completion records into the sponsor's report: the newest valid record per
 * learner, one row per learner (roster first), a cohort summary, per-lesson, per-track and
 * per-department completion, completions week by week, and every rejected file with its reason.
 * Pure: verdicts (or their running state, report-accumulate.ts) and the clock are passed in.
 */
import { byCodeUnit } from '../strings.js';
import { type Accumulated, type Candidate, ReportAccumulator } from './report-accumulate.js';
import { departmentRows, lessonRows, trackRows, weekRows } from './report-groups.js';
import { finishRow, learnerRow, type RowContext } from './report-rows.js';
import { summarise } from './report-summary.js';
import type { LearnerRow, LessonRow, LessonState, ReportData, Verification } from './report-types.js';
import type { RosterEntry } from './roster.js';
import type { Verdict } from './verify.js';
import { daysBetween, dayIn, endOfDayIn } from './zoned.js';

export interface ReportBase {
  program: {
    id: string;
    title: string;
    due: string;
    required: readonly string[];
    sponsor?: { name?: string; email?: string };
  };
  /** Lesson id to track id, from the catalogue. */
  trackOf: ReadonlyMap<string, string>;
  /** Lesson and track titles in the report's language (from the catalogue); an id without one shows as itself. */
  titles?: { lessons: ReadonlyMap<string, string>; tracks: ReadonlyMap<string, string> };
  roster?: readonly RosterEntry[];
  now: number;
  /** The IANA zone of the report's days (due date, days overdue, weeks); UTC by default. */
  timeZone?: string;
  /** The report's language, for the order of department names; English by default. */
  lang?: string;
  /** Called after every `rows` rows made (the command collects garbage there in big reports). */
  checkpoint?: { rows: number; call: () => void };
}

export interface ReportInput extends ReportBase {
  verdicts: readonly { path: string; verdict: Verdict }[];
}

/** The programme's required lessons, each once, in programme order. */
export const requiredOf = (program: ReportBase['program']): string[] => [...new Set(program.required)];

/** The report from verdicts held in memory (tests, the LRS); files are streamed through the accumulator instead. */
export function buildReport(input: ReportInput): ReportData {
  const required = requiredOf(input.program);
  const acc = new ReportAccumulator();
  input.verdicts.forEach(({ verdict }, index) => {
    acc.add(
      index,
      verdict.ok
        ? { ok: true, summary: summarise(verdict.record, verdict.verification, verdict.signature, required) }
        : verdict,
    );
  });
  return reportFrom(
    input,
    acc.finish((i) => input.verdicts[i]!.path),
  );
}

/** The report from the accumulated state; acc.best is emptied on the way (each summary once its row is made). */
export function reportFrom(input: ReportBase, acc: Accumulated): ReportData {
  const { program, now } = input;
  const timeZone = input.timeZone ?? 'UTC';
  const required = requiredOf(program);
  const late = now > endOfDayIn(program.due, timeZone);
  const rc: RowContext = {
    required,
    due: program.due,
    late,
    daysLate: daysBetween(program.due, dayIn(now, timeZone)),
    source: (c) => acc.pathOf(c.index),
  };
  const rosterIds = new Set(input.roster?.map((e) => e.id));
  const { learners, lessons } = rowsOf(input, acc, rosterIds, rc, late);
  const isCounted = (l: LearnerRow) => (input.roster ? rosterIds.has(l.id) : l.verification === 'valid');
  const counted = learners.filter(isCounted);
  const statusOf = (l: LearnerRow): LearnerRow['status'] => (l.verification === 'valid' ? l.status : 'no-record');
  const count = (s: LearnerRow['status']) => counted.filter((l) => statusOf(l) === s).length;
  const completed = count('completed');
  const trackTitle = (id: string) => input.titles?.tracks.get(id) ?? id;
  return {
    program: { id: program.id, title: program.title, due: program.due, sponsor: { ...program.sponsor } },
    generatedAt: new Date(now).toISOString(),
    timeZone,
    summary: {
      learners: counted.length,
      completed,
      inProgress: count('in-progress'),
      notStarted: count('not-started'),
      noRecord: count('no-record'),
      overdue: counted.filter((l) => statusOf(l) !== 'completed' && late).length,
      completionRate: counted.length === 0 ? 0 : Math.round((1000 * completed) / counted.length) / 1000,
      notCounted: learners.length - counted.length,
    },
    learners,
    lessons,
    rejected: acc.rejected,
    tracks: trackRows(required, lessons, counted.length, input.trackOf, trackTitle),
    departments: departmentRows(counted, statusOf, late, input.lang ?? 'en'),
    weeks: weekRows(counted, (l) => (statusOf(l) === 'completed' ? l.completedAt : null), now, program.due, timeZone),
    unfinished: lessons
      .filter((l) => l.inProgress > 0)
      .sort((a, b) => b.inProgress - a.inProgress || byCodeUnit(a.id, b.id))
      .slice(0, 5)
      .map((l) => ({ id: l.id, count: l.inProgress })),
  };
}

/** The learner rows (roster first, then anyone else a file names) and the lesson rows. */
function rowsOf(
  input: ReportBase,
  acc: Accumulated,
  rosterIds: ReadonlySet<string>,
  rc: RowContext,
  late: boolean,
): { learners: LearnerRow[]; lessons: LessonRow[] } {
  const required = rc.required;
  const { best, flagged } = acc;
  const others = [
    ...new Set([
      ...best.keys(),
      ...[...flagged.entries()]
        .filter(([id, code]) => code === 'invalid-signature' || rosterIds.has(id))
        .map(([id]) => id),
    ]),
  ]
    .filter((id) => !rosterIds.has(id))
    .sort(byCodeUnit);
  const people = [...(input.roster ?? []), ...others.map((id) => ({ id }) as RosterEntry)];
  // Only valid records of the people expected count in the figures: a made-up learner, or an
  // unsigned record anyone could write, must not move a completion rate.
  const countsFor = (id: string, c: Candidate | undefined) =>
    c?.summary.verification === 'valid' && (!input.roster || rosterIds.has(id));
  const lessonTitle = (id: string) => input.titles?.lessons.get(id) ?? id;
  const countedCandidates = [...best].filter(([id, c]) => countsFor(id, c)).map(([, c]) => c);
  const countedTotal = input.roster ? input.roster.length : countedCandidates.length;
  const lessons = lessonRows(required, countedCandidates, countedTotal, input.trackOf, lessonTitle);
  countedCandidates.length = 0;
  const lessonIds = lessons.map((l) => l.id);
  // One pass, each summary let go once its row is made: summaries and rows are never all in memory together.
  const shared = new Map<string, { lessonStates: readonly LessonState[]; remaining: readonly string[] }>();
  const learners = people.map((p, i) => {
    if (input.checkpoint && i > 0 && i % input.checkpoint.rows === 0) input.checkpoint.call();
    const c = best.get(p.id);
    const row = learnerRow(p, c, (flagged.get(p.id) as Verification | undefined) ?? null, rc);
    // Every row is shown, someone the roster does not name marked so.
    if (
      input.roster &&
      !rosterIds.has(row.id) &&
      row.verification !== 'invalid-signature' &&
      row.verification !== 'other-program'
    )
      row.verification = 'not-in-roster';
    finishRow(
      row,
      c,
      input.roster ? rosterIds.has(row.id) : row.verification === 'valid',
      lessonIds,
      required,
      late,
      shared,
    );
    best.delete(p.id);
    return row;
  });
  return { learners, lessons };
}
