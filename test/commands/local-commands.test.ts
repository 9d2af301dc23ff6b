/** doctor, backup, restore, export and enroll in-process: data first, then what is said, with a fixed clock. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run as backup } from '../../src/commands/backup/run.js';
import { run as doctor } from '../../src/commands/doctor/run.js';
import { run as enroll } from '../../src/commands/enroll/run.js';
import { run as exportRecord } from '../../src/commands/export/run.js';
import { run as restore } from '../../src/commands/restore/run.js';
import { CoachError } from '../../src/core/errors.js';
import { beginLesson, completeStep } from '../../src/core/progress/transitions.js';
import { testContext, type TestContext } from '../helpers/context.js';
import { testEnrollment } from '../helpers/fake-lrs.js';

const made: TestContext[] = [];
afterEach(() => {
  for (const c of made.splice(0)) c.cleanup();
});
const context = (opts: Parameters<typeof testContext>[0] = {}) => {
  const c = testContext(opts);
  made.push(c);
  return c;
};

/** demo-basics started, one step done, with a private reflection-like text in the task result. */
async function withProgress(c: TestContext): Promise<void> {
  const doc = (await c.catalog()).lessons.find((l) => l.id === 'demo-basics')!.docs.en!;
  await c.store.update((s) =>
    completeStep(
      beginLesson(s, doc, c.now()),
      'demo-basics',
      0,
      { kind: 'reading', at: new Date(c.now()).toISOString() },
      60_000,
      c.now(),
    ),
  );
}

describe('coach doctor', () => {
  it('on a fresh home: every check passes, exit status 0, and says so', async () => {
    const c = context({ terminal: false });
    const report = await doctor(c, {});
    expect(report.exitCode).toBe(0);
    expect(report.checks.map((x) => x.name)).toEqual(['node', 'home', 'store', 'lessons', 'language', 'terminal']);
    expect(report.checks.every((x) => x.ok)).toBe(true);
    expect(c.stdout.text).toContain('Progress file: none yet');
    expect(c.stderr.text).toContain('Everything looks fine.');
  });

  it('a damaged progress file: exit status 1, what can be recovered, and the fix; --fix keeps the original aside', async () => {
    const c = context({ terminal: false });
    await withProgress(c);
    const good = readFileSync(c.store.file, 'utf8');
    writeFileSync(c.store.file, good.slice(0, good.length - 5));
    const damaged = context({ terminal: false, home: c.home });
    const report = await doctor(damaged, {});
    expect(report).toMatchObject({ exitCode: 1, storeDamaged: true });
    expect(damaged.stdout.text).toContain('Progress file: cannot be used');
    expect(damaged.stdout.text).toContain('coach doctor --fix');
    const fixer = context({ terminal: false, home: c.home });
    const fixed = await doctor(fixer, { fix: true });
    expect(fixed.exitCode).toBe(0);
    expect(fixed.fixed).toMatch(/Kept the old file as .*progress\.damaged-2026-11-26T09-00-00-000Z\.json/);
    expect(readFileSync(path.join(c.home, 'progress.damaged-2026-11-26T09-00-00-000Z.json'), 'utf8')).toBe(
      good.slice(0, good.length - 5),
    );
  });

  it('--json: the checks for other programs, nothing on stderr', async () => {
    const c = context({ terminal: false });
    await doctor(c, { json: true });
    const data = JSON.parse(c.stdout.text) as { checks: { name: string; ok: boolean; detail: string }[] };
    expect(data.checks.find((x) => x.name === 'node')).toMatchObject({ ok: true });
    expect(c.stderr.text).toBe('');
  });
});

describe('coach backup and restore', () => {
  it('backup writes every lesson and private note, mode 0600, and refuses to replace a file that is not a backup', async () => {
    const c = context({ terminal: false });
    await withProgress(c);
    const target = await backup(c, { out: 'backup.json' });
    expect(target).toBe(path.join(c.home, 'backup.json'));
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const doc = JSON.parse(readFileSync(target, 'utf8'));
    expect(doc).toMatchObject({ format: 'exec-coach.backup/1', createdAt: '2026-11-26T09:00:00.000Z' });
    expect(Object.keys(doc.store.lessons)).toEqual(['demo-basics']);
    writeFileSync(path.join(c.home, 'notes.json'), '{"mine": true}');
    await expect(backup(c, { out: 'notes.json' })).rejects.toMatchObject({ code: 'file-exists' });
    await expect(backup(c, {})).rejects.toMatchObject({ code: 'flag-missing', exitCode: 2 });
  });

  it('restore brings the lessons into another home, after --yes', async () => {
    const source = context({ terminal: false });
    await withProgress(source);
    const file = await backup(source, { out: 'backup.json' });
    const target = context({ terminal: false });
    await expect(restore(target, { file })).rejects.toMatchObject({ code: 'input-needed', exitCode: 2 });
    expect(await restore(target, { file, yes: true })).toEqual({ restored: ['demo-basics'] });
    expect(target.store.read().lessons['demo-basics']).toMatchObject({ stepsDone: 1 });
    expect(target.stderr.text).toContain('Restored 1 lessons.');
  });
});

