/**
 * Today's practice: one small real action from the lessons the learner has completed, never the
 * one offered on the previous day when another exists, the least recently offered first. Once
 * offered, it stays today's practice for the rest of that day. Pure.
 */
import type { Practice } from '../lessons/types.js';
import type { PracticeDay } from '../progress/types.js';

/** A practice the learner may be offered, known by its lesson and its 1-based place in that lesson's list. */
export interface PoolItem {
  lesson: string;
  index: number;
  practice: Practice;
}

export const practiceKey = (p: { lesson: string; index: number }): string => `${p.lesson}#${p.index}`;

export interface TodaysPractice {
  item: PoolItem;
  /** Already offered today (it is in the log for this day). */
  offered: boolean;
  done: boolean;
}

/** Today's practice from `pool` (catalogue order) and the log, or null when the pool is empty. */
export function todaysPractice(
  pool: readonly PoolItem[],
  log: readonly PracticeDay[],
  today: string,
): TodaysPractice | null {
  const byKey = new Map(pool.map((p) => [practiceKey(p), p]));
  const entry = log.find((e) => e.day === today);
  const kept = entry && byKey.get(practiceKey(entry));
  if (entry && kept) return { item: kept, offered: true, done: entry.doneAt !== undefined };
  if (entry?.doneAt) return null; // done today, and its lesson has gone since: nothing more today
  const item = choose(pool, log, today);
  return item ? { item, offered: false, done: false } : null;
}

function choose(pool: readonly PoolItem[], log: readonly PracticeDay[], today: string): PoolItem | undefined {
  const before = log
    .filter((e) => e.day < today)
    .reduce<PracticeDay | undefined>((a, e) => (!a || e.day > a.day ? e : a), undefined);
  const yesterday = before && practiceKey(before);
  const candidates = pool.length > 1 ? pool.filter((p) => practiceKey(p) !== yesterday) : pool;
  const lastOffered = new Map<string, string>();
  for (const e of log) {
    const key = practiceKey(e);
    if ((lastOffered.get(key) ?? '') < e.day) lastOffered.set(key, e.day);
  }
  // Never offered ('' sorts first), then the longest ago; ties keep catalogue order.
  return candidates.reduce<PoolItem | undefined>(
    (best, p) =>
      !best || (lastOffered.get(practiceKey(p)) ?? '') < (lastOffered.get(practiceKey(best)) ?? '') ? p : best,
    undefined,
  );
}
