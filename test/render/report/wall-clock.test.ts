/**
 * The spreadsheets' fast wall clock gives what Intl gives (dates.ts zonedParts) for any instant,
 * including the hours around daylight-saving changes and zones with odd offsets (half an hour,
 * 45 minutes, a half-hour DST shift).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zonedParts } from '../../../src/render/report/dates.js';
import { numericDateTime, wallClockMs } from '../../../src/render/report/wall-clock.js';

const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
];
/** Around transitions: Paris 2026-03-29 01:00Z and 2026-10-25 01:00Z, Lord Howe 2026-04-04 15:00Z (30 min). */
const TRANSITIONS = [
  Date.UTC(2026, 2, 29, 1),
  Date.UTC(2026, 9, 25, 1),
  Date.UTC(2026, 3, 4, 15),
  Date.UTC(2026, 2, 8, 7),
];

function expected(t: number, zone: string): string {
  const p = zonedParts(new Date(t).toISOString(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

describe('wall clock', () => {
  it('wall-clock: matches Intl for any instant in 2020–2035, in zones with odd offsets', () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (t, zone) => {
        expect(numericDateTime(new Date(t).toISOString(), 'en', zone)).toBe(expected(t, zone));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('wall-clock-dst: matches Intl minute by minute across daylight-saving changes', () => {
    for (const zone of ['Europe/Paris', 'Australia/Lord_Howe', 'America/New_York', 'America/St_Johns']) {
      for (const at of TRANSITIONS) {
        for (let t = at - 90 * 60_000; t <= at + 90 * 60_000; t += 60_000 + 7_000) {
          expect(numericDateTime(new Date(t).toISOString(), 'en', zone), `${zone} ${new Date(t).toISOString()}`).toBe(
            expected(t, zone),
          );
        }
      }
    }
  });

  it('wall-clock-fr: the French order, and a text that is no date is given back', () => {
    expect(numericDateTime('2026-12-05T23:30:00.000Z', 'fr', 'Europe/Paris')).toBe('06/12/2026 00:30');
    expect(numericDateTime('not a date', 'fr', 'Europe/Paris')).toBe('not a date');
    expect(Number.isNaN(wallClockMs('not a date', 'UTC'))).toBe(true);
  });
});
