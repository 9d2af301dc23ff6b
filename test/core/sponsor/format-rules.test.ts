/** The rules the fast path shares with the schemas: here, reading and comparing times. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalBase64url,
  canonicalKey32,
  isoTimeMs,
  PATTERNS,
  timeBefore,
} from '../../../src/core/sponsor/format-rules.js';

describe('isoTimeMs', () => {
  it('gives what Date.parse gives for every time the formats accept, with 0 to 3 digits of fraction', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2099-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 3 }),
        (date, digits) => {
          const iso = date.toISOString(); // …ss.mmmZ
          const time = digits === 0 ? `${iso.slice(0, 19)}Z` : `${iso.slice(0, 20 + digits)}Z`;
          expect(isoTimeMs(time)).toBe(Date.parse(time));
        },
      ),
      { numRuns: 2000 },
    );
    expect(isoTimeMs('2026-11-02T09:00:00.5Z')).toBe(Date.parse('2026-11-02T09:00:00.500Z'));
    expect(isoTimeMs('2028-02-29T23:59:59Z')).toBe(Date.UTC(2028, 1, 29, 23, 59, 59));
  });

  it('leaves text of any other shape to Date.parse', () => {
    for (const text of [
      '2026-11-02T09:00:00+01:00',
      '2026-11-02',
      '2026-11-02T09:00Z',
      '2026-11-02T09:00:00.1234Z',
      '2026-11-02 09:00:00Z',
      '2026-11-0xT09:00:00Z',
      '2026-11-02T09:00:00.Z',
      '2026-11-02T09:00:00.a5Z',
      '',
      'Mon, 02 Nov 2026 09:00:00 GMT',
    ])
      expect(isoTimeMs(text), text).toBe(Date.parse(text));
  });
});

describe('canonicalKey32', () => {
  it('says what canonicalBase64url says of every 43-character value, whatever its last character', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.constantFrom(...alphabet), (bytes, last) => {
        const value = `${Buffer.from(bytes).toString('base64url').slice(0, 42)}${last}`;
        expect(PATTERNS.key32.test(value)).toBe(true);
        expect(canonicalKey32(value)).toBe(canonicalBase64url(value));
      }),
      { numRuns: 1000 },
    );
    // Every spelling of 32 bytes that the encoder writes is canonical; the three others of its last character are not.
    const written = Buffer.alloc(32, 0xff).toString('base64url');
    expect(canonicalKey32(written)).toBe(true);
    expect(canonicalKey32(`${written.slice(0, 42)}9`)).toBe(false);
  });
});

describe('timeBefore', () => {
  it('orders any two accepted times as their instants, whether as text (same length) or parsed', () => {
    const time = fc
      .tuple(
        // Close instants too, so that equal and nearly equal ones are compared.
        fc.oneof(
          fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2099, 11, 31) }),
          fc.integer({ min: Date.UTC(2026, 10, 2, 9), max: Date.UTC(2026, 10, 2, 9, 0, 2) }),
        ),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([ms, digits]) => {
        const iso = new Date(ms).toISOString();
        return digits === 0 ? `${iso.slice(0, 19)}Z` : `${iso.slice(0, 20 + digits)}Z`;
      });
    let asText = 0;
    fc.assert(
      fc.property(time, time, (a, b) => {
        if (a.length === b.length) asText++;
        expect(timeBefore(a, b)).toBe(Date.parse(a) < Date.parse(b));
      }),
      { numRuns: 3000 },
    );
    expect(asText).toBeGreaterThan(300);
    // As text, "…00Z" sorts after "…00.500Z"; as instants it is before.
    expect(timeBefore('2026-11-02T09:00:00Z', '2026-11-02T09:00:00.500Z')).toBe(true);
    expect(timeBefore('2026-11-02T09:00:00.500Z', '2026-11-02T09:00:00Z')).toBe(false);
    expect(timeBefore('2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00Z')).toBe(false);
  });
});
