import { describe, expect, it } from 'vitest';
import { buildRecord, exportFile, UNENROLLED } from '../../../src/core/sponsor/record.js';
import {
  canonical,
  hmacText,
  learnerKey,
  learnerKeyText,
  signRecord,
  verifyAcceptedRecord,
} from '../../../src/core/sponsor/sign.js';
import { KeyRing, verifyText } from '../../../src/core/sponsor/verify.js';
import { exportSchema, type Enrollment } from '../../../src/core/sponsor/formats.js';
import { emptyStore, type Store } from '../../../src/core/progress/types.js';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';

const T = Date.UTC(2026, 10, 26, 9);
const MASTER = Buffer.alloc(32, 7).toString('base64url');
const enrollment = (learner = 'ceo-001'): Enrollment => ({
  format: 'exec-coach.enrollment/1',
  id: '0b6f3c1e-7c7a-4d2f-9d7e-3b8f1f5a2c11',
  program: { id: 'comex-2027', title: 'Comex 2027', sponsor: { name: 'HR' }, required: ['a', 'b'], due: '2027-03-31' },
  learner: { id: learner },
  key: learnerKey(MASTER, learner),
  issuedAt: new Date(T).toISOString(),
});
const storeWith = (): Store => ({
  ...emptyStore(),
  enrollment: enrollment(),
  lessons: {
    a: {
      status: 'completed',
      lessonVersion: 1,
      stepsTotal: 3,
      stepsDone: 3,
      results: [
        { kind: 'quiz', at: '', firstTry: ['a'], correct: true, attempts: 1 },
        { kind: 'reflect', at: '', text: 'PRIVATE THOUGHT' },
        { kind: 'task', at: '', evidence: 'linkedin-post', mode: 'draft', text: 'SECRET DRAFT' },
      ],
      startedAt: '2026-11-26T09:00:00.000Z',
      updatedAt: '2026-11-26T09:12:00.000Z',
      completedAt: '2026-11-26T09:12:00.000Z',
      activeMs: 12 * 60_000,
      mode: 'draft',
    },
    b: {
      status: 'in-progress',
      lessonVersion: 1,
      stepsTotal: 4,
      stepsDone: 1,
      results: [
        {
          kind: 'task',
          at: '',
          evidence: 'x-post',
          mode: 'live',
          items: [{ key: 'x-post:1', value: 'https://x.com/someone/status/1' }],
        },
      ],
      startedAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T10:01:00.000Z',
      completedAt: null,
      activeMs: 60_000,
      mode: 'live',
    },
  },
});

