/**
 * The report's fast path (acceptsExportText, then the HMAC with byte keys) may only make reports
 * faster: whatever it takes, the strict parser and the schema take too, with the same value; what
 * it refuses goes to the strict path, which gives the same reasons as before (a name given twice,
 * an escaped lone surrogate, a changed record, another learner's key).
 */
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSchema, isoTimeProblem } from '../../../src/core/sponsor/formats.js';
import { acceptsExport, acceptsExportText } from '../../../src/core/sponsor/record-accept.js';
import { buildRecord, exportFile } from '../../../src/core/sponsor/record.js';
import { learnerKey, learnerKeyText, signRecord } from '../../../src/core/sponsor/sign.js';
import { KeyRing, verifyText } from '../../../src/core/sponsor/verify.js';
import { emptyStore, type Store } from '../../../src/core/progress/types.js';
import { parseStrictJson } from '../../../src/core/strict-json.js';
import { tenMinuteLesson } from '../../helpers/progress.js';

const MASTER = Buffer.alloc(32, 9).toString('base64url');
const NOW = Date.UTC(2026, 10, 21);

function file(learner = 'ceo-001', key: string | undefined = learnerKey(MASTER, learner)) {
  const store: Store = { ...emptyStore() };
  store.lessons['security-lock-down'] = tenMinuteLesson();
  const record = buildRecord(store, ['security-lock-down'], Date.UTC(2026, 10, 20), '1.2.3');
  return exportFile({ ...record, learner: { id: learner }, program: { id: 'p' } }, key);
}
const compact = (f: unknown) => JSON.stringify(f);
const indented = (f: unknown) => `${JSON.stringify(f, null, 2)}\n`;
const verdict = (text: string) => verifyText(text, 'p', new KeyRing(MASTER), NOW);

describe('acceptsExportText', () => {
  it('takes a record written as `coach export` writes it, indented or compact, with or without the final newline', () => {
    const f = file();
    for (const text of [compact(f), indented(f), indented(f).trimEnd(), `${compact(f)}\n`])
      expect(acceptsExportText(text)).toEqual(f);
    expect(verdict(indented(f))).toMatchObject({ ok: true, verification: 'valid' });
  });

  it('never takes a name given twice, at any level: the strict path refuses it with its path, as before', () => {
    const f = file();
    const twice: [string, string][] = [
      ['{"format":', '{"format":"exec-coach.export/1","format":'],
      ['"learner":{"id":', '"learner":{"id":"someone-else","id":'],
      ['"stepsDone":5,', '"stepsDone":5,"stepsDone":5,'],
      ['"alg":"HS256",', '"alg":"HS256","alg":"HS256",'],
    ];
    for (const [from, to] of twice) {
      const text = compact(f).replace(from, to);
      expect(text).not.toBe(compact(f));
      expect(acceptsExportText(text)).toBeUndefined();
      const v = verdict(text);
      expect(v).toMatchObject({ ok: false, code: 'not-json' });
      expect(!v.ok && v.detail).toMatch(/twice|duplicate/i);
    }
    // Indented, and the same member twice with the same value (JSON.parse would not notice).
    const text = indented(f).replace('"format": ', '"format": "exec-coach.export/1",\n  "format": ');
    expect(acceptsExportText(text)).toBeUndefined();
    expect(verdict(text)).toMatchObject({ ok: false, code: 'not-json' });
  });

  it('refuses an escaped lone surrogate, a changed record and another learner key, for the same reasons as the strict path', () => {
    const f = file();
    const surrogate = compact(f).replace('"id":"ceo-001"', '"id":"ceo-\\ud800"');
    expect(acceptsExportText(surrogate)).toBeUndefined();
    expect(verdict(surrogate)).toMatchObject({ ok: false, code: 'schema' });
    const changed = compact(f).replace('"stepsDone":5', '"stepsDone":4');
    expect(acceptsExportText(changed)).toBeDefined(); // well formed: the signature decides
    expect(verdict(changed)).toMatchObject({ ok: false, code: 'invalid-signature' });
    const otherKey = compact(file('ceo-001', learnerKey(MASTER, 'cfo-002')));
    expect(verdict(otherKey)).toMatchObject({ ok: false, code: 'invalid-signature' });
    const otherMaster = compact(file('ceo-001', learnerKey(Buffer.alloc(32, 1).toString('base64url'), 'ceo-001')));
    expect(verdict(otherMaster)).toMatchObject({ ok: false, code: 'invalid-signature' });
  });

  it('whatever it takes, the strict parser and the schema take too, with the same value (thousands of edited texts)', () => {
    const texts = [compact(file()), indented(file()), compact(file('cmo-3', undefined))];
    const edit = fc.record({
      which: fc.integer({ min: 0, max: texts.length - 1 }),
      at: fc.nat(),
      cut: fc.integer({ min: 0, max: 3 }),
      insert: fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom('"', '\\', ',', ':', '{', '}', '"id":"x",', '\\u0041', '\\ud800', ' ', '\n', '1', '.0'),
      ),
    });
    let taken = 0;
    fc.assert(
      fc.property(edit, ({ which, at, cut, insert }) => {
        const base = texts[which]!;
        const i = at % base.length;
        const text = base.slice(0, i) + insert + base.slice(i + cut);
        const fast = acceptsExportText(text);
        if (fast === undefined) return;
        taken++;
        const strict = parseStrictJson(text);
        expect(strict.ok).toBe(true);
        expect(strict.ok && strict.value).toEqual(fast);
        expect(exportSchema.safeParse(fast).success).toBe(true);
      }),
      { numRuns: 4000, seed: 1515 },
    );
    expect(taken).toBeGreaterThan(0);
  });
});

