/** The report as JSON: the stable shape HR tools build on (README, "The sponsor's guide"), whatever --by says. */
import type { ReportData } from '../../core/sponsor/report-types.js';
import { safeJson } from '../json.js';

/**
 * `{ program, generatedAt, summary, learners, lessons, rejected }`, in that key order, 2-space
 * indent, trailing newline. Every object is rebuilt field by field so the key order is the
 * contract's and nothing else (tracks, unfinished, or a field added upstream) leaks in.
 */
export function renderJson(data: ReportData): string {
  const { program: p, summary: s } = data;
  const doc = {
    program: { id: p.id, title: p.title, due: p.due },
    generatedAt: data.generatedAt,
    summary: {
      learners: s.learners, completed: s.completed, inProgress: s.inProgress, notStarted: s.notStarted,
      noRecord: s.noRecord, overdue: s.overdue, completionRate: s.completionRate, notCounted: s.notCounted,
    },
    learners: data.learners.map((r) => ({
      id: r.id, name: r.name, department: r.department, status: r.status, requiredDone: r.requiredDone,
      requiredTotal: r.requiredTotal, progressPct: r.progressPct, due: r.due, overdue: r.overdue,
      firstActivityAt: r.firstActivityAt, lastActivityAt: r.lastActivityAt, completedAt: r.completedAt,
      minutes: r.minutes, quizScorePct: r.quizScorePct, draftLessons: r.draftLessons,
      verification: r.verification, source: r.source,
    })),
    lessons: data.lessons.map((l) => ({ id: l.id, track: l.track, completed: l.completed, inProgress: l.inProgress, notStarted: l.notStarted })),
    rejected: data.rejected.map((r) => ({ path: r.path, reason: r.reason })),
  };
  // C1 controls, separators, bidi and zero-width characters escaped as \uXXXX: the same value for any JSON reader.
  const text = safeJson(doc);
  return `${text}\n`;
}