describe('the completion record', () => {
  it('carries statuses, dates, minutes, quiz and mode, and nothing private', () => {
    const record = buildRecord(storeWith(), ['b', 'a'], T, '1.2.3');
    expect(record).toEqual({
      learner: { id: 'ceo-001' },
      program: { id: 'comex-2027' },
      generatedAt: new Date(T).toISOString(),
      tool: { name: 'exec-coach', version: '1.2.3' },
      lessons: [
        {
          id: 'b',
          status: 'in-progress',
          startedAt: '2026-11-26T10:00:00.000Z',
          completedAt: null,
          mode: 'live',
          stepsDone: 1,
          stepsTotal: 4,
          quiz: { correct: 0, total: 0 },
          minutesSpent: 1,
        },
        {
          id: 'a',
          status: 'completed',
          startedAt: '2026-11-26T09:00:00.000Z',
          completedAt: '2026-11-26T09:12:00.000Z',
          mode: 'draft',
          stepsDone: 3,
          stepsTotal: 3,
          quiz: { correct: 1, total: 1 },
          minutesSpent: 12,
        },
      ],
    });
    const text = JSON.stringify(exportFile(record, storeWith().enrollment!.key));
    for (const secret of ['PRIVATE THOUGHT', 'SECRET DRAFT', 'x.com/someone', storeWith().enrollment!.key])
      expect(text).not.toContain(secret);
    expect(exportSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('keeps reporting a lesson as completed while the learner does it again', () => {
    const s = storeWith();
    s.history.a = [
      {
        startedAt: '2026-11-20T09:00:00.000Z',
        completedAt: '2026-11-20T09:10:00.000Z',
        lessonVersion: 1,
        mode: 'live',
        activeMs: 600_000,
        quiz: { correct: 2, total: 2 },
      },
    ];
    s.lessons.a = { ...s.lessons.a!, status: 'in-progress', stepsDone: 1, completedAt: null };
    const a = buildRecord(s, ['a', 'b'], T, '1.0.0').lessons[0]!;
    expect(a).toMatchObject({
      status: 'completed',
      completedAt: '2026-11-20T09:10:00.000Z',
      minutesSpent: 10,
      quiz: { correct: 2, total: 2 },
    });
  });

  it('is unsigned without an enrolment', () => {
    const s = { ...storeWith(), enrollment: undefined };
    const f = exportFile(buildRecord(s, [], T, '1.0.0'), undefined);
    expect(f.signature).toBeUndefined();
    expect(f.record.learner.id).toBe(UNENROLLED.learner);
  });
});

describe('keys and signatures, as the README specifies them', () => {
  it('derives the learner key and signs the RFC 8785 canonical JSON, reproducible with plain crypto', () => {
    const key = learnerKey(MASTER, 'ceo-001');
    expect(key).toBe(
      createHmac('sha256', Buffer.from(MASTER, 'base64url')).update('exec-coach/learner/ceo-001').digest('base64url'),
    );
    const record = buildRecord(storeWith(), ['a', 'b'], T, '1.0.0');
    expect(
      canonical(record).startsWith(
        '{"generatedAt":"2026-11-26T09:00:00.000Z","learner":{"id":"ceo-001"},"lessons":[{"completedAt":',
      ),
    ).toBe(true);
    expect(signRecord(record, key)).toBe(
      createHmac('sha256', Buffer.from(key, 'base64url')).update(canonical(record), 'utf8').digest('base64url'),
    );
  });
});

describe('hmacText (HMAC-SHA256 from two one-shot hashes)', () => {
  const hmacSha256 = (key: Buffer, text: string) => Buffer.from(hmacText(key, text), 'latin1');
  it('is the HMAC-SHA256 that createHmac gives, for any key and any text', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 150 }),
        // Any UTF-16 text, lone surrogates included (both encode them as U+FFFD), short and long.
        fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 3000 })),
        (bytes, text) => {
          const key = Buffer.from(bytes);
          expect(hmacSha256(key, text).toString('hex')).toBe(
            createHmac('sha256', key).update(text, 'utf8').digest('hex'),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is the same for keys of 32 bytes (eight words) in any order with keys of other lengths (byte by byte)', () => {
    // Each key at an odd offset of a larger buffer: the words are read from a copy, whatever its alignment.
    const at = (bytes: Uint8Array, offset: number) => {
      const b = Buffer.alloc(bytes.length + offset + 3, 0xff);
      b.set(bytes, offset);
      return b.subarray(offset, offset + bytes.length);
    };
    const keyOf = fc.oneof(
      fc.uint8Array({ minLength: 32, maxLength: 32 }),
      fc.uint8Array({ minLength: 33, maxLength: 64 }), // longer: its bytes fill the whole block
      fc.uint8Array({ maxLength: 31 }),
      fc.uint8Array({ minLength: 65, maxLength: 100 }), // longer than a block: hashed first (32 bytes)
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keyOf, fc.nat(7), fc.string({ maxLength: 30 })), { maxLength: 8 }), (calls) => {
        for (const [bytes, offset, text] of calls) {
          const key = at(bytes, offset);
          expect(hmacSha256(key, text).toString('hex')).toBe(createHmac('sha256', key).update(text).digest('hex'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checks a signature with a learner key kept as text (KeyText), after keys of any length', () => {
    const record = buildRecord(storeWith(), ['a', 'b'], T, '1.0.0');
    const value = signRecord(record, learnerKey(MASTER, 'ceo-001'), true);
    const key = learnerKeyText(Buffer.from(MASTER, 'base64url'), 'ceo-001');
    for (const before of [0, 20, 32, 40, 64, 100]) {
      hmacSha256(Buffer.alloc(before, 0xa5), 'another key first');
      expect(verifyAcceptedRecord(record, key, value), `after a ${before}-byte key`).toBe(true);
      const other = `${value[0] === 'A' ? 'B' : 'A'}${value.slice(1)}`;
      expect(verifyAcceptedRecord(record, key, other)).toBe(false);
      expect(verifyAcceptedRecord(record, key, `${value}A`)).toBe(false);
    }
  });

  it('gives the same MAC after a longer text grew its buffer (nothing of an earlier text is left in)', () => {
    const key = Buffer.alloc(32, 9);
    const short = hmacSha256(key, 'short');
    hmacSha256(key, 'é'.repeat(10_000));
    expect(hmacSha256(key, 'short').equals(short)).toBe(true);
    expect(short.toString('hex')).toBe(createHmac('sha256', key).update('short').digest('hex'));
  });
});

describe('verifyText', () => {
  const keys = new KeyRing(MASTER);
  const NOW = Date.UTC(2027, 0, 15);
  const signed = () =>
    JSON.stringify(exportFile(buildRecord(storeWith(), ['a', 'b'], T, '1.0.0'), storeWith().enrollment!.key));

  it('accepts a signed record of the programme', () => {
    expect(verifyText(signed(), 'comex-2027', keys, NOW)).toMatchObject({ ok: true, verification: 'valid' });
  });
  it('rejects a record changed by one byte', () => {
    const tampered = signed()
      .replace('"minutesSpent": 12', '"minutesSpent": 13')
      .replace('"minutesSpent":12', '"minutesSpent":13');
    expect(tampered).not.toBe(signed());
    expect(verifyText(tampered, 'comex-2027', keys, NOW)).toMatchObject({
      ok: false,
      code: 'invalid-signature',
      learnerId: 'ceo-001',
    });
  });
  it('rejects a signature moved to another learner', () => {
    const other = exportFile(
      buildRecord({ ...storeWith(), enrollment: enrollment('cfo-002') }, ['a', 'b'], T, '1.0.0'),
      enrollment('cfo-002').key,
    );
    const mine = JSON.parse(signed());
    expect(verifyText(JSON.stringify({ ...mine, signature: other.signature }), 'comex-2027', keys, NOW)).toMatchObject({
      ok: false,
      code: 'invalid-signature',
    });
  });
  it.each([
    ['not JSON', '{"format":', 'not-json'],
    ['an array', '[]', 'wrong-format'],
    ['another format', '{"format":"exec-coach.enrollment/1"}', 'wrong-format'],
    [
      'a schema violation',
      JSON.stringify({ format: 'exec-coach.export/1', record: { learner: { id: '<script>' } } }),
      'schema',
    ],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'not-json'],
  ])('rejects %s with its reason', (_name, text, code) => {
    expect(verifyText(text, 'comex-2027', keys, NOW)).toMatchObject({ ok: false, code });
  });
  it('rejects another programme and reports unsigned records as unsigned', () => {
    expect(verifyText(signed(), 'other', keys, NOW)).toMatchObject({ ok: false, code: 'other-program' });
    const unsigned = JSON.parse(signed());
    delete unsigned.signature;
    expect(verifyText(JSON.stringify(unsigned), 'comex-2027', keys, NOW)).toMatchObject({
      ok: true,
      verification: 'unsigned',
    });
  });
  it('names the field of a schema violation', () => {
    const bad = JSON.parse(signed());
    bad.record.lessons[0].minutesSpent = -5;
    expect(verifyText(JSON.stringify(bad), 'comex-2027', keys, NOW)).toMatchObject({
      ok: false,
      code: 'schema',
      detail: expect.stringMatching(/^record\.lessons\.0\.minutesSpent: /),
    });
  });
});
