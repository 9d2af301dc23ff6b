/** What `coach status` adds for the daily loop: the rhythm and what is due today. Pure. */
import type { Catalog } from '../lessons/assemble.js';
import type { Lang } from '../lessons/types.js';
import type { Store } from '../progress/types.js';
import type { Clock } from './days.js';
import { rhythm, type Rhythm } from './rhythm.js';
import { todayPlan } from './today.js';

export interface DailyStatus {
  rhythm: Rhythm;
  due: {
    day: string;
    /** Today's practice is there and not done yet. */
    practice: boolean;
    /** Review questions due now (three a day at most). */
    reviews: number;
    nextReview: string | null;
  };
}

export function dailyStatus(
  catalog: Pick<Catalog, 'lessons'>,
  store: Store,
  lang: Lang,
  clock: Clock,
  weeks = 8,
): DailyStatus {
  const plan = todayPlan(catalog, store, lang, clock);
  return {
    rhythm: rhythm(store.daily, clock, weeks),
    due: {
      day: plan.day,
      practice: plan.practice !== null && !plan.practice.done,
      reviews: plan.reviews.length,
      nextReview: plan.nextReview,
    },
  };
}