describe('the no-duplicate proof', () => {
  it('scans the strings when one is escaped: an escaped colon cannot hide a name given twice', () => {
    const f = file();
    // A name given twice and a time's colon escaped: as many colons as a file without either.
    const hidden = compact(f)
      .replace('"alg":"HS256",', '"alg":"HS256","alg":"HS256",')
      .replace('"generatedAt":"2026-11-20T00:00', '"generatedAt":"2026-11-20T00\\u003a00');
    expect(hidden.split(':').length).toBe(compact(f).split(':').length);
    expect(acceptsExportText(hidden)).toBeUndefined();
    expect(verdict(hidden)).toMatchObject({ ok: false, code: 'not-json' });
  });
});

describe('the acceptor on members', () => {
  /** Every object of the file, by path, with a copy of the file to edit it in. */
  const objectsOf = (f: unknown): [string, (copy: Record<string, unknown>) => Record<string, unknown>][] => {
    const paths: [string, (c: Record<string, unknown>) => Record<string, unknown>][] = [];
    const walk = (v: unknown, at: string[]) => {
      if (typeof v !== 'object' || v === null) return;
      if (!Array.isArray(v))
        paths.push([at.join('.') || '(file)', (c) => at.reduce((o, k) => o[k] as Record<string, unknown>, c)]);
      for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    };
    walk(f, []);
    return paths;
  };

  it('refuses, as the schema does, a member renamed, removed or added at any level (it counts them)', () => {
    const f = file();
    const objects = objectsOf(f);
    expect(objects.length).toBe(8); // file, record, learner, program, tool, the lesson, its quiz, signature
    let edits = 0;
    for (const [where, find] of objects) {
      const names = Object.keys(find(structuredClone(f)));
      for (const name of names) {
        const renamed = structuredClone(f) as unknown as Record<string, unknown>;
        const o = find(renamed);
        o[`${name}X`] = o[name];
        delete o[name];
        const removed = structuredClone(f) as unknown as Record<string, unknown>;
        delete find(removed)[name];
        for (const edited of [renamed, removed]) {
          edits++;
          // Only the optional signature may go: both then take an unsigned record.
          const unsigned = where === '(file)' && name === 'signature' && edited === removed;
          expect(exportSchema.safeParse(edited).success, `${where}: ${name}`).toBe(unsigned);
          expect(acceptsExport(edited), `${where}: ${name}`).toBe(unsigned);
        }
      }
      const added = structuredClone(f) as unknown as Record<string, unknown>;
      find(added).extra = 1;
      expect(acceptsExport(added), `${where}: extra`).toBe(false);
      expect(exportSchema.safeParse(added).success).toBe(false);
    }
    expect(edits).toBe(2 * (3 + 5 + 1 + 1 + 2 + 9 + 2 + 3));
    // A member named __proto__ (JSON.parse makes it an own member) is one too many, not a prototype.
    expect(acceptsExportText(JSON.stringify(f).replace('{"format"', '{"__proto__":{},"format"'))).toBeUndefined();
  });
});

describe('the acceptor on times', () => {
  it('takes a time exactly when the schema does (every month end, leap years, hours, the year range)', () => {
    const base = file();
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    for (const year of [2019, 2020, 2023, 2024, 2099, 2100])
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32])
          for (const [h, m, s] of [
            [0, 0, 0],
            [23, 59, 59],
            [24, 0, 0],
            [12, 60, 0],
            [12, 0, 60],
          ]) {
            const t = `${year}-${pad(month)}-${pad(day)}T${pad(h!)}:${pad(m!)}:${pad(s!)}.000Z`;
            const f = { ...base, record: { ...base.record, generatedAt: t } };
            expect(acceptsExport(f), t).toBe(isoTimeProblem(t) === undefined);
            if (acceptsExport(f)) expect(exportSchema.safeParse(f).success, t).toBe(true);
          }
  });
});

describe('learner keys and signatures as bytes (KeyText: a character per byte)', () => {
  it('are the HMAC-SHA256 values the README gives, whichever function computes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string({ maxLength: 64 }), (bytes, id) => {
        const master = Buffer.from(bytes);
        const expected = createHmac('sha256', master).update(`exec-coach/learner/${id}`, 'utf8').digest();
        expect(Buffer.from(learnerKeyText(master, id), 'latin1').equals(expected)).toBe(true);
        expect(learnerKeyText(master, id)).toHaveLength(32);
        expect(learnerKey(master.toString('base64url'), id)).toBe(expected.toString('base64url'));
        expect(new KeyRing(master.toString('base64url')).for(id)).toBe(learnerKeyText(master, id));
      }),
      { numRuns: 300, seed: 2104 },
    );
    // It keeps only the last few thousand learners' keys: one asked for again after many others is derived again, the same.
    const ring = new KeyRing(MASTER);
    const first = ring.for('ceo-001');
    for (let i = 0; i < 5000; i++) ring.for(`learner-${i}`);
    expect(ring.for('ceo-001')).toBe(first);
    expect(Buffer.from(first, 'latin1').toString('base64url')).toBe(learnerKey(MASTER, 'ceo-001'));
    // A record signed before this change still verifies: the signature is over the same bytes.
    const f = file();
    expect(f.signature!.value).toBe(signRecord(f.record, learnerKey(MASTER, 'ceo-001')));
    expect(verdict(compact(f))).toMatchObject({ ok: true, verification: 'valid' });
  });
});
