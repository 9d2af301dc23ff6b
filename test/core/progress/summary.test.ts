import { describe, expect, it } from 'vitest';
import { nextLesson } from '../../../src/core/progress/next.js';
import { closestIds } from '../../../src/core/strings.js';
import type { Catalog } from '../../../src/core/lessons/assemble.js';
import { emptyStore, type LessonProgress } from '../../../src/core/progress/types.js';

const track = (id: string, optional = false) => ({
  id,
  order: 1,
  title: { en: id, fr: id },
  summary: { en: '', fr: '' },
  optional,
  file: '',
});
const catalog: Catalog = {
  tracks: [track('a'), track('z', true)],
  lessons: ['a-1', 'a-2', 'a-3', 'z-1'].map((id, i) => ({ id, track: id.slice(0, 1), order: i, docs: {} })),
  broken: [],
  issues: [],
};
const p = (status: 'in-progress' | 'completed', updatedAt: string): LessonProgress => ({
  status,
  updatedAt,
  startedAt: updatedAt,
  completedAt: null,
  lessonVersion: 1,
  stepsTotal: 3,
  stepsDone: 1,
  results: [],
  activeMs: 0,
  mode: 'live',
});

describe('nextLesson', () => {
  it('suggests the first lesson of a fresh learner', () => {
    expect(nextLesson(catalog, emptyStore())).toBe('a-1');
  });
  it('prefers the unfinished lesson touched last', () => {
    const s = {
      ...emptyStore(),
      lessons: { 'a-1': p('in-progress', '2026-11-01T00:00:00Z'), 'a-3': p('in-progress', '2026-11-02T00:00:00Z') },
    };
    expect(nextLesson(catalog, s)).toBe('a-3');
  });
  it('puts required lessons first, then the others in catalogue order, optional tracks last', () => {
    const enrolled = { ...emptyStore(), enrollment: { program: { required: ['a-2'] } } } as unknown as Parameters<
      typeof nextLesson
    >[1];
    expect(nextLesson(catalog, enrolled)).toBe('a-2');
    const allDone = {
      ...emptyStore(),
      lessons: Object.fromEntries(['a-1', 'a-2', 'a-3'].map((id) => [id, p('completed', '2026-11-01T00:00:00Z')])),
    };
    expect(nextLesson(catalog, allDone)).toBe('z-1');
    expect(
      nextLesson(catalog, {
        ...allDone,
        lessons: { ...allDone.lessons, 'z-1': p('completed', '2026-11-01T00:00:00Z') },
      }),
    ).toBeNull();
  });
});

describe('closestIds', () => {
  it('suggests ids close to a typo', () => {
    expect(closestIds('linkedin-frist-post', ['linkedin-first-post', 'x-first-post', 'security-lock-down'])[0]).toBe(
      'linkedin-first-post',
    );
    expect(closestIds('zzzzzz', ['linkedin-first-post'])).toEqual([]);
  });
});
