/**
 * Issue 12 on the sponsor's side, in-process with real files and fake LRSs on 127.0.0.1: the
 * `more` link (2), statements verified with the learner key (3), what counts in the summary (8),
 * an open key file (10), the LRS's words in `doctor` (6), bidi and zero-width characters (11).
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as doctor } from '../../src/commands/doctor/run.js';
import { run as enroll } from '../../src/commands/enroll/run.js';
import { run as invite } from '../../src/commands/invite/run.js';
import { buildReportData, run as report } from '../../src/commands/report/run.js';
import { learnerKey } from '../../src/core/sponsor/sign.js';
import { buildStatement, type LearningEvent } from '../../src/core/xapi/statements.js';
import { readProgramStatements } from '../../src/io/lrs-read.js';
import type { TestContext } from '../helpers/context.js';
import { scoped } from '../helpers/scoped.js';
import { T0, testEnrollment } from '../helpers/fake-lrs.js';
import { exportFile } from '../../src/core/sponsor/record.js';
import { lesson, rec } from '../robustness/hostile-corpus.js';

const { context, fake } = scoped();
const MASTER = Buffer.alloc(32, 0x21).toString('base64url');
const BASE = 'https://learning.example.com/programs/lead-2026';

/** HR's folder: the programme (reporting to `endpoint`), its key (mode given) and a roster. */
function hrFiles(
  c: TestContext,
  endpoint: string,
  roster = 'id,name\nemp-0042,Claire\ncfo-002,Paul\n',
  keyMode = 0o600,
): void {
  const program = {
    format: 'exec-coach.program/1',
    id: 'lead-2026',
    title: 'Leading on social',
    sponsor: { name: 'HR' },
    required: ['demo-basics'],
    due: '2026-12-31',
    lrs: { endpoint, username: 'coach', activityBase: BASE },
  };
  writeFileSync(path.join(c.home, 'p.program.json'), JSON.stringify(program));
  writeFileSync(path.join(c.home, 'p.key'), `${MASTER}\n`, { mode: keyMode });
  chmodSync(path.join(c.home, 'p.key'), keyMode);
  writeFileSync(path.join(c.home, 'learners.csv'), roster);
}

/** Statements of a lesson completed by `learner`, signed with `key` (a learner only holds their own). */
function lessonStatements(endpoint: string, learner: string, key: string, offset = 0) {
  const e = testEnrollment(endpoint);
  const enrollment = { ...e, learner: { id: learner }, key };
  const events: LearningEvent[] = [
    { type: 'launched', lessonId: 'demo-basics' },
    { type: 'progressed', lessonId: 'demo-basics', stepsDone: 3, stepsTotal: 3 },
    { type: 'completed', lessonId: 'demo-basics', durationMs: 300_000, mode: 'live' },
  ];
  return events.map((ev, i) =>
    buildStatement(ev, enrollment, {
      id: `00000000-0000-4000-8000-${String(offset + i).padStart(12, '0')}`,
      at: T0 + i * 1000,
      lang: 'en',
    }),
  );
}

describe('finding 2: the `more` link', () => {
  it('more-foreign: a `more` link to another origin is not followed, and the password goes nowhere else', async () => {
    const lrs = await fake();
    const thief = await fake();
    lrs.otherwise = {
      do: 'reply',
      status: 200,
      body: { statements: [], more: `http://localhost:${thief.address.port}/steal` },
    };
    const read = readProgramStatements(lrs.endpoint, BASE, { username: 'hr', password: 'hr-password' });
    await expect(read).rejects.toMatchObject({ code: 'lrs-foreign-link' });
    expect(thief.requests).toHaveLength(0);
  });
});

describe('finding 3: statements read back from the LRS are verified', () => {
  it('lrs-signed: --key is required; a colleague\'s or a made-up id\'s statements are invalid, not "valid" rows', async () => {
    const lrs = await fake();
    const own = learnerKey(MASTER, 'emp-0042');
    lrs.preload([
      ...lessonStatements(lrs.endpoint, 'emp-0042', own, 0),
      ...lessonStatements(lrs.endpoint, 'cfo-002', own, 10), // emp-0042 posting as a colleague
      ...lessonStatements(lrs.endpoint, 'ghost-999', own, 20), // and as a made-up learner
    ]);
    const c = context({ terminal: false });
    hrFiles(c, lrs.endpoint);
    Object.assign(c, { env: { EXEC_COACH_LRS_PASSWORD: 'hr-password' } });
    const opts = { paths: [], program: 'p.program.json', learners: 'learners.csv', lrs: lrs.endpoint };
    await expect(buildReportData(c, opts)).rejects.toMatchObject({ code: 'flag-missing', params: { flag: '--key' } });
    const data = await buildReportData(c, { ...opts, key: 'p.key' });
    const rows = Object.fromEntries(data.learners.map((l) => [l.id, [l.status, l.verification]]));
    expect(rows['emp-0042']).toEqual(['completed', 'valid']);
    expect(rows['cfo-002']).toEqual(['no-record', 'invalid-signature']);
    expect(rows['ghost-999']?.[1]).not.toBe('valid');
    expect(data.summary).toMatchObject({ learners: 2, completed: 1, completionRate: 0.5 });
  });
});

