/** The report's progress line: on a terminal only, after a second, at most every 100 ms, erased at the end. */
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/commands/report/progress.js';
import { testContext } from '../helpers/context.js';

function withClock(terminal: boolean, lang: 'en' | 'fr' = 'en') {
  const c = testContext({ lang });
  Object.defineProperty(c.stderr, 'isTTY', { value: terminal });
  const clock = { t: 0 };
  return { c, clock, progress: progressLine(c, 100_000, () => clock.t) };
}

describe('report progress line', () => {
  it('says nothing during the first second, then shows the count, and erases itself', () => {
    const { c, clock, progress } = withClock(true);
    clock.t = 900;
    progress.update(5_000);
    expect(c.stderr.text).toBe('');
    clock.t = 1_100;
    progress.update(12_345);
    expect(c.stderr.text).toBe('\rChecking records: 12,345 of 100,000…\u001b[K');
    clock.t = 1_150;
    progress.update(13_000); // too soon after the last one
    expect(c.stderr.text).not.toContain('13,000');
    clock.t = 1_300;
    progress.update(20_000);
    expect(c.stderr.text).toContain('\rChecking records: 20,000 of 100,000…');
    progress.end();
    expect(c.stderr.text.endsWith('\r\u001b[K')).toBe(true);
  });

  it("is in the user's language", () => {
    const { c, clock, progress } = withClock(true, 'fr');
    clock.t = 2_000;
    progress.update(12_345);
    expect(c.stderr.text).toBe('\rVérification des relevés\u00a0: 12\u202f345 sur 100\u202f000…\u001b[K');
  });

  it('never writes when stderr is not a terminal, nor erases what it never wrote', () => {
    const piped = withClock(false);
    piped.clock.t = 5_000;
    piped.progress.update(50_000);
    piped.progress.end();
    expect(piped.c.stderr.text).toBe('');
    const quick = withClock(true);
    quick.progress.update(100_000);
    quick.progress.end();
    expect(quick.c.stderr.text).toBe('');
  });
});
