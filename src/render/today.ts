/** `coach today` as text: the day's heading, the practice, a review question's heading, and the list shown off a terminal. */
import type { TodayPlan } from '../core/daily/today.js';
import type { Messages } from '../i18n/en.js';
import { wrapMessage } from './editor.js';
import { sanitise } from './sanitise.js';
import type { Style } from './style.js';

export interface TodayView {
  t: Messages;
  style: Style;
  width: number;
  /** Wrapped at words on a terminal; piped, one line each (measuring display width costs start-up time, and a pipe has no width). */
  terminal: boolean;
  /** Lesson titles by id, in the learner's language. */
  titles: ReadonlyMap<string, string>;
}

export function todayTitle(day: string, v: TodayView): string {
  return v.style.bold(v.t.today.title(v.t.today.date(day)));
}

/** The practice as the learner reads it: where it comes from, then the action, wrapped at words and indented. */
export function practiceText(practice: NonNullable<TodayPlan['practice']>, v: TodayView): string {
  const { item } = practice;
  const head = v.style.cyan(
    v.t.today.practice(item.practice.minutes, sanitise(v.titles.get(item.lesson) ?? item.lesson)),
  );
  const text = sanitise(item.practice.text);
  if (!v.terminal) return `${head}\n\n  ${text}\n`;
  const body = wrapMessage(text, Math.max(20, v.width - 2), 0)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  return `${wrapMessage(head, v.width, 0)}\n\n${body}\n`;
}

export function reviewHeading(i: number, n: number, lesson: string, v: TodayView): string {
  const line = v.t.today.review(i, n, sanitise(v.titles.get(lesson) ?? lesson));
  return v.style.cyan(v.terminal ? wrapMessage(line, v.width, 0) : line);
}

/** Off a terminal: what is due today, to read (the questions are asked only on a terminal). */
export function todayListText(plan: TodayPlan, v: TodayView): string {
  const lines = [todayTitle(plan.day, v), ''];
  if (plan.practice) lines.push(plan.practice.done ? v.t.today.practiceDone : practiceText(plan.practice, v));
  if (plan.reviews.length > 0) lines.push(v.t.today.reviewsDue(plan.reviews.length));
  return `${lines.join('\n')}\n`;
}