describe('finding 8: unsigned and not-in-roster rows are shown, never counted', () => {
  it('unsigned-not-counted: 1 of 2 (50 %), the made-up learner marked "not in roster"; --strict exits 1', async () => {
    const c = context({ terminal: false });
    hrFiles(c, 'https://lrs.example.com/xapi');
    const done = [lesson('demo-basics', 'completed')];
    writeFileSync(
      path.join(c.home, 'a.json'),
      JSON.stringify(
        exportFile(rec('emp-0042', done, '2026-11-20T10:00:00.000Z', 'lead-2026'), learnerKey(MASTER, 'emp-0042')),
      ),
    );
    writeFileSync(
      path.join(c.home, 'b.json'),
      JSON.stringify(exportFile(rec('cfo-002', done, '2026-11-20T10:00:00.000Z', 'lead-2026'), undefined)),
    );
    writeFileSync(
      path.join(c.home, 'c.json'),
      JSON.stringify(exportFile(rec('made-up', done, '2026-11-20T10:00:00.000Z', 'lead-2026'), undefined)),
    );
    const opts = {
      paths: ['a.json', 'b.json', 'c.json'],
      program: 'p.program.json',
      key: 'p.key',
      learners: 'learners.csv',
      format: 'json' as const,
    };
    const data = await buildReportData(c, opts);
    expect(data.summary).toMatchObject({ learners: 2, completed: 1, completionRate: 0.5 });
    expect(data.learners.find((l) => l.id === 'made-up')?.verification).toBe('not-in-roster');
    expect(data.learners.find((l) => l.id === 'cfo-002')?.verification).toBe('unsigned');
    await expect(report(c, { ...opts, strict: true })).rejects.toMatchObject({ code: 'strict-rejected' });
  });
});

describe('finding 10: a key file others can read', () => {
  it('key-open: invite and report warn and name the chmod to run', async () => {
    const c = context({ terminal: false });
    hrFiles(c, 'https://lrs.example.com/xapi', 'id,name\nemp-0042,Claire\n', 0o644);
    await invite(c, { program: 'p.program.json', key: 'p.key', learners: 'learners.csv', out: 'inv' });
    expect(c.stderr.text).toContain(`chmod 600 "${path.join(c.home, 'p.key')}"`);
    const r = context({ terminal: false, home: c.home });
    await report(r, { paths: [], program: 'p.program.json', key: 'p.key', learners: 'learners.csv', format: 'json' });
    expect(r.stderr.text).toContain('chmod 600');
  });
});

describe("finding 6: the LRS's own words in doctor", () => {
  it('doctor-lrs-message: a 400 whose message holds OSC and SGR sequences is shown without them', async () => {
    const lrs = await fake();
    lrs.otherwise = { do: 'reply', status: 400, body: { message: '\u001b]0;PWNED\u0007\u001b[31mbad request\u202e' } };
    const c = context({ terminal: false });
    await c.store.update((s) => ({ ...s, enrollment: testEnrollment(lrs.endpoint) }));
    await doctor(c, {});
    expect(c.stdout.text).toContain('bad request');
    expect(c.stdout.text).not.toMatch(/[\u001b\u0007\u202e]/);
    const j = context({ terminal: false, home: c.home });
    await doctor(j, { json: true });
    expect(j.stdout.text).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});

describe('finding 11: right-to-left overrides and zero-width characters', () => {
  const NAME = 'Bob\u202Egnp.exe\u200B';
  it('rtl-welcome: the enrolment welcome shows the name without them', async () => {
    const c = context({ terminal: false });
    const { lrs: _lrs, ...program } = testEnrollment('https://lrs.example.com/xapi').program;
    writeFileSync(
      path.join(c.home, 'e.json'),
      JSON.stringify({ ...testEnrollment('x'), program, learner: { id: 'emp-0042', name: NAME } }),
    );
    await enroll(c, { file: 'e.json' });
    expect(c.stderr.text).toContain('Bobgnp.exe');
    expect(c.stderr.text).not.toMatch(/[\u202e\u200b]/);
  });

  it('rtl-report: the CSV, Markdown, HTML and JSON reports carry no bidi or zero-width character from the roster', async () => {
    const c = context({ terminal: false });
    hrFiles(c, 'https://lrs.example.com/xapi', `id,name,department\nemp-0042,${NAME},Ops\u2066x\u2069\n`);
    for (const format of ['csv', 'md', 'html', 'json', 'table'] as const) {
      await report(c, {
        paths: [],
        program: 'p.program.json',
        key: 'p.key',
        learners: 'learners.csv',
        format,
        out: `r.${format === 'table' ? 'txt' : format}`,
      });
      const text = readFileSync(path.join(c.home, `r.${format === 'table' ? 'txt' : format}`), 'utf8');
      expect(text, format).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060]/);
      expect(text, format).toMatch(/Bob/);
    }
  });
});
