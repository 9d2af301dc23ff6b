/**
 * Issue 12 on the learner's side, in-process with real files and a fake LRS on 127.0.0.1:
 * what an enrolment may make the coach send (1), what a backup may bring in (5), where queued
 * statements go (9), duplicated names in exchanged files (12), the password file and FIFOs (13).
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as backup } from '../../src/commands/backup/run.js';
import { run as doctor } from '../../src/commands/doctor/run.js';
import { run as enroll } from '../../src/commands/enroll/run.js';
import { run as restore } from '../../src/commands/restore/run.js';
import { run as sync } from '../../src/commands/sync/run.js';
import type { Enrollment } from '../../src/core/sponsor/formats.js';
import { readProgram } from '../../src/io/sponsor-files.js';
import { StatementQueue } from '../../src/io/xapi-queue.js';
import { recordEvents } from '../../src/io/xapi-sync.js';
import type { TestContext } from '../helpers/context.js';
import { scoped } from '../helpers/scoped.js';
import { type FakeLrs, T0, testEnrollment } from '../helpers/fake-lrs.js';
import { freePort } from '../helpers/lrs.js';
import { ScriptedPrompter } from '../helpers/prompter.js';

const { context, fake } = scoped();
const PASSWORD = 'the-coach-lrs-password';
/** Secrets a learner's shell commonly holds: none may ever leave. */
const SECRETS = {
  GITHUB_TOKEN: 'ghp_not-for-the-lrs',
  AWS_SECRET_ACCESS_KEY: 'aws-not-for-the-lrs',
  HOME: '/home/ceo',
  EXEC_COACH_HOME: '/home/ceo/.coach',
};
const events = [
  { type: 'launched' as const, lessonId: 'demo-basics' },
  { type: 'progressed' as const, lessonId: 'demo-basics', stepsDone: 1, stepsTotal: 3 },
];

