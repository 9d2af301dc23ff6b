/**
 * The sponsor's whole loop with the built binary: programme, invitations from a roster, each
 * learner enrolled in their own state folder and completing lessons through the runner, signed
 * exports, then the report in every format, with tampering, another programme and a missing record.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, tempHome } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';
import { run as start } from '../../src/commands/start/run.js';

let hr: { home: string; cleanup(): void };
const learners: Record<string, { home: string; cleanup(): void }> = {};
let dir: string;
const REQUIRED = ['security-lock-down', 'linkedin-first-post'];

/** Completes a lesson for a learner through the runner, with scripted answers (draft mode where allowed). */
async function complete(home: string, id: string, draft = false): Promise<void> {
  const probe = testContext({ home, lessonDirs: [] });
  const doc = (await probe.catalog()).lessons.find((l) => l.id === id)!.docs.en!;
  const ctx = testContext({
    home,
    lessonDirs: [],
    prompter: new ScriptedPrompter(answersFor(doc, { now: probe.now(), draft, store: probe.store.read() })),
  });
  const result = await start(ctx, { lesson: id });
  expect(result.completed).toBe(true);
}

beforeAll(async () => {
  hr = tempHome();
  dir = hr.home;
  for (const id of ['ceo-001', 'cfo-002', 'coo-003', 'cmo-004']) learners[id] = tempHome();
  const init = coach(
    [
      'program',
      'init',
      '--id',
      'comex-2027',
      '--title',
      'Comex 2027',
      '--due',
      '2027-03-31',
      '--require',
      'security-lock-down',
      '--require',
      'linkedin-first-post',
      '--sponsor',
      'DRH',
      '--out',
      dir,
    ],
    { home: hr.home },
  );
  expect(init.code, init.stderr).toBe(0);
  writeFileSync(
    path.join(dir, 'learners.csv'),
    '\uFEFFid;name;email;department\r\nceo-001;Claire Dubois;claire@example.com;Direction\r\ncfo-002;Paul Martin;;Finance\r\ncoo-003;"=HYPERLINK(""http://evil"")";;Ops\r\ncmo-004;<script>alert(1)</script>;;Marketing\r\nbad row!;Nobody;;\r\n',
  );
});
afterAll(() => {
  hr.cleanup();
  for (const l of Object.values(learners)) l.cleanup();
});

/** Tampers one byte of a copy of a record; adds a record from another programme, a file that is not JSON, and a copy. */
function addRejectedRecords(): void {
  const cfo = readFileSync(path.join(dir, 'records', 'cfo-002.json'), 'utf8');
  mkdirSync(path.join(dir, 'records', 'more'), { recursive: true });
  writeFileSync(
    path.join(dir, 'records', 'more', 'cfo-002-tampered.json'),
    cfo.replace(/"minutesSpent": (\d+)/, (_m, n) => `"minutesSpent": ${Number(n) + 1}`),
  );
  writeFileSync(
    path.join(dir, 'records', 'more', 'other.json'),
    cfo.replace('"id": "comex-2027"', '"id": "board-2027"'),
  );
  writeFileSync(path.join(dir, 'records', 'more', 'junk.json'), '{ not json');
  copyFileSync(path.join(dir, 'records', 'ceo-001.json'), path.join(dir, 'records', 'more', 'ceo-001-copy.json'));
}

/** The report of the records folder, as the sponsor runs it (from the programme folder). */
const REPORT = [
  'report',
  'records',
  '--program',
  'comex-2027.program.json',
  '--key',
  'comex-2027.key',
  '--learners',
  'learners.csv',
];

