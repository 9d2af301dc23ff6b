/** The end-of-lesson screen: done, how long, the quiz score, and the one next lesson. */
import type { Catalog } from '../core/lessons/assemble.js';
import { publishes, titleIn } from '../core/lessons/choose.js';
import type { Lang, LessonDoc } from '../core/lessons/types.js';
import { nextLesson } from '../core/progress/next.js';
import { quizScore } from '../core/progress/transitions.js';
import type { Store } from '../core/progress/types.js';
import type { Messages } from '../i18n/en.js';
import type { Style } from './style.js';

export function lessonEndLines(
  catalog: Catalog,
  store: Store,
  doc: LessonDoc,
  v: { t: Messages; lang: Lang; style: Style },
): string[] {
  const p = store.lessons[doc.id];
  if (!p) return [];
  const { t, style: s } = v;
  const quiz = quizScore(p);
  const lines = ['', s.green(s.bold(t.start.finished(doc.title)))];
  const outcome = publishes(doc) ? t.common.outcome[p.mode] : '';
  lines.push(
    t.start.summary(
      doc.steps.length,
      Math.max(1, Math.round(p.activeMs / 60_000)),
      `${quiz.correct}/${quiz.total}`,
      outcome,
    ),
  );
  const next = catalog.lessons.find((l) => l.id === nextLesson(catalog, store));
  if (next) lines.push(s.cyan(t.start.next(titleIn(next, v.lang), next.id)));
  return lines;
}
