import { describe, expect, it } from 'vitest';
import { mergeBackup } from '../../../src/core/progress/merge.js';
import { emptyStore, type LessonProgress, type Store } from '../../../src/core/progress/types.js';

const p = (updatedAt: string, stepsDone: number): LessonProgress => ({
  status: 'in-progress',
  lessonVersion: 1,
  stepsTotal: 5,
  stepsDone,
  results: [],
  startedAt: '2026-11-01T09:00:00.000Z',
  updatedAt,
  completedAt: null,
  activeMs: 0,
  mode: 'live',
});
const completion = (completedAt: string) => ({
  startedAt: completedAt,
  completedAt,
  lessonVersion: 1,
  mode: 'live' as const,
  activeMs: 1,
  quiz: { correct: 0, total: 0 },
});

describe('mergeBackup', () => {
  const local: Store = {
    ...emptyStore(),
    settings: { lang: 'fr' },
    lessons: { a: p('2026-11-20T00:00:00.000Z', 3), b: p('2026-11-10T00:00:00.000Z', 1) },
    history: { a: [completion('2026-11-05T00:00:00.000Z')] },
  };
  const backup: Store = {
    ...emptyStore(),
    settings: { lang: 'en', name: 'Claire' },
    lessons: {
      a: p('2026-11-15T00:00:00.000Z', 4),
      b: p('2026-11-12T00:00:00.000Z', 2),
      c: p('2026-11-01T00:00:00.000Z', 1),
    },
    history: { a: [completion('2026-11-05T00:00:00.000Z'), completion('2026-11-14T00:00:00.000Z')] },
  };
  const r = mergeBackup(local, backup);

  it('never replaces newer local progress with older progress from the backup', () => {
    expect(r.store.lessons.a!.stepsDone).toBe(3);
    expect(r.keptLocal).toEqual(['a']);
  });
  it('takes lessons that are newer in the backup or missing here', () => {
    expect(r.store.lessons.b!.stepsDone).toBe(2);
    expect(r.store.lessons.c).toBeDefined();
    expect(r.restored).toEqual(['b', 'c']);
  });
  it('unites past completions without duplicates, and keeps local settings', () => {
    expect(r.store.history.a!.map((c) => c.completedAt)).toEqual([
      '2026-11-05T00:00:00.000Z',
      '2026-11-14T00:00:00.000Z',
    ]);
    expect(r.completionsAdded).toBe(1);
    expect(r.store.settings).toEqual({ lang: 'fr', name: 'Claire' });
  });
  it('is idempotent: restoring the same backup again changes nothing', () => {
    const again = mergeBackup(r.store, backup);
    expect(again.restored).toEqual([]);
    expect(again.completionsAdded).toBe(0);
    expect(again.store).toEqual(r.store);
  });

  it('unites the daily loops: this machine wins a day it has, the backup adds the others and its review answers', () => {
    const day = (d: string, lesson: string) => ({
      day: d,
      lesson,
      index: 1,
      offeredAt: `${d}T08:00:00.000Z`,
      doneAt: `${d}T08:04:00.000Z`,
    });
    const answer = (d: string, quiz = 1) => ({ quiz, day: d, at: `${d}T08:10:00.000Z`, correct: true });
    const here: Store = {
      ...emptyStore(),
      daily: { practice: [day('2026-11-20', 'a'), day('2026-11-22', 'a')], reviews: { a: [answer('2026-11-21')] } },
    };
    const there: Store = {
      ...emptyStore(),
      daily: {
        practice: [day('2026-11-20', 'b'), day('2026-11-21', 'b')],
        reviews: { a: [answer('2026-11-21'), answer('2026-11-24')], b: [answer('2026-11-23', 2)] },
      },
    };
    const merged = mergeBackup(here, there).store.daily;
    expect(merged.practice.map((p) => `${p.day} ${p.lesson}`)).toEqual([
      '2026-11-20 a',
      '2026-11-21 b',
      '2026-11-22 a',
    ]);
    expect(merged.reviews.a!.map((a) => a.day)).toEqual(['2026-11-21', '2026-11-24']);
    expect(merged.reviews.b).toHaveLength(1);
  });
});
