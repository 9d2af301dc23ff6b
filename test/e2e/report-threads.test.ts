/**
 * Large reports verify records on two threads (the built worker). The result must be the same as
 * on one thread: same rows, same rejections, in the same order.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coach, tempHome } from '../helpers/cli.js';
import { buildRecord, exportFile } from '../../src/core/sponsor/record.js';
import { learnerKey, newMasterKey } from '../../src/core/sponsor/sign.js';
import { PROGRAM_FORMAT } from '../../src/core/sponsor/formats.js';
import { keyFingerprint } from '../../src/core/sponsor/key-fingerprint.js';
import { emptyStore, type Store } from '../../src/core/progress/types.js';

const dir = tempHome();
afterAll(() => dir.cleanup());

describe('coach report on two threads', { timeout: 120_000 }, () => {
  it('gives the same report as on one thread, over 1,600 records with some bad ones', () => {
    const master = newMasterKey();
    writeFileSync(path.join(dir.home, 'p.key'), `${master}\n`);
    writeFileSync(path.join(dir.home, 'p.program.json'), JSON.stringify({ format: PROGRAM_FORMAT, keyFingerprint: keyFingerprint(master), id: 'p', title: 'P', sponsor: {}, required: ['security-lock-down'], due: '2027-03-31' }));
    mkdirSync(path.join(dir.home, 'records'));
    for (let i = 0; i < 1600; i++) {
      const learner = `l-${i}`;
      const key = learnerKey(master, learner);
      const store: Store = { ...emptyStore(), enrollment: { format: 'exec-coach.enrollment/1', id: '0b6f3c1e-7c7a-4d2f-9d7e-3b8f1f5a2c11', program: { id: 'p', title: 'P', sponsor: {}, required: ['security-lock-down'], due: '2027-03-31' }, learner: { id: learner }, key, issuedAt: '2026-11-01T00:00:00.000Z' } };
      if (i % 2) store.lessons['security-lock-down'] = { status: 'completed', lessonVersion: 1, stepsTotal: 6, stepsDone: 6, results: [], startedAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-02T09:10:00.000Z', completedAt: '2026-11-02T09:10:00.000Z', activeMs: 600_000, mode: 'live' };
      let text = JSON.stringify(exportFile(buildRecord(store, [], Date.UTC(2026, 10, 20), '1.0.0'), key));
      if (i % 97 === 0) text = text.replace('"l-', '"x-'); // tampered: the learner id no longer matches the signature
      writeFileSync(path.join(dir.home, 'records', `${learner}.json`), text);
    }
    const args = ['report', 'records', '--program', 'p.program.json', '--key', 'p.key', '--format', 'json'];
    const one = coach(args, { home: dir.home, cwd: dir.home, env: { EXEC_COACH_REPORT_THREADS: '1' } });
    const two = coach(args, { home: dir.home, cwd: dir.home, env: { EXEC_COACH_REPORT_THREADS: '2' } });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    const [a, b] = [JSON.parse(one.stdout), JSON.parse(two.stdout)];
    expect(b.learners).toEqual(a.learners);
    expect(b.rejected).toEqual(a.rejected);
    expect(a.rejected).toHaveLength(17);
    // The 17 tampered records are rows (invalid signature) but, with no roster, not learners of the summary.
    expect(a.summary).toMatchObject({ learners: 1600 - 17, completed: 800 - 8, notCounted: 17 });
  });
});