describe('coach export', () => {
  it('without a programme: warns the record is unsigned, writes it, and replaces only an earlier export', async () => {
    const c = context({ terminal: false });
    await withProgress(c);
    const file = await exportRecord(c, { out: 'record.json' });
    expect(file.signature).toBeUndefined();
    expect(c.stderr.text).toContain('this record is not signed');
    expect(JSON.parse(readFileSync(path.join(c.home, 'record.json'), 'utf8')).record.lessons[0]).toMatchObject({
      id: 'demo-basics',
      status: 'in-progress',
    });
    await exportRecord(c, { out: 'record.json' }); // an earlier export is replaced
    writeFileSync(path.join(c.home, 'other.json'), '{}');
    await expect(exportRecord(c, { out: 'other.json' })).rejects.toMatchObject({ code: 'file-exists' });
  });

  it('--preview shows titles and what never leaves, writes nothing; enrolled, the record is signed', async () => {
    const c = context({ terminal: false });
    await withProgress(c);
    await c.store.update((s) => ({ ...s, enrollment: testEnrollment('https://lrs.example.com/xapi') }));
    const file = await exportRecord(c, { preview: true });
    expect(file.signature).toMatchObject({ alg: 'HS256', kid: 'emp-0042' });
    expect(c.stdout.text).toContain('What your sponsor will receive for "Leading on social"');
    expect(c.stdout.text).toMatch(/ {2}The basics: in progress \(2026-11-26\), 1 min, quiz 0\/0/); // no "live" or "published": it publishes nothing
    expect(c.stdout.text).toContain('Never included: your reflections');
    expect(c.stderr.text).toBe('');
  });
});

describe('coach enroll', () => {
  function enrollmentFile(
    c: TestContext,
    name: string,
    change: (e: ReturnType<typeof testEnrollment>) => void = () => undefined,
  ): string {
    // Without an LRS: what these tests check is the enrolment itself (the LRS consent has its own tests).
    const { lrs: _lrs, ...program } = testEnrollment('https://lrs.example.com/xapi').program;
    const e = { ...testEnrollment('https://lrs.example.com/xapi'), program };
    change(e);
    const file = path.join(c.home, name);
    writeFileSync(file, JSON.stringify(e));
    return file;
  }

  it('joins the programme, says what is required and when, and says nothing new for the same file', async () => {
    const c = context({ terminal: false });
    const file = enrollmentFile(c, 'me.enrollment.json');
    const joined = await enroll(c, { file });
    expect(joined.program.id).toBe('lead-2026');
    expect(c.store.read().enrollment?.id).toBe(joined.id);
    expect(c.stderr.text).toContain('Welcome to "Leading on social", emp-0042.');
    expect(c.stderr.text).toContain('1 required lessons, due 2026-12-31 (35 days left)');
    expect(c.stderr.text).toContain('This version of exec-coach does not have these required lessons: first-post');
    await enroll(c, { file });
    expect(c.stderr.text).toContain('You are already enrolled in "Leading on social" with this file. Nothing changed.');
  });

  it('another programme without a terminal needs --yes (exit 2), and a broken file names its field', async () => {
    const c = context({ terminal: false });
    await enroll(c, { file: enrollmentFile(c, 'a.json') });
    const other = enrollmentFile(c, 'b.json', (e) => {
      e.id = '0b3c2d1e-8d3a-4c55-9f0e-2a7b4c1d9e12';
      e.program.id = 'other-2027';
      e.program.title = 'Another programme';
    });
    const error = await enroll(c, { file: other }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoachError);
    expect(error).toMatchObject({ code: 'enroll-confirm', exitCode: 2 });
    expect((await enroll(c, { file: other, yes: true })).program.id).toBe('other-2027');
    const broken = enrollmentFile(c, 'c.json', (e) => {
      (e.learner as { id: string }).id = '';
    });
    await expect(enroll(c, { file: broken })).rejects.toMatchObject({
      code: 'file-invalid',
      params: { field: 'learner.id' },
    });
  });

  it('a file that cannot be read is named, whatever the reason', async () => {
    const c = context({ terminal: false });
    mkdirSync(path.join(c.home, 'folder.json'));
    await expect(enroll(c, { file: 'folder.json' })).rejects.toMatchObject({
      code: 'file-unreadable',
      params: { file: path.join(c.home, 'folder.json') },
    });
    await expect(enroll(c, { file: 'missing.json' })).rejects.toMatchObject({ code: 'file-missing' });
  });
});
