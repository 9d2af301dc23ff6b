/** The one table of status marks, for every screen that lists lessons. */
import type { LessonStatus } from '../core/progress/types.js';
import type { Style } from './style.js';

const MARKS: Record<LessonStatus, string> = { completed: '✔', 'in-progress': '◐', 'not-started': '○' };

/** The mark of a lesson's status, coloured when a style is given. */
export function statusMark(status: LessonStatus, style?: Style): string {
  const mark = MARKS[status];
  if (!style) return mark;
  return status === 'completed' ? style.green(mark) : status === 'in-progress' ? style.yellow(mark) : style.dim(mark);
}