/** The JSON report: its keys in order, a row per learner, the rejected files with their reasons, the summary. */
function expectJsonReport(data: {
  learners: { id: string }[];
  rejected: { path: string; reason: string }[];
  summary: unknown;
}): void {
  // The first version's keys first, in their order, then those added in the second (issue 15).
  expect(Object.keys(data)).toEqual([
    'program',
    'generatedAt',
    'summary',
    'learners',
    'lessons',
    'rejected',
    'timeZone',
    'departments',
    'weeks',
  ]);
  const row = (id: string) => data.learners.find((l: { id: string }) => l.id === id);
  expect(row('ceo-001')).toMatchObject({
    name: 'Claire Dubois',
    department: 'Direction',
    status: 'completed',
    requiredDone: 2,
    requiredTotal: 2,
    progressPct: 100,
    draftLessons: 1,
    verification: 'valid',
  });
  expect(row('cfo-002')).toMatchObject({ status: 'in-progress', requiredDone: 1, verification: 'valid' });
  expect(row('coo-003')).toMatchObject({ status: 'not-started', verification: 'valid' });
  expect(row('cmo-004')).toMatchObject({
    status: 'no-record',
    verification: null,
    name: '<script>alert(1)</script>',
  });
  const reasons = Object.fromEntries(
    data.rejected.map((r: { path: string; reason: string }) => [path.basename(r.path), r.reason.split(':')[0]]),
  );
  expect(reasons).toEqual({
    'cfo-002-tampered.json': 'invalid-signature',
    'other.json': 'other-program',
    'junk.json': 'not-json',
    'ceo-001-copy.json': 'duplicate',
  });
  expect(data.summary).toMatchObject({ learners: 4, completed: 1, inProgress: 1, notStarted: 1, noRecord: 1 });
}

