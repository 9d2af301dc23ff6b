/**
 * Merges a backup into local progress, lesson by lesson, never replacing newer progress with
 * older: for each lesson the more recently updated attempt wins; completions are united; local
 * settings and enrolment stay unless missing. Pure; says what it did so the learner can confirm.
 */
import type { Completion, DailyLog, Store } from './types.js';

export interface MergeResult {
  store: Store;
  /** Lessons taken from the backup (absent here, or newer there). */
  restored: string[];
  /** Lessons where the local progress was newer and was kept. */
  keptLocal: string[];
  /** Past completions added from the backup. */
  completionsAdded: number;
}

export function mergeBackup(local: Store, backup: Store): MergeResult {
  const lessons = { ...local.lessons };
  const restored: string[] = [];
  const keptLocal: string[] = [];
  for (const [id, theirs] of Object.entries(backup.lessons)) {
    const ours = lessons[id];
    if (!ours || Date.parse(theirs.updatedAt) > Date.parse(ours.updatedAt)) {
      lessons[id] = theirs;
      restored.push(id);
    } else if (Date.parse(theirs.updatedAt) < Date.parse(ours.updatedAt)) {
      keptLocal.push(id);
    }
  }
  const history: Record<string, Completion[]> = { ...local.history };
  let completionsAdded = 0;
  for (const [id, list] of Object.entries(backup.history)) {
    const mine = history[id] ?? [];
    const known = new Set(mine.map((c) => c.completedAt));
    const added = list.filter((c) => !known.has(c.completedAt));
    completionsAdded += added.length;
    history[id] = [...mine, ...added].sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));
  }
  const enrollment = local.enrollment ?? backup.enrollment;
  return {
    store: {
      ...local,
      settings: { ...backup.settings, ...local.settings },
      lessons,
      history,
      daily: mergeDaily(local.daily, backup.daily),
      ...(enrollment && { enrollment }),
    },
    restored,
    keptLocal,
    completionsAdded,
  };
}

/**
 * The daily loops of both machines, united: a day's practice from here wins over the backup's for
 * the same day; review answers are added when this machine has none that day for that question.
 */
function mergeDaily(local: DailyLog, backup: DailyLog): DailyLog {
  const days = new Set(local.practice.map((p) => p.day));
  const practice = [...local.practice, ...backup.practice.filter((p) => !days.has(p.day))].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
  );
  const reviews = { ...local.reviews };
  for (const [id, answers] of Object.entries(backup.reviews)) {
    const mine = reviews[id] ?? [];
    const known = new Set(mine.map((a) => `${a.quiz}/${a.day}`));
    reviews[id] = [...mine, ...answers.filter((a) => !known.has(`${a.quiz}/${a.day}`))].sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at),
    );
  }
  return { practice, reviews };
}
