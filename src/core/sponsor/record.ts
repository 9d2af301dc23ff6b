/**
 * The completion record: what leaves the learner's machine for the sponsor. Built from local
 * progress, it carries statuses, dates, minutes, quiz scores and the live/draft mode, and
 * nothing else: no reflection, draft, text or link (privacy by design). Pure: the clock is passed in.
 */
import type { Store } from '../progress/types.js';
import { quizScore } from '../progress/transitions.js';
import { EXPORT_FORMAT, type CompletionRecord, type ExportFile } from './formats.js';
import { signRecord } from './sign.js';

/** Ids used when the learner has not joined a programme: the report shows such records as "unsigned". */
export const UNENROLLED = { learner: 'unenrolled', program: 'none' };

const minutes = (ms: number) => Math.round(ms / 60_000);

export function buildRecord(
  store: Store,
  lessonOrder: readonly string[],
  now: number,
  version: string,
): CompletionRecord {
  const ids = new Set([...Object.keys(store.lessons), ...Object.keys(store.history)]);
  // Catalogue order first, then anything the catalogue no longer has, by id: a stable record.
  const ordered = [
    ...lessonOrder.filter((id) => ids.has(id)),
    ...[...ids].filter((id) => !lessonOrder.includes(id)).sort(),
  ];
  const lessons: CompletionRecord['lessons'] = [];
  for (const id of ordered) {
    const current = store.lessons[id];
    const last = store.history[id]?.at(-1);
    if (current?.status === 'completed' || (current && !last)) {
      const quiz = quizScore(current);
      lessons.push({
        id,
        status: current.status,
        startedAt: current.startedAt,
        completedAt: current.completedAt,
        mode: current.mode,
        stepsDone: current.stepsDone,
        stepsTotal: current.stepsTotal,
        quiz,
        minutesSpent: minutes(current.activeMs),
      });
    } else if (last) {
      // A completed lesson being done again still counts as completed: the sponsor sees the last completion.
      const stepsTotal = current?.stepsTotal ?? 0;
      lessons.push({
        id,
        status: 'completed',
        startedAt: last.startedAt,
        completedAt: last.completedAt,
        mode: last.mode,
        stepsDone: stepsTotal,
        stepsTotal,
        quiz: last.quiz,
        minutesSpent: minutes(last.activeMs),
      });
    }
  }
  const e = store.enrollment;
  return {
    learner: { id: e?.learner.id ?? UNENROLLED.learner },
    program: { id: e?.program.id ?? UNENROLLED.program },
    generatedAt: new Date(now).toISOString(),
    tool: { name: 'exec-coach', version },
    lessons,
  };
}

/** The export file: signed with the learner key when enrolled, unsigned otherwise. */
export function exportFile(record: CompletionRecord, learnerKey: string | undefined): ExportFile {
  if (!learnerKey) return { format: EXPORT_FORMAT, record };
  return {
    format: EXPORT_FORMAT,
    record,
    signature: { alg: 'HS256', kid: record.learner.id, value: signRecord(record, learnerKey) },
  };
}
