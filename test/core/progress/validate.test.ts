import { describe, expect, it } from 'vitest';
import { checkStoreText } from '../../../src/core/progress/validate.js';
import { recoverStore } from '../../../src/core/progress/recover.js';
import { emptyStore, STORE_VERSION } from '../../../src/core/progress/types.js';

const lesson = {
  status: 'in-progress',
  lessonVersion: 1,
  stepsTotal: 3,
  stepsDone: 1,
  results: [{ kind: 'reading', at: '2026-11-26T09:00:00Z' }],
  startedAt: '2026-11-26T09:00:00Z',
  updatedAt: '2026-11-26T09:01:00Z',
  completedAt: null,
  activeMs: 60000,
  mode: 'live',
};

describe('checkStoreText', () => {
  it('accepts a well-formed store', () => {
    const r = checkStoreText(JSON.stringify({ ...emptyStore(), lessons: { a: lesson } }));
    expect(r.ok).toBe(true);
  });
  it.each([
    ['empty', '', 'not-json'],
    ['truncated', JSON.stringify({ ...emptyStore(), lessons: { a: lesson } }).slice(0, 40), 'not-json'],
    ['not JSON', 'hello', 'not-json'],
    ['an array', '[]', 'wrong-shape'],
    ['a bad status', JSON.stringify({ ...emptyStore(), lessons: { a: { ...lesson, status: 'done' } } }), 'wrong-shape'],
    [
      'more steps done than exist',
      JSON.stringify({ ...emptyStore(), lessons: { a: { ...lesson, stepsDone: 9 } } }),
      'wrong-shape',
    ],
    [
      'a bad date',
      JSON.stringify({ ...emptyStore(), lessons: { a: { ...lesson, startedAt: 'yesterday' } } }),
      'wrong-shape',
    ],
    ['a future version', JSON.stringify({ ...emptyStore(), schemaVersion: STORE_VERSION + 1 }), 'future-version'],
  ])('refuses %s', (_name, text, kind) => {
    const r = checkStoreText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.kind).toBe(kind);
  });
  it('names the field that is wrong', () => {
    const r = checkStoreText(JSON.stringify({ ...emptyStore(), lessons: { a: { ...lesson, mode: 'loud' } } }));
    expect(r).toEqual({ ok: false, problem: { kind: 'wrong-shape', field: 'lessons.a.mode' } });
  });
  it('migrates a document without a version', () => {
    const r = checkStoreText(JSON.stringify({ settings: { lang: 'fr' }, lessons: {} }));
    expect(r).toMatchObject({
      ok: true,
      migratedFrom: 0,
      store: { schemaVersion: 3, settings: { lang: 'fr' }, history: {}, daily: { practice: [], reviews: {} } },
    });
  });
  it('migrates version 1: completions get the time their attempt started', () => {
    const v1 = {
      schemaVersion: 1,
      settings: {},
      lessons: {},
      history: {
        a: [
          {
            completedAt: '2026-11-20T10:00:00.000Z',
            lessonVersion: 1,
            mode: 'live',
            activeMs: 1,
            quiz: { correct: 1, total: 1 },
          },
        ],
      },
    };
    const r = checkStoreText(JSON.stringify(v1));
    expect(r).toMatchObject({
      ok: true,
      migratedFrom: 1,
      store: {
        schemaVersion: 3,
        history: { a: [{ startedAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-20T10:00:00.000Z' }] },
      },
    });
  });
});

describe('the daily loop in the store (version 3)', () => {
  const practice = {
    day: '2026-11-26',
    lesson: 'a',
    index: 1,
    offeredAt: '2026-11-26T09:00:00.000Z',
    doneAt: '2026-11-26T09:04:00.000Z',
    evidence: 'attest',
  };
  const answer = { quiz: 1, day: '2026-11-27', at: '2026-11-27T08:00:00.000Z', correct: true };
  it('migrates version 2 stores, which keep reading: the daily log starts empty, the rest is untouched', () => {
    const v2 = { schemaVersion: 2, settings: { name: 'Ana' }, lessons: { a: lesson }, history: {} };
    const r = checkStoreText(JSON.stringify(v2));
    expect(r).toEqual({
      ok: true,
      migratedFrom: 2,
      store: { ...v2, schemaVersion: 3, daily: { practice: [], reviews: {} } },
    });
  });
  it('reads a daily log of practices and review answers', () => {
    const r = checkStoreText(
      JSON.stringify({ ...emptyStore(), daily: { practice: [practice], reviews: { a: [answer] } } }),
    );
    expect(r).toMatchObject({ ok: true, store: { daily: { practice: [practice], reviews: { a: [answer] } } } });
  });
  it.each([
    ['no daily log', { daily: undefined }, 'daily'],
    [
      'a practice day that is not a day',
      { daily: { practice: [{ ...practice, day: '26/11/2026' }], reviews: {} } },
      'daily.practice[0]',
    ],
    ['a practice place 0', { daily: { practice: [{ ...practice, index: 0 }], reviews: {} } }, 'daily.practice[0]'],
    [
      'a practice of a lesson id with controls',
      { daily: { practice: [{ ...practice, lesson: 'a\u001b[2J' }], reviews: {} } },
      'daily.practice[0]',
    ],
    ['reviews as a list', { daily: { practice: [], reviews: [] } }, 'daily.reviews'],
    [
      'a review without its answer',
      { daily: { practice: [], reviews: { a: [{ ...answer, correct: 'yes' }] } } },
      'daily.reviews.a',
    ],
    [
      'a review keyed by a strange id',
      { daily: { practice: [], reviews: { 'A B': [answer] } } },
      'daily.reviews["A B"]',
    ],
  ])('refuses %s, naming the field', (_name, change, field) => {
    expect(checkStoreText(JSON.stringify({ ...emptyStore(), ...change }))).toEqual({
      ok: false,
      problem: { kind: 'wrong-shape', field },
    });
  });
  it('recovers a sound daily log from a damaged store', () => {
    const { store } = recoverStore(
      JSON.stringify({
        schemaVersion: 3,
        settings: {},
        lessons: 'broken',
        history: {},
        daily: { practice: [practice], reviews: {} },
      }),
    );
    expect(store.daily.practice).toEqual([practice]);
  });
});

describe('recoverStore', () => {
  it('keeps every lesson entry that is sound on its own, and the settings', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      settings: { lang: 'fr' },
      lessons: { good: lesson, bad: { ...lesson, stepsDone: -1 } },
      history: 5,
    });
    const { store, lessons } = recoverStore(text);
    expect(lessons).toBe(1);
    expect(Object.keys(store.lessons)).toEqual(['good']);
    expect(store.settings.lang).toBe('fr');
  });
  it('starts empty from text that is not JSON', () => {
    expect(recoverStore('{"lessons": {').lessons).toBe(0);
  });
});
