/** Small synthetic catalogues and stores for the daily loop's rules. */
import type { Catalog } from '../../../src/core/lessons/assemble.js';
import type { Lesson, LessonDoc, Practice, Step } from '../../../src/core/lessons/types.js';
import { emptyStore, type LessonProgress, type Store, type StepResult } from '../../../src/core/progress/types.js';

const quizStep = (n: number): Step => ({
  title: `Check ${n}`,
  body: '',
  kind: 'quiz',
  line: 10 + n,
  block: { kind: 'quiz', question: `Q${n}?`, choices: { a: 'A', b: 'B' }, answer: ['a'], explain: 'E.' },
});
const readStep: Step = { title: 'Read', body: 'Text.', kind: 'reading', line: 8 };

/** A lesson with `quizzes` quiz steps after a reading step, and `practices` attested practices. */
export function lesson(id: string, quizzes = 1, practices = 1): Lesson {
  const practice: Practice[] = Array.from({ length: practices }, (_, i) => ({
    text: `Do ${id} ${i + 1}.`,
    minutes: 2,
    evidence: 'attest',
    line: 7 + i,
  }));
  const doc = (lang: 'en' | 'fr'): LessonDoc => ({
    id,
    lang,
    file: `/l/t/${id}.${lang}.md`,
    title: `Title ${id}`,
    minutes: 10,
    version: 1,
    objective: 'O.',
    network: false,
    ...(practices > 0 && { practice }),
    steps: [readStep, ...Array.from({ length: quizzes }, (_, i) => quizStep(i + 1))],
  });
  return { id, track: 't', order: 1, docs: { en: doc('en'), fr: doc('fr') } };
}

export function catalog(lessons: Lesson[]): Pick<Catalog, 'lessons' | 'tracks'> {
  return {
    lessons,
    tracks: [
      {
        id: 't',
        order: 1,
        title: { en: 'T', fr: 'T' },
        summary: { en: 'S', fr: 'S' },
        optional: false,
        file: '/l/t/track.yaml',
      },
    ],
  };
}

/** The store after completing `lesson` at `at`, every quiz answered right (or as `correct` says) on the first try. */
export function completed(store: Store, l: Lesson, at: number, correct = true): Store {
  const iso = new Date(at).toISOString();
  const results: StepResult[] = l.docs.en!.steps.map((s) =>
    s.kind === 'quiz'
      ? { kind: 'quiz', at: iso, firstTry: [correct ? 'a' : 'b'], correct, attempts: 1 }
      : { kind: 'reading', at: iso },
  );
  const progress: LessonProgress = {
    status: 'completed',
    lessonVersion: 1,
    stepsTotal: results.length,
    stepsDone: results.length,
    results,
    startedAt: iso,
    updatedAt: iso,
    completedAt: iso,
    activeMs: 1000,
    mode: 'live',
  };
  return {
    ...store,
    lessons: { ...store.lessons, [l.id]: progress },
    history: {
      ...store.history,
      [l.id]: [
        ...(store.history[l.id] ?? []),
        {
          startedAt: iso,
          completedAt: iso,
          lessonVersion: 1,
          mode: 'live',
          activeMs: 1000,
          quiz: { correct: 1, total: 1 },
        },
      ],
    },
  };
}

export const fresh = emptyStore;
export const DAY = 86_400_000;
