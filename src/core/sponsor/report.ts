/**
 * Aggregates verified completion records into the sponsor's report: the newest valid record per
 * learner, one row per learner (roster first), a cohort summary, per-lesson and per-track
 * completion, and every rejected file with its reason. Pure: verdicts and the clock are passed in.
 */
import { byCodeUnit } from '../strings.js';
import type { CompletionRecord } from './formats.js';
import { remindReason } from './remind.js';
import type { LearnerRow, LessonRow, ReportData, Verification } from './report-types.js';
import type { RosterEntry } from './roster.js';
import type { Verdict } from './verify.js';

export interface ReportInput {
  program: { id: string; title: string; due: string; required: readonly string[]; sponsor?: { name?: string; email?: string } };
  /** Lesson id to track id, from the catalogue. */
  trackOf: ReadonlyMap<string, string>;
  roster?: readonly RosterEntry[];
  verdicts: readonly { path: string; verdict: Verdict }[];
  now: number;
}

interface Candidate {
  record: CompletionRecord;
  verification: 'valid' | 'unsigned';
  path: string;
}

export function buildReport(input: ReportInput): ReportData {
  const { program, now } = input;
  const rejected: ReportData['rejected'] = [];
  const best = new Map<string, Candidate>();
  const flagged = new Map<string, Verification>();
  const seen = new Map<string, string>();
  for (const { path, verdict } of input.verdicts) {
    if (!verdict.ok) {
      rejected.push({ path, reason: `${verdict.code}: ${verdict.detail}` });
      if (verdict.learnerId && (verdict.code === 'invalid-signature' || verdict.code === 'other-program') && !flagged.has(verdict.learnerId)) {
        flagged.set(verdict.learnerId, verdict.code);
      }
      continue;
    }
    const r = verdict.record;
    const identity = `${r.learner.id}\u0000${r.generatedAt}\u0000${verdict.signature ?? JSON.stringify(r.lessons)}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      rejected.push({ path, reason: `duplicate: the same record as ${first}` });
      continue;
    }
    seen.set(identity, path);
    const current = best.get(r.learner.id);
    if (!current || rank(verdict.verification, r.generatedAt) > rank(current.verification, current.record.generatedAt)) {
      best.set(r.learner.id, { record: r, verification: verdict.verification, path });
    }
  }

  const dueEnd = Date.parse(`${program.due}T23:59:59.999Z`);
  const required = [...new Set(program.required)];
  const rosterIds = new Set(input.roster?.map((e) => e.id));
  const others = [...new Set([...best.keys(), ...[...flagged.entries()].filter(([id, code]) => code === 'invalid-signature' || rosterIds.has(id)).map(([id]) => id)])]
    .filter((id) => !rosterIds.has(id))
    .sort(byCodeUnit);
  const people = [...(input.roster ?? []), ...others.map((id) => ({ id }) as RosterEntry)];
  const learners = people.map((p) => row(p, best.get(p.id), flagged.get(p.id) ?? null, required, program.due, dueEnd, now));
  // Every row is shown; only valid records of the people expected count in the figures: a made-up
  // learner, or an unsigned record anyone could write, must not move a completion rate.
  if (input.roster) for (const l of learners) if (!rosterIds.has(l.id) && l.verification !== 'invalid-signature' && l.verification !== 'other-program') l.verification = 'not-in-roster';
  const counted = learners.filter((l) => (input.roster ? rosterIds.has(l.id) : l.verification === 'valid'));
  const statusOf = (l: LearnerRow): LearnerRow['status'] => (l.verification === 'valid' ? l.status : 'no-record');
  const count = (s: LearnerRow['status']) => counted.filter((l) => statusOf(l) === s).length;
  const completed = count('completed');
  const countedIds = new Set(counted.filter((l) => l.verification === 'valid').map((l) => l.id));
  const lessons = lessonRows(required, [...best.values()].filter((c) => countedIds.has(c.record.learner.id)).map((c) => c.record), counted.length, input.trackOf);
  const tracks = [...new Set(required.map((id) => input.trackOf.get(id) ?? 'other'))].map((track) => {
    const ids = required.filter((id) => (input.trackOf.get(id) ?? 'other') === track);
    const done = lessons.filter((l) => ids.includes(l.id)).reduce((n, l) => n + l.completed, 0);
    const possible = ids.length * counted.length;
    return { id: track, title: track, completionPct: possible === 0 ? 0 : Math.round((100 * done) / possible) };
  });
  const unfinished = lessons
    .filter((l) => l.inProgress > 0)
    .sort((a, b) => b.inProgress - a.inProgress || byCodeUnit(a.id, b.id))
    .slice(0, 5)
    .map((l) => ({ id: l.id, count: l.inProgress }));
  return {
    program: { id: program.id, title: program.title, due: program.due, sponsor: { ...program.sponsor } },
    generatedAt: new Date(now).toISOString(),
    timeZone: 'UTC',
    summary: {
      learners: counted.length,
      completed,
      inProgress: count('in-progress'),
      notStarted: count('not-started'),
      noRecord: count('no-record'),
      overdue: counted.filter((l) => statusOf(l) !== 'completed' && now > dueEnd).length,
      completionRate: counted.length === 0 ? 0 : Math.round((1000 * completed) / counted.length) / 1000,
      notCounted: learners.length - counted.length,
    },
    learners,
    lessons,
    rejected,
    tracks,
    departments: [],
    weeks: [],
    unfinished,
  };
}

/** Valid records beat unsigned ones; among equals, the newest wins. */
function rank(verification: 'valid' | 'unsigned', generatedAt: string): number {
  return (verification === 'valid' ? 1e15 : 0) + Date.parse(generatedAt);
}

function row(person: RosterEntry, c: Candidate | undefined, flag: Verification | null, required: string[], due: string, dueEnd: number, now: number): LearnerRow {
  const base = { id: person.id, name: person.name ?? null, email: person.email ?? null, department: person.department ?? null, lang: person.lang ?? null, requiredTotal: required.length, due };
  const late = now > dueEnd;
  const daysLate = late ? Math.floor((now - dueEnd) / 86_400_000) + 1 : null;
  if (!c) {
    return {
      ...base, status: 'no-record', requiredDone: 0, progressPct: 0, overdue: late, daysOverdue: daysLate, firstActivityAt: null, lastActivityAt: null, completedAt: null, minutes: 0,
      quizScorePct: null, draftLessons: 0, verification: flag, source: null, recordAt: null, lessonStates: [], remaining: [...required], remind: remindReason({ status: 'no-record', overdue: late }),
    };
  }
  const byId = new Map(c.record.lessons.map((l) => [l.id, l]));
  const done = required.filter((id) => byId.get(id)?.status === 'completed');
  const all = c.record.lessons;
  const status: LearnerRow['status'] = required.length > 0 && done.length === required.length ? 'completed' : all.length > 0 ? 'in-progress' : 'not-started';
  // One pass, no sorting: reports run over tens of thousands of rows. Times compare as instants
  // ("…00Z" sorts after "…00.500Z" as text).
  let first: string | null = null;
  let last: string | null = null;
  const before = (a: string, b: string) => Date.parse(a) < Date.parse(b);
  let quizTotal = 0;
  let quizRight = 0;
  let minutes = 0;
  let drafts = 0;
  for (const l of all) {
    if (first === null || before(l.startedAt, first)) first = l.startedAt;
    const end = l.completedAt ?? l.startedAt;
    if (last === null || before(last, end)) last = end;
    quizTotal += l.quiz.total;
    quizRight += l.quiz.correct;
    minutes += l.minutesSpent;
    if (l.status === 'completed' && l.mode === 'draft') drafts++;
  }
  let completedAt: string | null = null;
  if (status === 'completed') for (const id of done) if (completedAt === null || before(completedAt, byId.get(id)!.completedAt!)) completedAt = byId.get(id)!.completedAt!;
  return {
    ...base,
    status,
    requiredDone: done.length,
    progressPct: required.length === 0 ? 0 : Math.round((100 * done.length) / required.length),
    overdue: status !== 'completed' && late,
    daysOverdue: status !== 'completed' ? daysLate : null,
    firstActivityAt: first,
    lastActivityAt: last,
    completedAt,
    minutes,
    quizScorePct: quizTotal === 0 ? null : Math.round((100 * quizRight) / quizTotal),
    draftLessons: drafts,
    verification: c.verification,
    source: c.path,
    recordAt: c.record.generatedAt,
    lessonStates: [],
    remaining: required.filter((id) => byId.get(id)?.status !== 'completed'),
    remind: remindReason({ status, overdue: status !== 'completed' && late }),
  };
}

/** One row per required lesson, then per other lesson found in records, with completion counts over all learners. */
function lessonRows(required: string[], records: CompletionRecord[], learners: number, trackOf: ReadonlyMap<string, string>): LessonRow[] {
  // One pass over the records: reports run over tens of thousands of them.
  const counts = new Map<string, { completed: number; inProgress: number }>();
  for (const r of records) {
    for (const l of r.lessons) {
      let c = counts.get(l.id);
      if (!c) counts.set(l.id, (c = { completed: 0, inProgress: 0 }));
      if (l.status === 'completed') c.completed++;
      else c.inProgress++;
    }
  }
  const extra = [...counts.keys()].filter((id) => !required.includes(id)).sort(byCodeUnit);
  return [...required, ...extra].map((id) => {
    const { completed, inProgress } = counts.get(id) ?? { completed: 0, inProgress: 0 };
    return { id, title: id, track: trackOf.get(id) ?? null, required: required.includes(id), completed, inProgress, notStarted: learners - completed - inProgress };
  });
}
