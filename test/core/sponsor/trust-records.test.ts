/**
 * Issue 12, findings 12 and 13 (the record parts): a property name given twice, times compared as
 * instants, a record dated beyond the clock-skew allowance, the damaged-progress message.
 */
import { describe, expect, it } from 'vitest';
import { checkStoreText } from '../../../src/core/progress/validate.js';
import { emptyStore } from '../../../src/core/progress/types.js';
import { KeyRing, verifyText } from '../../../src/core/sponsor/verify.js';
import { lessonRecordSchema } from '../../../src/core/sponsor/formats.js';
import { acceptsExport } from '../../../src/core/sponsor/record-accept.js';
import { lesson, MASTER, PROGRAM_ID, rec, signed } from '../../robustness/hostile-corpus.js';

const keys = new KeyRing(MASTER);
/** The report's clock: a few days after the corpus's records. */
const NOW = Date.parse('2027-01-12T09:00:00.000Z');

/** The signed text of a record, with `insert` placed just before the first occurrence of `before`. */
function withExtra(text: string, before: string, insert: string): string {
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`no ${before}`);
  return text.slice(0, at) + insert + text.slice(at);
}

describe('finding 12: a property name given twice', () => {
  const good = JSON.stringify(signed(rec('ceo-001', [lesson('security-lock-down', 'completed')])), null, 2);

  it('duplicate-minutes: a record carrying "minutesSpent": 999 before the signed value is rejected, naming the path', () => {
    const text = withExtra(good, '"minutesSpent"', '"minutesSpent": 999,\n        ');
    expect(JSON.parse(text).record.lessons[0].minutesSpent).toBe(12); // what JSON.parse keeps: the signed value
    const v = verifyText(text, PROGRAM_ID, keys, NOW);
    expect(v).toMatchObject({ ok: false, code: 'not-json' });
    expect(!v.ok && v.detail).toContain('record.lessons[0].minutesSpent');
    expect(!v.ok && v.detail).toContain('twice');
  });

  it('duplicate-learner: learner.id twice (the first naming another learner) is rejected', () => {
    const text = withExtra(good, '"id": "ceo-001"', '"id": "cfo-002", ');
    const v = verifyText(text, PROGRAM_ID, keys, NOW);
    expect(v).toMatchObject({ ok: false, code: 'not-json' });
    expect(!v.ok && v.detail).toContain('record.learner.id');
  });
});

describe('finding 13: times compared as instants, records from the future, the damaged-progress message', () => {
  it('completed-before-start: completedAt half a second before startedAt is refused (as strings it sorted after)', () => {
    const l = lesson('security-lock-down', 'completed', {
      startedAt: '2027-01-05T09:00:00.500Z',
      completedAt: '2027-01-05T09:00:00Z',
    });
    expect(l.completedAt! > l.startedAt).toBe(true); // the string comparison the old check made
    expect(lessonRecordSchema.safeParse(l).success).toBe(false);
    const file = signed(rec('ceo-001', [l]));
    expect(acceptsExport(JSON.parse(JSON.stringify(file)))).toBe(false);
    expect(verifyText(JSON.stringify(file), PROGRAM_ID, keys, NOW)).toMatchObject({ ok: false, code: 'schema' });
  });

  it('future-record: a signed record dated a year ahead, or in 2099, is rejected, naming the allowance', () => {
    for (const at of ['2028-01-12T09:00:00.000Z', '2099-12-31T23:59:59.000Z']) {
      const v = verifyText(JSON.stringify(signed(rec('ceo-001', [], at))), PROGRAM_ID, keys, NOW);
      expect(v, at).toMatchObject({ ok: false, code: 'in-future' });
      expect(!v.ok && v.detail).toContain('5 minutes');
    }
    // Within the allowance: accepted.
    expect(
      verifyText(JSON.stringify(signed(rec('ceo-001', [], '2027-01-12T09:04:00.000Z'))), PROGRAM_ID, keys, NOW),
    ).toMatchObject({ ok: true, verification: 'valid' });
  });

  it('future-record at the edge: the allowance itself is accepted, a millisecond more is not, whatever the clock', () => {
    const verdict = (at: string, now = NOW) =>
      verifyText(JSON.stringify(signed(rec('ceo-001', [], at))), PROGRAM_ID, keys, now);
    const edge = new Date(NOW + 5 * 60_000).toISOString();
    expect(verdict(edge)).toMatchObject({ ok: true });
    expect(verdict(`${edge.slice(0, 19)}Z`)).toMatchObject({ ok: true }); // the same instant, without fraction
    expect(verdict(new Date(NOW + 5 * 60_000 + 1).toISOString())).toMatchObject({ ok: false, code: 'in-future' });
    expect(verdict(`${new Date(NOW + 5 * 60_000 + 1000).toISOString().slice(0, 19)}Z`)).toMatchObject({
      ok: false,
      code: 'in-future',
    });
    // Another clock gives another edge (nothing kept from the first).
    expect(verdict(edge, NOW - 1)).toMatchObject({ ok: false, code: 'in-future' });
    expect(verdict(edge, NOW)).toMatchObject({ ok: true });
  });

  it('damaged-progress-quote: the message gives line and column, never a piece of the file', () => {
    const secret = 'my-secret-draft-about-the-merger';
    const text = `{"settings": {"name": "${secret}"} "lessons": {}}`;
    const r = checkStoreText(text);
    expect(r.ok).toBe(false);
    const detail = !r.ok && r.problem.kind === 'not-json' ? r.problem.detail : '';
    expect(detail).not.toContain('secret');
    expect(detail).not.toContain('merger');
    expect(detail).toMatch(/line 1, column \d+/);
    expect(checkStoreText(JSON.stringify(emptyStore())).ok).toBe(true);
  });
});
