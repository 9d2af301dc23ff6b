/**
 * Large reports verify records on two threads (the built worker). The result must be the same as
 * on one thread: same rows, same rejections, in the same order.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, tempHome } from '../helpers/cli.js';
import { buildRecord, exportFile } from '../../src/core/sponsor/record.js';
import { newMasterKey } from '../../src/core/sponsor/sign.js';
import { PROGRAM_FORMAT } from '../../src/core/sponsor/formats.js';
import { keyFingerprint } from '../../src/core/sponsor/key-fingerprint.js';
import { tenMinuteLesson } from '../helpers/progress.js';
import { enrolledStore } from '../helpers/records.js';

const dir = tempHome();
afterAll(() => dir.cleanup());

/** 1,600 signed records, 17 of them tampered, and two copies (see below); a programme and its key. */
function writeRecords(): void {
  const master = newMasterKey();
  writeFileSync(path.join(dir.home, 'p.key'), `${master}\n`);
  writeFileSync(
    path.join(dir.home, 'p.program.json'),
    JSON.stringify({
      format: PROGRAM_FORMAT,
      keyFingerprint: keyFingerprint(master),
      id: 'p',
      title: 'P',
      sponsor: {},
      required: ['security-lock-down'],
      due: '2027-03-31',
    }),
  );
  mkdirSync(path.join(dir.home, 'records'));
  for (let i = 0; i < 1600; i++) {
    const learner = `l-${i}`;
    const store = enrolledStore(master, learner, ['security-lock-down']);
    const key = store.enrollment!.key;
    if (i % 2) store.lessons['security-lock-down'] = tenMinuteLesson({ stepsTotal: 6, stepsDone: 6 });
    let text = JSON.stringify(exportFile(buildRecord(store, [], Date.UTC(2026, 10, 20), '1.0.0'), key));
    if (i % 97 === 0) text = text.replace('"l-', '"x-'); // tampered: the learner id no longer matches the signature
    writeFileSync(path.join(dir.home, 'records', `${learner}.json`), text);
    // Copies on both sides of the split between the threads (files are taken in name order):
    // "a-" sorts first (first thread), "z-" last (second thread), l-999 among the last, l-1 among the first.
    if (i === 999) writeFileSync(path.join(dir.home, 'records', `a-copy-${learner}.json`), text);
    if (i === 1) writeFileSync(path.join(dir.home, 'records', `z-copy-${learner}.json`), text);
    // Files the fast path does not take (a name given twice), spread over every batch: the second
    // thread leaves them to the main one, whose strict path says why they are refused. And a file
    // with an escaped string, which the fast path reads as JSON.parse does.
    if (i % 200 === 0) writeFileSync(path.join(dir.home, 'records', `${learner}-twice.json`), twice(text));
    if (i === 5) writeFileSync(path.join(dir.home, 'records', `${learner}-escaped.json`), escaped(text));
  }
}
/** A name given twice (JSON.parse would keep the last; the strict parser refuses it). */
const twice = (text: string) => text.replace('{"format":', '{"format":"exec-coach.export/1","format":');
/** The same record, one string written with escapes (the same value: its signature still holds). */
const escaped = (text: string) => text.replace('"alg":"HS256"', '"alg":"HS\\u0032\\u0035\\u0036"');
const masterKey = () => readFileSync(path.join(dir.home, 'p.key'), 'utf8').trim();

beforeAll(writeRecords, 120_000);

describe('coach report on two threads', { timeout: 120_000 }, () => {
  it('gives the same report as on one thread, over 1,600 records with some bad ones', () => {
    // To files: the report (over 1 MB) is more than the test's pipe buffer holds.
    const args = ['report', 'records', '--program', 'p.program.json', '--key', 'p.key', '--format', 'json', '--out'];
    const one = coach([...args, 'one.json'], {
      home: dir.home,
      cwd: dir.home,
      env: { EXEC_COACH_REPORT_THREADS: '1' },
    });
    const two = coach([...args, 'two.json'], {
      home: dir.home,
      cwd: dir.home,
      env: { EXEC_COACH_REPORT_THREADS: '2' },
    });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    const [a, b] = ['one.json', 'two.json'].map((f) => JSON.parse(readFileSync(path.join(dir.home, f), 'utf8')));
    expect(b.learners).toEqual(a.learners);
    expect(b.rejected).toEqual(a.rejected);
    expect(b).toEqual({ ...a, generatedAt: b.generatedAt });
    expect(a.rejected).toHaveLength(19 + 8 + 1);
    for (let i = 0; i < 1600; i += 200)
      expect(a.rejected).toContainEqual({
        path: path.join('records', `l-${i}-twice.json`),
        reason: expect.stringMatching(/^not-json: .*twice/),
      });
    // The escaped file holds l-5's record, valid: it comes first in file order, so l-5.json is its copy.
    expect(a.rejected).toContainEqual({
      path: path.join('records', 'l-5.json'),
      reason: `duplicate: the same record as ${path.join('records', 'l-5-escaped.json')}`,
    });
    // The copy that comes first in file order is the original, whichever thread read it.
    expect(a.rejected).toContainEqual({
      path: path.join('records', 'l-999.json'),
      reason: `duplicate: the same record as ${path.join('records', 'a-copy-l-999.json')}`,
    });
    expect(a.rejected).toContainEqual({
      path: path.join('records', 'z-copy-l-1.json'),
      reason: `duplicate: the same record as ${path.join('records', 'l-1.json')}`,
    });
    // The 17 tampered records are rows (invalid signature) but, with no roster, not learners of the summary.
    expect(a.summary).toMatchObject({ learners: 1600 - 17, completed: 800 - 8, notCounted: 17 });
  });
});

