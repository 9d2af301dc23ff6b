/**
 * The fast acceptor may only make reports faster, never more lenient: whatever it accepts, the
 * strict schema accepts too (checked on valid records and on thousands of mutations of them), and
 * it does accept the records a coach writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsExport } from '../../../src/core/sponsor/record-accept.js';
import { exportSchema } from '../../../src/core/sponsor/formats.js';
import { buildRecord, exportFile } from '../../../src/core/sponsor/record.js';
import { tenMinuteLesson } from '../../helpers/progress.js';
import { enrolledStore } from '../../helpers/records.js';

const MASTER = Buffer.alloc(32, 3).toString('base64url');
function sample(n: number): unknown {
  const learner = `l-${n}`;
  const store = enrolledStore(MASTER, learner, ['a']);
  store.lessons.a = tenMinuteLesson({ mode: 'draft' });
  store.lessons.b = {
    status: 'in-progress',
    lessonVersion: 1,
    stepsTotal: 4,
    stepsDone: 1,
    results: [],
    startedAt: '2026-11-03T09:00:00.000Z',
    updatedAt: '2026-11-03T09:10:00.000Z',
    completedAt: null,
    activeMs: 60_000,
    mode: 'live',
  };
  return JSON.parse(
    JSON.stringify(
      exportFile(
        buildRecord(store, ['a', 'b'], Date.UTC(2026, 10, 20), '1.2.3'),
        n % 2 ? store.enrollment!.key : undefined,
      ),
    ),
  );
}

/** Paths to every value inside a JSON value. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object') return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}
function setAt(root: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let o = copy;
  for (const k of at.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (value === DELETE) delete o[last];
  else o[last] = value;
  return copy;
}
const DELETE = Symbol('delete');

describe('acceptsExport', () => {
  it('accepts the records a coach writes, signed or not', () => {
    for (let n = 0; n < 4; n++) {
      expect(acceptsExport(sample(n))).toBe(true);
      expect(exportSchema.safeParse(sample(n)).success).toBe(true);
    }
  });

  it('never accepts what the schema refuses (mutations of every field, thousands of cases)', () => {
    const base = sample(1);
    const all = paths(base);
    const values = fc.oneof(
      fc.constant(DELETE),
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -5, max: 200_000 }),
      fc.double(),
      fc.string(),
      fc.constant(''),
      fc.constantFrom(
        '2027-02-30T10:00:00.000Z',
        '2019-12-31T23:59:59Z',
        '2100-01-01T00:00:00Z',
        '2026-11-02T24:00:00Z',
        'completed',
        'in-progress',
        'draft',
        'live',
        'HS256',
        'exec-coach',
        'a',
        'b',
        'A_b',
        'x'.repeat(81),
        'exec-coach.export/1',
      ),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), values, fc.boolean(), (i, value, extraKey) => {
        let mutated = setAt(base, all[i]!, value);
        if (extraKey && mutated && typeof mutated === 'object' && !Array.isArray(mutated))
          mutated = { ...(mutated as object), extra: 1 };
        if (acceptsExport(mutated)) {
          accepted++;
          expect(exportSchema.safeParse(mutated).success).toBe(true);
        }
      }),
      { numRuns: 5000, seed: 4242 },
    );
    expect(accepted).toBeGreaterThan(0); // some mutations are still valid records (e.g. another valid status)
  });

  it('refuses non-canonical signatures, impossible times, duplicate lessons and objects with a prototype', () => {
    const b = sample(1) as { signature: { value: string }; record: { generatedAt: string; lessons: unknown[] } };
    const last = b.signature.value.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    expect(
      acceptsExport({
        ...b,
        signature: { ...b.signature, value: b.signature.value.slice(0, 42) + alphabet[alphabet.indexOf(last) ^ 1] },
      }),
    ).toBe(false);
    expect(acceptsExport({ ...b, record: { ...b.record, generatedAt: '2027-02-30T10:00:00.000Z' } })).toBe(false);
    expect(acceptsExport({ ...b, record: { ...b.record, lessons: [b.record.lessons[0], b.record.lessons[0]] } })).toBe(
      false,
    );
    expect(acceptsExport(Object.assign(Object.create({ polluted: true }), b))).toBe(false);
  });
});

describe('acceptsExport: times', () => {
  it('takes a time exactly when the schema does (every part in and out of its range, leap years)', () => {
    const part = (min: number, max: number, width: number) =>
      fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
    const time = fc
      .tuple(
        fc.oneof(part(2015, 2105, 4), fc.constantFrom('2024', '2028', '2100', '2000', '2019', '2099')),
        part(0, 13, 2),
        part(0, 32, 2),
        part(0, 25, 2),
        part(0, 61, 2),
        part(0, 61, 2),
        fc.constantFrom('', '.5', '.25', '.125', '.1234', '.'),
      )
      .map(([y, mo, d, h, mi, s, frac]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}Z`);
    const base = sample(1) as { record: { generatedAt: string } };
    let taken = 0;
    fc.assert(
      fc.property(time, (t) => {
        const file = { ...base, record: { ...base.record, generatedAt: t } };
        const fast = acceptsExport(file);
        if (fast) taken++;
        expect(fast).toBe(exportSchema.safeParse(file).success);
      }),
      { numRuns: 4000, seed: 2029 },
    );
    expect(taken).toBeGreaterThan(100);
    for (const [t, ok] of [
      ['2028-02-29T12:00:00Z', true],
      ['2027-02-29T12:00:00Z', false],
      ['2027-04-31T12:00:00Z', false],
      ['2027-12-31T23:59:59.999Z', true],
    ] as const)
      expect(acceptsExport({ ...base, record: { ...base.record, generatedAt: t } })).toBe(ok);
  });
});

describe('canonicalExact', () => {
  it('gives the RFC 8785 text of any record the rules accept, like the general algorithm', async () => {
    const { canonical, canonicalExact } = await import('../../../src/core/sponsor/sign.js');
    const { PATTERNS } = await import('../../../src/core/sponsor/format-rules.js');
    // Strings as the format's patterns allow them (canonicalExact writes them without escaping).
    const time = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const lesson = fc
      .record({
        completedAt: fc.option(time, { nil: null }),
        id: fc.stringMatching(PATTERNS.lessonId).filter((id) => id.length <= 80),
        minutesSpent: fc.integer({ min: 0, max: 100_000 }),
        mode: fc.constantFrom('live', 'draft'),
        quiz: fc.record({ correct: fc.integer({ min: 0, max: 50 }), total: fc.integer({ min: 0, max: 50 }) }),
        startedAt: time,
        stepsDone: fc.integer({ min: 0, max: 50 }),
        stepsTotal: fc.integer({ min: 0, max: 50 }),
      })
      .map((l) => ({
        ...l,
        status: l.completedAt === null ? 'in-progress' : 'completed',
        completedAt: l.completedAt === null || l.completedAt >= l.startedAt ? l.completedAt : l.startedAt,
        stepsDone: Math.min(l.stepsDone, l.stepsTotal),
        quiz: { correct: Math.min(l.quiz.correct, l.quiz.total), total: l.quiz.total },
      }));
    const record = fc.record({
      learner: fc.record({ id: fc.stringMatching(PATTERNS.id) }),
      program: fc.record({ id: fc.stringMatching(PATTERNS.id) }),
      generatedAt: time,
      tool: fc.record({ name: fc.constant('exec-coach'), version: fc.stringMatching(PATTERNS.version) }),
      lessons: fc.uniqueArray(lesson, { maxLength: 6, selector: (l) => l.id }),
    });
    let accepted = 0;
    fc.assert(
      fc.property(record, (generated) => {
        // As a report has them (from JSON.parse: plain objects), and only those the rules accept.
        const r = JSON.parse(JSON.stringify(generated));
        if (!acceptsExport({ format: 'exec-coach.export/1', record: r })) return;
        accepted++;
        expect(canonicalExact(r as never)).toBe(canonical(r as never));
      }),
      { numRuns: 2000, seed: 8785 },
    );
    expect(accepted).toBeGreaterThan(1500);
  });
});
