/**
 * The accumulator decides on file indices, not arrival order: two threads each taking a share of
 * the files and merging their states give exactly what one pass gives (rows, rejections, order).
 */
import { describe, expect, it } from 'vitest';
import type { CompletionRecord } from '../../../src/core/sponsor/formats.js';
import { reportFrom } from '../../../src/core/sponsor/report.js';
import { type FileEntry, ReportAccumulator } from '../../../src/core/sponsor/report-accumulate.js';
import { summarise } from '../../../src/core/sponsor/report-summary.js';

const required = ['a', 'b'];
const program = { id: 'p', title: 'P', due: '2027-03-31', required };
const lesson = (id: string, done: boolean) => ({
  id,
  status: done ? ('completed' as const) : ('in-progress' as const),
  startedAt: '2027-03-01T09:00:00.000Z',
  completedAt: done ? '2027-03-02T09:00:00.000Z' : null,
  mode: 'live' as const,
  stepsDone: 1,
  stepsTotal: 4,
  quiz: { correct: 1, total: 2 },
  minutesSpent: 5,
});
const rec = (learner: string, day: number, lessons: CompletionRecord['lessons']): CompletionRecord => ({
  learner: { id: learner },
  program: { id: 'p' },
  generatedAt: `2027-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  tool: { name: 'exec-coach', version: '1.0.0' },
  lessons,
});
const ok = (
  r: CompletionRecord,
  verification: 'valid' | 'unsigned' = 'valid',
  signature: string | undefined = `${r.learner.id}-${r.generatedAt}`,
): FileEntry => ({ ok: true, summary: summarise(r, verification, signature, required) });

/** Files in report order: copies on both sides of every split, a tie, unsigned and refused files, flags. */
const files: [string, () => FileEntry][] = [
  ['00-copy-of-late.json', () => ok(rec('u9', 9, [lesson('a', true)]))],
  ['01-u1-old.json', () => ok(rec('u1', 1, [lesson('a', true)]))],
  ['02-junk.json', () => ({ ok: false, code: 'not-json', detail: 'line 1' })],
  ['03-u1-new.json', () => ok(rec('u1', 5, [lesson('a', true), lesson('b', true)]))],
  ['04-u2-unsigned.json', () => ok(rec('u2', 8, [lesson('a', false)]), 'unsigned', undefined)],
  ['05-u2-tampered.json', () => ({ ok: false, code: 'invalid-signature', detail: 'changed', learnerId: 'u2' })],
  ['06-u3-tie-first.json', () => ok(rec('u3', 4, [lesson('a', true)]), 'valid', 'tie-1')],
  ['07-u3-tie-second.json', () => ok(rec('u3', 4, [lesson('b', true)]), 'valid', 'tie-2')],
  ['08-u2-valid.json', () => ok(rec('u2', 2, [lesson('b', false)]))],
  ['09-copy-of-u1-new.json', () => ok(rec('u1', 5, [lesson('a', true), lesson('b', true)]))],
  ['10-other.json', () => ({ ok: false, code: 'other-program', detail: 'programme "q"', learnerId: 'u4' })],
  ['11-u4-other-again.json', () => ({ ok: false, code: 'invalid-signature', detail: 'x', learnerId: 'u4' })],
  ['12-late.json', () => ok(rec('u9', 9, [lesson('a', true)]))],
  ['13-u2-unsigned-copy.json', () => ok(rec('u2', 8, [lesson('a', false)]), 'unsigned', undefined)],
];
const pathOf = (i: number) => files[i]![0];
const reportOf = (acc: ReportAccumulator) =>
  reportFrom(
    {
      program,
      trackOf: new Map(),
      roster: [
        { id: 'u1', line: 2 },
        { id: 'u2', line: 3 },
        { id: 'u4', line: 4 },
      ],
      now: Date.UTC(2027, 3, 1),
    },
    acc.finish(pathOf),
  );

function share(from: number, to: number): ReportAccumulator {
  const acc = new ReportAccumulator();
  for (let i = from; i < to; i++) acc.add(i, files[i]![1]());
  return acc;
}

describe('ReportAccumulator', () => {
  const one = reportOf(share(0, files.length));

  it('keeps the best record per learner and names every copy after the first of its kind', () => {
    expect(one.learners.map((l) => [l.id, l.source, l.verification])).toEqual([
      ['u1', '03-u1-new.json', 'valid'],
      ['u2', '08-u2-valid.json', 'valid'],
      ['u4', null, 'other-program'],
      ['u3', '06-u3-tie-first.json', 'not-in-roster'],
      ['u9', '00-copy-of-late.json', 'not-in-roster'],
    ]);
    expect(one.rejected).toEqual([
      { path: '02-junk.json', reason: 'not-json: line 1' },
      { path: '05-u2-tampered.json', reason: 'invalid-signature: changed' },
      { path: '09-copy-of-u1-new.json', reason: 'duplicate: the same record as 03-u1-new.json' },
      { path: '10-other.json', reason: 'other-program: programme "q"' },
      { path: '11-u4-other-again.json', reason: 'invalid-signature: x' },
      { path: '12-late.json', reason: 'duplicate: the same record as 00-copy-of-late.json' },
      { path: '13-u2-unsigned-copy.json', reason: 'duplicate: the same record as 04-u2-unsigned.json' },
    ]);
  });

  it('gives the same report from two shares merged, at every split and in either order of arrival', () => {
    for (let split = 0; split <= files.length; split++) {
      const [first, second] = [share(0, split), share(split, files.length)];
      const mainFirst = share(0, split);
      mainFirst.merge(second.state());
      expect(reportOf(mainFirst), `split ${split}`).toEqual(one);
      const workerFirst = share(split, files.length);
      workerFirst.merge(first.state());
      expect(reportOf(workerFirst), `split ${split}, reversed`).toEqual(one);
    }
  });

  it("gives the same report whatever the order files arrive in (the worker's batches come between this thread's files)", () => {
    const orders = [
      files.map((_, i) => files.length - 1 - i),
      files.map((_, i) => (i % 2 ? files.length - i : i)).filter((i) => i < files.length),
      [7, 0, 8, 1, 9, 2, 10, 3, 11, 4, 12, 5, 13, 6],
    ];
    for (const order of orders) {
      const acc = new ReportAccumulator();
      for (const i of new Set(order)) acc.add(i, structuredClone(files[i]![1]()));
      expect(reportOf(acc), order.join(',')).toEqual(one);
    }
  });

  it('survives a structured clone of its state (the worker sends it across threads)', () => {
    const main = share(0, 7);
    main.merge(structuredClone(share(7, files.length).state()));
    expect(reportOf(main)).toEqual(one);
  });
});
