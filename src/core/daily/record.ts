/** What `coach today` saves: pure transitions of the store's daily log, the clock passed in. */
import type { EvidenceKind } from '../evidence/types.js';
import type { PracticeDay, ReviewAnswer, Store } from '../progress/types.js';

const iso = (now: number) => new Date(now).toISOString();

/** Records today's practice as offered; an entry for today not yet done is replaced, a done one stays. */
export function offerPractice(store: Store, p: { day: string; lesson: string; index: number }, now: number): Store {
  const today = store.daily.practice.find((e) => e.day === p.day);
  if (today?.doneAt || (today && today.lesson === p.lesson && today.index === p.index)) return store;
  const entry: PracticeDay = { day: p.day, lesson: p.lesson, index: p.index, offeredAt: iso(now) };
  return {
    ...store,
    daily: { ...store.daily, practice: [...store.daily.practice.filter((e) => e.day !== p.day), entry] },
  };
}

/** Marks the day's practice done, with how it was recorded (never the link itself). */
export function practiceDone(store: Store, day: string, evidence: EvidenceKind, now: number): Store {
  const practice = store.daily.practice.map((e) =>
    e.day === day && !e.doneAt ? { ...e, doneAt: iso(now), evidence } : e,
  );
  return { ...store, daily: { ...store.daily, practice } };
}

/**
 * Adds a review answer. An answer to the same question on the same day is not added twice (a
 * second terminal may have saved it first): the question was due once that day.
 */
export function recordReview(
  store: Store,
  a: { lesson: string; quiz: number; day: string; correct: boolean },
  now: number,
): Store {
  const list = store.daily.reviews[a.lesson] ?? [];
  if (list.some((x) => x.quiz === a.quiz && x.day === a.day)) return store;
  const answer: ReviewAnswer = { quiz: a.quiz, day: a.day, at: iso(now), correct: a.correct };
  return { ...store, daily: { ...store.daily, reviews: { ...store.daily.reviews, [a.lesson]: [...list, answer] } } };
}
