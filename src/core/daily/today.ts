/**
 * What `coach today` has for the learner, and what `status` and the home menu say is due: the
 * day's practice and the review questions, from the catalogue, the store and the clock. Pure.
 */
import type { Catalog } from '../lessons/assemble.js';
import { docIn } from '../lessons/choose.js';
import type { Lang } from '../lessons/types.js';
import { lessonDone } from '../progress/next.js';
import type { Store } from '../progress/types.js';
import { localDay, type Clock } from './days.js';
import { todaysPractice, type PoolItem, type TodaysPractice } from './practice.js';
import { answeredOn, dueToday, lessonReviewItems, nextReviewDay, type ReviewItem } from './review.js';

export interface TodayPlan {
  day: string;
  practice: TodaysPractice | null;
  /** The questions to ask now (three a day at most, those answered today included in the count). */
  reviews: ReviewItem[];
  answeredToday: number;
  /** The next day a question will be due, after today. */
  nextReview: string | null;
  /** Lessons completed: practices and reviews come from these. */
  completedLessons: number;
}

/** The practices of the lessons the learner has completed, in catalogue order, in their language. */
export function practicePool(catalog: Pick<Catalog, 'lessons'>, store: Store, lang: Lang): PoolItem[] {
  return catalog.lessons
    .filter((l) => lessonDone(store, l.id))
    .flatMap((l) =>
      (docIn(l, lang).doc.practice ?? []).map((practice, i) => ({ lesson: l.id, index: i + 1, practice })),
    );
}

/** Every quiz of the lessons whose current attempt is completed, with its schedule. */
export function reviewItems(
  catalog: Pick<Catalog, 'lessons'>,
  store: Store,
  lang: Lang,
  offsetMinutes: number,
): ReviewItem[] {
  return catalog.lessons.flatMap((l, rank) => {
    const progress = store.lessons[l.id];
    if (progress?.status !== 'completed') return [];
    return lessonReviewItems(docIn(l, lang).doc, progress, store.daily.reviews[l.id] ?? [], offsetMinutes, rank);
  });
}

export function todayPlan(catalog: Pick<Catalog, 'lessons'>, store: Store, lang: Lang, clock: Clock): TodayPlan {
  const day = localDay(clock.now, clock.offsetMinutes);
  const items = reviewItems(catalog, store, lang, clock.offsetMinutes);
  const answeredToday = answeredOn(store.daily.reviews, day);
  return {
    day,
    practice: todaysPractice(practicePool(catalog, store, lang), store.daily.practice, day),
    reviews: dueToday(items, day, answeredToday),
    answeredToday,
    nextReview: nextReviewDay(items, day),
    completedLessons: catalog.lessons.filter((l) => lessonDone(store, l.id)).length,
  };
}

/** Something to do today: a practice not yet done, or a question due. */
export function somethingDue(plan: TodayPlan): boolean {
  return (plan.practice !== null && !plan.practice.done) || plan.reviews.length > 0;
}
