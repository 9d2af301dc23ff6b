/** The report's groupings of learner rows: lessons, tracks, departments, weeks. Pure. */
import { byCodeUnit } from '../strings.js';
import type { Candidate } from './report-accumulate.js';
import type { DepartmentRow, LearnerRow, LessonRow, TrackRow, WeekRow } from './report-types.js';
import { addDays, dayFinder, mondayOf } from './zoned.js';

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 1000);

/** One row per required lesson, then per other lesson found in the counted records, with completion counts. */
export function lessonRows(
  required: readonly string[],
  counted: readonly Candidate[],
  learners: number,
  trackOf: ReadonlyMap<string, string>,
  titleOf: (id: string) => string,
): LessonRow[] {
  const counts = new Map<string, { completed: number; inProgress: number }>();
  for (const { summary } of counted) {
    for (let i = 0; i < summary.lessonIds.length; i++) {
      const id = summary.lessonIds[i]!;
      let c = counts.get(id);
      if (!c) counts.set(id, (c = { completed: 0, inProgress: 0 }));
      if (summary.lessonStates[i] === 'c') c.completed++;
      else c.inProgress++;
    }
  }
  const isRequired = new Set(required);
  const extra = [...counts.keys()].filter((id) => !isRequired.has(id)).sort(byCodeUnit);
  return [...required, ...extra].map((id) => {
    const { completed, inProgress } = counts.get(id) ?? { completed: 0, inProgress: 0 };
    return {
      id,
      title: titleOf(id),
      track: trackOf.get(id) ?? null,
      required: isRequired.has(id),
      completed,
      inProgress,
      notStarted: learners - completed - inProgress,
    };
  });
}

export function trackRows(
  required: readonly string[],
  lessons: readonly LessonRow[],
  learners: number,
  trackOf: ReadonlyMap<string, string>,
  titleOf: (id: string) => string,
): TrackRow[] {
  const track = (id: string) => trackOf.get(id) ?? 'other';
  return [...new Set(required.map(track))].map((id) => {
    const ids = new Set(required.filter((l) => track(l) === id));
    const done = lessons.filter((l) => ids.has(l.id)).reduce((n, l) => n + l.completed, 0);
    const possible = ids.size * learners;
    return { id, title: titleOf(id), completionPct: possible === 0 ? 0 : Math.round((100 * done) / possible) };
  });
}

/** Counted learners by department, in the language's alphabetical order; those without one last. */
export function departmentRows(
  counted: readonly LearnerRow[],
  statusOf: (l: LearnerRow) => LearnerRow['status'],
  late: boolean,
  lang: string,
): DepartmentRow[] {
  const rows = new Map<string | null, DepartmentRow>();
  for (const l of counted) {
    let d = rows.get(l.department);
    if (!d)
      rows.set(
        l.department,
        (d = {
          name: l.department,
          learners: 0,
          completed: 0,
          inProgress: 0,
          notStarted: 0,
          noRecord: 0,
          overdue: 0,
          completionRate: 0,
        }),
      );
    d.learners++;
    const status = statusOf(l);
    if (status === 'completed') d.completed++;
    else if (status === 'in-progress') d.inProgress++;
    else if (status === 'not-started') d.notStarted++;
    else d.noRecord++;
    if (status !== 'completed' && late) d.overdue++;
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const byName = (a: DepartmentRow, b: DepartmentRow) =>
    a.name === null ? 1 : b.name === null ? -1 : collator.compare(a.name, b.name) || byCodeUnit(a.name, b.name);
  return [...rows.values()].sort(byName).map((d) => ({ ...d, completionRate: share(d.completed, d.learners) }));
}

/**
 * Weekly completions (learners completing every required lesson that week) and the cumulative
 * share, from the week of the first activity to the later of this week and the due date's week.
 */
export function weekRows(
  counted: readonly LearnerRow[],
  completedOf: (l: LearnerRow) => string | null,
  now: number,
  due: string,
  timeZone: string,
): WeekRow[] {
  const day = dayFinder(timeZone);
  const mondays = new Map<string, string>();
  const weekOf = (instant: string | number) => {
    const d = day(instant);
    let w = mondays.get(d);
    if (w === undefined) mondays.set(d, (w = mondayOf(d)));
    return w;
  };
  let first: number | null = null;
  const perWeek = new Map<string, number>();
  for (const l of counted) {
    if (l.firstActivityAt !== null && l.verification === 'valid') {
      const t = Date.parse(l.firstActivityAt);
      if (first === null || t < first) first = t;
    }
    const done = completedOf(l);
    if (done !== null) {
      const week = weekOf(done);
      perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    }
  }
  if (first === null) return [];
  let start = weekOf(first);
  // A completion dated before every start (records are untrusted) still gets its week.
  for (const w of perWeek.keys()) if (w < start) start = w;
  const thisWeek = weekOf(now);
  const dueWeek = mondayOf(due);
  // Weeks are ISO dates (text), so compared as text: Math.max would make NaN of them.
  let end = dueWeek;
  if (thisWeek > end) end = thisWeek;
  // A completion dated after both (a learner's clock ahead) still gets its week.
  for (const w of perWeek.keys()) if (w > end) end = w;
  const weeks: WeekRow[] = [];
  let cumulative = 0;
  for (let w = start; w <= end; w = addDays(w, 7)) {
    const completions = perWeek.get(w) ?? 0;
    cumulative += completions;
    weeks.push({ weekStart: w, completions, cumulative, cumulativeShare: share(cumulative, counted.length) });
  }
  return weeks;
}