// The describe blocks below run in order and build on each other: the programme, then the learners'
// records, then the report over those records (state shared through the module-level variables above).
describe('the sponsor loop: programme and invitations', { timeout: 60_000 }, () => {
  it('program init writes the programme and a 0600 key, and refuses to overwrite the key', () => {
    const program = JSON.parse(readFileSync(path.join(dir, 'comex-2027.program.json'), 'utf8'));
    expect(program).toMatchObject({
      format: 'exec-coach.program/2',
      keyFingerprint: expect.stringMatching(/^sha256:[0-9a-f]{32}$/),
      id: 'comex-2027',
      required: REQUIRED,
      due: '2027-03-31',
      sponsor: { name: 'DRH' },
    });
    expect(statSync(path.join(dir, 'comex-2027.key')).mode & 0o777).toBe(0o600);
    const again = coach(
      [
        'program',
        'init',
        '--id',
        'comex-2027',
        '--title',
        'X',
        '--due',
        '2027-03-31',
        '--require',
        'security',
        '--out',
        dir,
      ],
      { home: hr.home },
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('invite writes one enrolment per good row and names the bad rows by line', () => {
    const r = coach(
      [
        'invite',
        '--program',
        'comex-2027.program.json',
        '--key',
        'comex-2027.key',
        '--learners',
        'learners.csv',
        '--out',
        'invitations',
      ],
      { home: hr.home, cwd: dir },
    );
    expect(r.code).toBe(1); // a bad row: reported, the others still written
    expect(r.stderr).toMatch(/learners\.csv:6: id "bad row!"/);
    expect(readdirSync(path.join(dir, 'invitations')).sort()).toEqual([
      'ceo-001.enrollment.json',
      'cfo-002.enrollment.json',
      'cmo-004.enrollment.json',
      'coo-003.enrollment.json',
    ]);
    const e = JSON.parse(readFileSync(path.join(dir, 'invitations', 'ceo-001.enrollment.json'), 'utf8'));
    expect(e).toMatchObject({ format: 'exec-coach.enrollment/1', learner: { id: 'ceo-001', name: 'Claire Dubois' } });
    expect(JSON.stringify(e)).not.toContain(readFileSync(path.join(dir, 'comex-2027.key'), 'utf8').trim());
    expect(JSON.stringify(e)).not.toContain('claire@example.com');
  });
});

describe('the sponsor loop: learners', { timeout: 60_000 }, () => {
  it('learners enrol, see what is required, complete lessons and export signed records', async () => {
    for (const id of ['ceo-001', 'cfo-002', 'coo-003']) {
      const home = learners[id]!.home;
      const enroll = coach(['enroll', path.join(dir, 'invitations', `${id}.enrollment.json`)], { home });
      expect(enroll.code, enroll.stderr).toBe(0);
      expect(enroll.stderr).toContain('Welcome to "Comex 2027"');
    }
    const status = JSON.parse(coach(['status', '--json'], { home: learners['ceo-001']!.home }).stdout);
    expect(status.learner).toEqual({ id: 'ceo-001', name: 'Claire Dubois' });
    expect(status.program).toMatchObject({ id: 'comex-2027', due: '2027-03-31' });
    expect(status.summary).toMatchObject({ requiredCompleted: 0, requiredTotal: 2 });
    expect(status.next).toBe('security-lock-down');
    const list = JSON.parse(coach(['list', '--json'], { home: learners['ceo-001']!.home }).stdout);
    expect(list.filter((l: { required: boolean }) => l.required).map((l: { id: string }) => l.id)).toEqual(REQUIRED);

    await complete(learners['ceo-001']!.home, 'security-lock-down');
    await complete(learners['ceo-001']!.home, 'linkedin-first-post', true);
    await complete(learners['cfo-002']!.home, 'security-lock-down');
    // coo-003 enrolled but did nothing; cmo-004 never enrolled.

    const preview = coach(['export', '--preview'], { home: learners['ceo-001']!.home });
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('Never included: your reflections');
    // HR collects the records in one folder (export writes into a folder that exists: it never creates one).
    mkdirSync(path.join(dir, 'records'));
    for (const id of ['ceo-001', 'cfo-002', 'coo-003']) {
      const r = coach(['export', '--out', path.join(dir, 'records', `${id}.json`)], { home: learners[id]!.home });
      expect(r.code, r.stderr).toBe(0);
    }
    const record = JSON.parse(readFileSync(path.join(dir, 'records', 'ceo-001.json'), 'utf8'));
    expect(record.signature).toMatchObject({ alg: 'HS256', kid: 'ceo-001' });
    expect(record.record.lessons.map((l: { id: string; mode: string }) => [l.id, l.mode])).toEqual([
      ['security-lock-down', 'live'],
      ['linkedin-first-post', 'draft'],
    ]);
    expect(JSON.stringify(record)).not.toContain('A private thought.');
  });
});

describe('the sponsor loop: the report', { timeout: 60_000 }, () => {
  it('reports in every format; a tampered record is "invalid signature", another programme is rejected, no record is "no record"', () => {
    // Tamper one byte of a copy; add a record from another programme; and a file that is not JSON.
    addRejectedRecords();
    const base = REPORT;
    const json = coach([...base, '--format', 'json'], { home: hr.home, cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    expectJsonReport(JSON.parse(json.stdout));

    const strict = coach([...base, '--format', 'json', '--strict'], { home: hr.home, cwd: dir });
    expect(strict.code).toBe(1);

    const csv = coach([...base, '--format', 'csv', '--delimiter', ';'], { home: hr.home, cwd: dir });
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    expect(csv.stdout).toContain(';');
    expect(csv.stdout).not.toMatch(/(^|;|")=HYPERLINK/m);

    const md = coach([...base, '--format', 'md'], { home: hr.home, cwd: dir });
    expect(md.stdout).toContain('Comex 2027');
    expect(md.stdout).not.toContain('<script>');

    const out = coach([...base, '--out', 'report.html', '--lang', 'fr'], { home: hr.home, cwd: dir });
    expect(out.code, out.stderr).toBe(0);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain('lang="fr"');
    expect(html).not.toContain('<script>alert(1)</script>');

    const table = coach([...base, '--format', 'table', '--by', 'lesson'], { home: hr.home, cwd: dir });
    expect(table.code).toBe(0);
    // Lessons by their titles in the report's language (issue 15), not their ids.
    expect(table.stdout).toContain('Lock down your accounts');
    expect(table.stdout).not.toContain('security-lock-down');
  });

  it('refuses to replace a file it cannot read', () => {
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    const r = coach(
      [
        'report',
        'records',
        '--program',
        'comex-2027.program.json',
        '--key',
        'comex-2027.key',
        '--out',
        'locked',
        '--format',
        'json',
      ],
      { home: hr.home, cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(statSync(locked).isDirectory()).toBe(true);
    chmodSync(locked, 0o755);
  });
});