describe('the second thread', { timeout: 120_000 }, () => {
  it('verifies what its fast path takes and leaves the other files to the main thread', async () => {
    const { Worker } = await import('node:worker_threads');
    const names = ['l-3.json', 'l-97.json', 'l-200-twice.json', 'l-5-escaped.json'];
    const files = names.map((n) => path.join(dir.home, 'records', n));
    // Started before its files are known, as `coach report` starts it: the job is its first message.
    const worker = new Worker(path.join(process.cwd(), 'dist', 'verify-worker.cjs'));
    worker.postMessage({
      paths: files.join('\u0000'),
      sizes: Float64Array.from(files, (f) => readFileSync(f).length),
      next: new SharedArrayBuffer(4),
      offset: 10,
      programId: 'p',
      required: ['security-lock-down'],
      masterKey: masterKey(),
      now: Date.UTC(2026, 11, 1),
    });
    const entries: [number, { ok: boolean; code?: string } | null][] = [];
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (batch: { entries: typeof entries; done: boolean }) => {
        entries.push(...batch.entries);
        if (batch.done) resolve();
      });
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(entries.map(([index]) => index)).toEqual([10, 11, 12, 13]);
    expect(entries[0]![1]).toMatchObject({ ok: true });
    expect(entries[1]![1]).toMatchObject({ ok: false, code: 'invalid-signature' }); // tampered (97)
    expect(entries[2]![1]).toBeNull(); // a name given twice: the strict path says so
    // Escaped strings are JSON.parse's to read: the fast path takes them (the names are counted in its strings).
    expect(entries[3]![1]).toMatchObject({ ok: true, summary: { learnerId: 'l-5', verification: 'valid' } });
  });
});

describe('coach report: titles, --tz', { timeout: 120_000 }, () => {
  it("titles lessons in the report's language and counts days overdue in the --tz zone", () => {
    const args = [
      'report',
      'records',
      '--program',
      'p.program.json',
      '--key',
      'p.key',
      '--format',
      'json',
      '--tz',
      'Europe/Paris',
      '--out',
    ];
    const en = coach([...args, 'en.json'], { home: dir.home, cwd: dir.home });
    const fr = coach([...args, 'fr.json', '--lang', 'fr'], { home: dir.home, cwd: dir.home });
    expect(en.code, en.stderr).toBe(0);
    expect(fr.code, fr.stderr).toBe(0);
    const [e, f] = ['en.json', 'fr.json'].map((file) => JSON.parse(readFileSync(path.join(dir.home, file), 'utf8')));
    expect(e.timeZone).toBe('Europe/Paris');
    const [te, tf] = [e.lessons[0].title as string, f.lessons[0].title as string];
    expect(te).not.toBe('security-lock-down');
    expect(tf).not.toBe(te);
    // The due date (31 March 2027) is ahead of today in this test: nobody is overdue, nobody is late.
    expect(e.learners.every((l: { daysOverdue: number | null }) => l.daysOverdue === null)).toBe(true);
    const notDone = e.learners.find(
      (l: { status: string; verification: string }) =>
        l.status === 'in-progress' || (l.status === 'not-started' && l.verification === 'valid'),
    );
    expect(notDone.lessonStates).toEqual({ 'security-lock-down': 'not-started' });
    expect(notDone.remaining).toEqual(['security-lock-down']);
  });

  it('refuses an unknown --tz as a usage error naming the flag, in English and in French', () => {
    const args = [
      'report',
      'records',
      '--program',
      'p.program.json',
      '--key',
      'p.key',
      '--format',
      'json',
      '--tz',
      'Mars/Olympus_Mons',
    ];
    const en = coach(args, { home: dir.home, cwd: dir.home });
    const fr = coach([...args, '--lang', 'fr'], { home: dir.home, cwd: dir.home });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('"Mars/Olympus_Mons" is not a time zone for --tz');
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('n’est pas un fuseau horaire pour --tz');
    expect(en.stdout).toBe('');
  });
});