function writeEnrollment(c: TestContext, name: string, e: Enrollment | string): string {
  const file = path.join(c.home, name);
  writeFileSync(file, typeof e === 'string' ? e : JSON.stringify(e, null, 2));
  return file;
}
function enrollmentFor(endpoint: string, change: (e: Enrollment) => void = () => undefined): Enrollment {
  const e = testEnrollment(endpoint, { passwordEnv: 'EXEC_COACH_LRS_PASSWORD' });
  change(e);
  return e;
}
const decodedAuth = (lrs: FakeLrs) =>
  lrs.requests.map((r) =>
    Buffer.from(String(r.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString(),
  );

describe('finding 1: an enrolment cannot choose what is sent', () => {
  it('enroll-password-env: an enrolment naming another variable (GITHUB_TOKEN) is refused, naming the field', async () => {
    const c = context({ terminal: false });
    const file = writeEnrollment(
      c,
      'e.json',
      enrollmentFor('https://lrs.example.com/xapi', (e) => void (e.program.lrs!.passwordEnv = 'GITHUB_TOKEN')),
    );
    await expect(enroll(c, { file, yes: true })).rejects.toMatchObject({
      code: 'file-invalid',
      params: { field: 'program.lrs.passwordEnv' },
    });
    expect(c.store.read().enrollment).toBeUndefined();
  });

  it('enroll-consent: enroll names the LRS host and what goes there, asks on a terminal, needs --yes otherwise (exit 2)', async () => {
    const c = context({ terminal: false });
    const file = writeEnrollment(c, 'e.json', enrollmentFor('https://lrs.example.com/xapi'));
    await expect(enroll(c, { file })).rejects.toMatchObject({
      code: 'enroll-lrs-consent',
      exitCode: 2,
      params: { host: 'lrs.example.com' },
    });
    expect(c.store.read().enrollment).toBeUndefined();
    const prompter = new ScriptedPrompter([false]);
    const t = context({ terminal: true, prompter });
    const file2 = writeEnrollment(t, 'e.json', enrollmentFor('https://lrs.example.com/xapi'));
    await enroll(t, { file: file2 });
    expect(prompter.asked.map((q) => q.type)).toEqual(['confirm']);
    expect(t.stderr.text).toContain('lrs.example.com');
    expect(t.stderr.text).toMatch(/launched.*progressed.*completed/s);
    expect(t.stderr.text).toMatch(/never.*text.*link.*note/is);
    expect(t.store.read().enrollment).toBeUndefined();
    await enroll(c, { file, yes: true });
    expect(c.store.read().enrollment?.program.lrs?.endpoint).toBe('https://lrs.example.com/xapi');
  });

  it('enroll-http: plain http to another machine is refused at enroll', async () => {
    const c = context({ terminal: false });
    const file = writeEnrollment(c, 'e.json', enrollmentFor('http://lrs.example.com/xapi'));
    await expect(enroll(c, { file, yes: true })).rejects.toMatchObject({ code: 'lrs-insecure' });
  });

  it('env-never-sent: only EXEC_COACH_LRS_PASSWORD is ever sent; a stored enrolment naming GITHUB_TOKEN is refused at use', async () => {
    const lrs = await fake();
    const c = context({ terminal: false });
    Object.assign(c, { env: { ...SECRETS, EXEC_COACH_LRS_PASSWORD: PASSWORD } });
    const good = enrollmentFor(lrs.endpoint, (e) => void (e.program.lrs!.username = 'x'));
    await c.store.update((s) => ({ ...s, enrollment: good }));
    await recordEvents(c.home, good, events, { now: T0, lang: 'en' });
    await sync(c, {});
    expect(decodedAuth(lrs)).toEqual(['x:the-coach-lrs-password']);

    // An enrolment stored before this check (or edited in the progress file) that names GITHUB_TOKEN.
    const edited = {
      ...good,
      program: { ...good.program, lrs: { ...good.program.lrs!, passwordEnv: 'GITHUB_TOKEN' } },
    };
    const d = context({ terminal: false, home: c.home });
    Object.assign(d, { env: { ...SECRETS } });
    await d.store.update((s) => ({ ...s, enrollment: edited }));
    await recordEvents(d.home, edited, events, { now: T0, lang: 'en' });
    await expect(sync(d, {})).rejects.toMatchObject({ code: 'lrs-password-env', params: { name: 'GITHUB_TOKEN' } });
    const checkUp = await doctor(context({ terminal: false, home: c.home }), {});
    expect(checkUp.checks.find((x) => x.name === 'lrs')).toMatchObject({ ok: false });
    const everything = JSON.stringify(lrs.requests.map((r) => [r.headers, r.body, r.url]));
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
    expect(decodedAuth(lrs).every((a) => a === 'x:the-coach-lrs-password' || a === 'x:')).toBe(true);
  });
});

describe("finding 5: restore validates the backup's enrolment", () => {
  it('restore-enrolment: a backup with escapes in the title and passwordEnv HOME keeps its lessons, not its enrolment', async () => {
    const source = context({ terminal: false });
    const hostile = enrollmentFor('https://lrs.example.com/xapi', (e) => {
      e.program.title = 'Comex \u001b]0;PWNED\u0007\u001b[31m2027';
      e.program.lrs!.passwordEnv = 'HOME';
    });
    await source.store.update((s) => ({ ...s, enrollment: hostile }));
    const file = await backup(source, { out: 'backup.json' });
    const target = context({ terminal: false });
    await restore(target, { file, yes: true });
    expect(target.store.read().enrollment).toBeUndefined();
    expect(target.stderr.text).toContain('program.');
    expect(target.stderr.text).not.toMatch(/[\u001b\u0007]/);
  });

  it('restore-asks-enrolment: a sound enrolment in a backup is adopted only after its own question', async () => {
    const source = context({ terminal: false });
    await source.store.update((s) => ({ ...s, enrollment: enrollmentFor('https://lrs.example.com/xapi') }));
    const file = await backup(source, { out: 'backup.json' });
    const prompter = new ScriptedPrompter([false]);
    const target = context({ terminal: true, prompter });
    await restore(target, { file });
    expect(prompter.asked.map((q) => q.message).join('\n')).toContain('lrs.example.com');
    expect(target.store.read().enrollment).toBeUndefined();
  });

  it('restore-lesson-id: a lesson id holding ESC makes the backup refused, naming the field without the escape', async () => {
    const c = context({ terminal: false });
    const lesson = {
      status: 'in-progress',
      lessonVersion: 1,
      stepsTotal: 3,
      stepsDone: 1,
      results: [],
      startedAt: '2026-11-26T09:00:00.000Z',
      updatedAt: '2026-11-26T09:01:00.000Z',
      completedAt: null,
      activeMs: 1,
      mode: 'live',
    };
    const store = { schemaVersion: 2, settings: {}, lessons: { 'demo\u001b[2Jbasics': lesson }, history: {} };
    writeFileSync(
      path.join(c.home, 'b.json'),
      JSON.stringify({ format: 'exec-coach.backup/1', createdAt: '2026-11-26T09:00:00.000Z', store }),
    );
    const error = await restore(c, { file: 'b.json', yes: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'file-invalid' });
    expect(JSON.stringify((error as { params: unknown }).params)).not.toContain('\u001b');
    expect(c.store.read().lessons).toEqual({});
  });
});

describe('finding 9: queued statements keep their programme and endpoint', () => {
  it("queue-programme: statements queued for A while its LRS is down never go to B's LRS", async () => {
    const b = await fake();
    const c = context({ terminal: false });
    Object.assign(c, { env: { EXEC_COACH_LRS_PASSWORD: PASSWORD } });
    const a = enrollmentFor(`http://127.0.0.1:${await freePort()}/xapi`);
    await c.store.update((s) => ({ ...s, enrollment: a }));
    await recordEvents(c.home, a, events, { now: T0, lang: 'en' });
    const next = enrollmentFor(b.endpoint, (e) => {
      e.id = '0b3c2d1e-8d3a-4c55-9f0e-2a7b4c1d9e12';
      e.program.id = 'other-2027';
    });
    await c.store.update((s) => ({ ...s, enrollment: next }));
    await recordEvents(c.home, next, events.slice(0, 1), { now: T0, lang: 'en' });
    await sync(c, {});
    const sent = b.requests.flatMap((r) => (Array.isArray(r.body) ? r.body : [r.body])) as {
      context: { registration: string };
    }[];
    expect(sent.map((s) => s.context.registration)).toEqual([next.id]);
    const left = await new StatementQueue(c.home).read();
    expect(left.map((s) => s.context.registration)).toEqual([a.id, a.id]);
    expect(c.stderr.text).toMatch(/2 statements .*earlier enrolment/);
  });
});

describe('finding 12: exchanged files with a name given twice', () => {
  it('duplicate-enrolment / programme / backup: each is refused with the path of the name', async () => {
    const c = context({ terminal: false });
    const text = JSON.stringify(enrollmentFor('https://lrs.example.com/xapi'), null, 2).replace(
      '"learner": {',
      '"learner": {\n    "id": "cfo-002",',
    );
    const file = writeEnrollment(c, 'dup.json', text);
    await expect(enroll(c, { file, yes: true })).rejects.toMatchObject({
      code: 'file-duplicate-name',
      params: { field: 'learner.id' },
    });
    const program = path.join(c.home, 'p.program.json');
    writeFileSync(
      program,
      '{"format":"exec-coach.program/1","id":"a","id":"comex-2027","title":"T","sponsor":{},"required":["x"],"due":"2027-03-31"}',
    );
    expect(() => readProgram(program)).toThrow(
      expect.objectContaining({ code: 'file-duplicate-name', params: expect.objectContaining({ field: 'id' }) }),
    );
    writeFileSync(
      path.join(c.home, 'b.json'),
      '{"format":"exec-coach.backup/1","store":{"schemaVersion":2,"settings":{},"lessons":{},"history":{},"history":{}}}',
    );
    await expect(restore(c, { file: 'b.json', yes: true })).rejects.toMatchObject({
      code: 'file-duplicate-name',
      params: { field: 'store.history' },
    });
  });
});

describe('finding 13: the password file, FIFOs', () => {
  it('password-symlink: a symbolic link at lrs-password is refused, not followed', async () => {
    const lrs = await fake();
    const c = context({ terminal: false });
    writeFileSync(path.join(c.home, 'elsewhere'), 'secret-from-elsewhere', { mode: 0o600 });
    symlinkSync(path.join(c.home, 'elsewhere'), path.join(c.home, 'lrs-password'));
    const e = enrollmentFor(lrs.endpoint);
    await c.store.update((s) => ({ ...s, enrollment: e }));
    await recordEvents(c.home, e, events, { now: T0, lang: 'en' });
    await expect(sync(c, {})).rejects.toMatchObject({ code: 'lrs-credentials-link' });
    expect(lrs.requests).toHaveLength(0);
  });

  it('fifo-enroll-restore: enroll and restore on a FIFO stop at once with "not a regular file"', async () => {
    const c = context({ terminal: false });
    const fifo = path.join(c.home, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    await expect(enroll(c, { file: fifo, yes: true })).rejects.toMatchObject({
      code: 'file-unreadable',
      params: { reason: 'not a regular file' },
    });
    await expect(restore(c, { file: fifo, yes: true })).rejects.toMatchObject({
      code: 'file-unreadable',
      params: { reason: 'not a regular file' },
    });
  });
});
