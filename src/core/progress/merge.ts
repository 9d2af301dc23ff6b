/**
 * Merges a backup into local progress, lesson by lesson, never replacing newer progress with
 * older: for each lesson the more recently updated attempt wins; completions are united; local
 * settings and enrolment stay unless missing. Pure; says what it did so the learner can confirm.
 */
import type { Completion, Store } from './types.js';

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
    store: { ...local, settings: { ...backup.settings, ...local.settings }, lessons, history, ...(enrollment && { enrollment }) },
    restored,
    keptLocal,
    completionsAdded,
  };
}
