/**
 * Spaced review: each quiz of a completed lesson comes back after 1, 3, 7, 21, then every 60 days;
 * a wrong answer brings it back the next day and starts the climb again. At most three a day.
 *
 * The schedule is a pure function of the answer history (the lesson's first try, then each review
 * answer with the calendar day it was given on) and of today's calendar day. A question is due on
 * day D only when D comes at least one interval after the latest day it was answered on: so it is
 * never due again on a day it was answered, and a clock set back (to a day before the latest
 * answer) makes nothing due again.
 */
import type { LessonDoc } from '../lessons/types.js';
import type { LessonProgress, ReviewAnswer } from '../progress/types.js';
import { addDays, localDay, maxDay } from './days.js';

/** Days until a question comes back, by the number of right answers in a row since the lesson (or the last wrong one). */
export const INTERVALS = [1, 3, 7, 21, 60] as const;
export const REVIEWS_PER_DAY = 3;

/** One answer as the schedule sees it: the calendar day it was given on, and whether it was right. */
export interface Answered {
  day: string;
  correct: boolean;
}

export interface Schedule {
  /** Right answers in a row (0 after the lesson, or after a wrong answer). */
  streak: number;
  /** The latest calendar day the question was answered on. */
  lastDay: string;
  /** Days from lastDay until it comes back. */
  interval: number;
  /** The first day it is due. */
  dueDay: string;
  lastCorrect: boolean;
}

/** The schedule after `answers` (oldest first; the first one is the lesson's own quiz). */
export function schedule(answers: readonly Answered[]): Schedule {
  if (answers.length === 0) throw new Error('a question is scheduled from its first answer');
  let streak = 0;
  let lastDay = answers[0]!.day;
  answers.forEach((a, i) => {
    if (i > 0) streak = a.correct ? streak + 1 : 0;
    lastDay = maxDay(lastDay, a.day);
  });
  const interval = INTERVALS[Math.min(streak, INTERVALS.length - 1)]!;
  return {
    streak,
    lastDay,
    interval,
    dueDay: addDays(lastDay, interval),
    lastCorrect: answers[answers.length - 1]!.correct,
  };
}

/** A quiz of a completed lesson, with its history and schedule. `quiz` counts from 1; `step` is its index in the lesson. */
export interface ReviewItem {
  lesson: string;
  quiz: number;
  step: number;
  schedule: Schedule;
  /** Position in the catalogue, to keep the order stable. */
  rank: number;
}

/**
 * The review items of one completed lesson. The lesson's own first try starts each history (on the
 * day of its answer, read with today's offset: it carries no day of its own).
 */
export function lessonReviewItems(
  doc: Pick<LessonDoc, 'id' | 'steps'>,
  progress: LessonProgress,
  answers: readonly ReviewAnswer[],
  offsetMinutes: number,
  rank: number,
): ReviewItem[] {
  const items: ReviewItem[] = [];
  let quiz = 0;
  doc.steps.forEach((step, index) => {
    if (step.kind !== 'quiz') return;
    quiz += 1;
    const result = progress.results[index];
    const first: Answered =
      result?.kind === 'quiz'
        ? { day: localDay(Date.parse(result.at), offsetMinutes), correct: result.correct }
        : { day: localDay(Date.parse(progress.completedAt ?? progress.updatedAt), offsetMinutes), correct: true };
    const history = [first, ...answers.filter((a) => a.quiz === quiz)];
    items.push({ lesson: doc.id, quiz, step: index, schedule: schedule(history), rank: rank * 100 + quiz });
  });
  return items;
}

/**
 * What to ask today: the questions due, the most overdue first (then the ones last answered wrong,
 * then catalogue order), as many as today's three allow after those already answered today.
 */
export function dueToday(items: readonly ReviewItem[], today: string, answeredToday: number): ReviewItem[] {
  const room = Math.max(0, REVIEWS_PER_DAY - answeredToday);
  return items
    .filter((i) => i.schedule.dueDay <= today)
    .sort(
      (a, b) =>
        (a.schedule.dueDay < b.schedule.dueDay ? -1 : a.schedule.dueDay > b.schedule.dueDay ? 1 : 0) ||
        Number(a.schedule.lastCorrect) - Number(b.schedule.lastCorrect) ||
        a.rank - b.rank,
    )
    .slice(0, room);
}

/** The next day after today on which a question will be due (those left over today come tomorrow), or null. */
export function nextReviewDay(items: readonly ReviewItem[], today: string): string | null {
  const tomorrow = addDays(today, 1);
  // YYYY-MM-DD keys sort as the days they name.
  return items.map((i) => maxDay(i.schedule.dueDay, tomorrow)).sort()[0] ?? null;
}

/** Review answers given on `day`, across lessons: today's three are counted from these. */
export function answeredOn(reviews: Readonly<Record<string, readonly ReviewAnswer[]>>, day: string): number {
  return Object.values(reviews).reduce((n, list) => n + list.filter((a) => a.day === day).length, 0);
}
