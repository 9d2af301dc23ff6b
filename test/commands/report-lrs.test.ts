/**
 * Issue 15, item 5: `coach report --lrs` ends in a message for HR for every way the LRS can fail
 * (never the generic "did not expect", never the learner's "run coach sync later"), and record
 * files given with --lrs are merged with the LRS's statements, the newest valid record winning.
 * Real files in a temporary folder; every server is on 127.0.0.1.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReportData } from '../../src/commands/report/run.js';
import { CoachError, EXIT } from '../../src/core/errors.js';
import { exportFile } from '../../src/core/sponsor/record.js';
import { learnerKey } from '../../src/core/sponsor/sign.js';
import { buildStatement, type LearningEvent } from '../../src/core/xapi/statements.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { errorMessage } from '../../src/render/error-message.js';
import { renderReport, renderWorkbook } from '../../src/render/report/index.js';
import type { TestContext } from '../helpers/context.js';
import { testEnrollment } from '../helpers/fake-lrs.js';
import { scoped } from '../helpers/scoped.js';
import { lesson, rec } from '../robustness/hostile-corpus.js';

const { context, fake } = scoped();
const MASTER = Buffer.alloc(32, 0x21).toString('base64url');
const BASE = 'https://learning.example.com/programs/lead-2026';
const DAY = 86_400_000;

afterEach(() => {
  vi.restoreAllMocks();
});

function hrFiles(c: TestContext): void {
  const program = {
    format: 'exec-coach.program/1',
    id: 'lead-2026',
    title: 'Leading on social',
    sponsor: { name: 'HR' },
    required: ['demo-basics'],
    due: '2026-12-31',
    lrs: { endpoint: 'https://lrs.example.com/xapi', username: 'coach', activityBase: BASE },
  };
  writeFileSync(path.join(c.home, 'p.program.json'), JSON.stringify(program));
  writeFileSync(path.join(c.home, 'p.key'), `${MASTER}\n`, { mode: 0o600 });
  writeFileSync(
    path.join(c.home, 'learners.csv'),
    'id,name\nemp-0042,Claire\ncfo-002,Paul\ncoo-003,Lina\nceo-001,Marc\n',
  );
}

const OPTS = { paths: [] as string[], program: 'p.program.json', key: 'p.key', learners: 'learners.csv' };

/** The error `report --lrs ENDPOINT` ends in, with its English and French words. */
async function failure(
  endpoint: string,
  env: Record<string, string> = {},
): Promise<{ error: CoachError; en: string; fr: string }> {
  const c = context({ terminal: false });
  hrFiles(c);
  Object.assign(c, { env });
  const error = await buildReportData(c, { ...OPTS, lrs: endpoint }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CoachError);
  const e = error as CoachError;
  return { error: e, en: errorMessage(en, e), fr: errorMessage(fr, e) };
}

/** Every HR message says nothing was changed, and none is the learner's. */
function forHr(m: { en: string; fr: string }): void {
  expect(m.en).toMatch(/nothing was (changed|read)/i);
  expect(m.fr).toMatch(/rien n’a été (modifié|lu)/i);
  for (const text of [m.en, m.fr]) expect(text).not.toMatch(/coach sync|still wait|attendent encore/);
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('report --lrs: an LRS that cannot be used', () => {
  it('lrs-insecure: plain http to another host is refused before any connection', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const m = await failure('http://lrs.example.com/xapi');
    expect(m.error.code).toBe('report-lrs-insecure');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(m.en).toContain('http://lrs.example.com/xapi');
    expect(m.en).toContain('https');
    forHr(m);
  });

  it('lrs-address: a --lrs that is no address is a usage error (exit 2)', async () => {
    const m = await failure('lrs.example.com xapi');
    expect(m.error).toMatchObject({ code: 'report-lrs-address', exitCode: EXIT.usage });
    expect(m.en).toContain('--lrs https://');
  });

  it('lrs-unreachable: a closed port says what HR should check', async () => {
    const m = await failure(`http://127.0.0.1:${await closedPort()}/xapi`);
    expect(m.error.code).toBe('report-lrs-unreachable');
    expect(m.en).toMatch(/address.*network.*LRS is up/s);
    expect(m.fr).toMatch(/adresse.*réseau.*en service/s);
    forHr(m);
  });
});

describe('report --lrs: an LRS that refuses', () => {
  it('lrs-401: names the password variable the programme uses', async () => {
    const lrs = await fake();
    lrs.otherwise = { do: 'reply', status: 401, body: { message: 'bad credentials' } };
    const m = await failure(lrs.endpoint, { EXEC_COACH_LRS_PASSWORD: 'wrong' });
    expect(m.error.code).toBe('report-lrs-auth');
    expect(m.en).toContain('EXEC_COACH_LRS_PASSWORD');
    expect(m.en).toContain('bad credentials');
    expect(m.en).toContain('lrs.username');
    forHr(m);
  });

  it('lrs-403: the same advice', async () => {
    const lrs = await fake();
    lrs.otherwise = { do: 'reply', status: 403, body: 'forbidden' };
    const m = await failure(lrs.endpoint);
    expect(m.error).toMatchObject({ code: 'report-lrs-auth', params: { status: 403 } });
  });

  it('lrs-404: says to check the endpoint path', async () => {
    const lrs = await fake();
    lrs.otherwise = { do: 'reply', status: 404, body: 'no such route' };
    const m = await failure(lrs.endpoint);
    expect(m.error.code).toBe('report-lrs-not-found');
    expect(m.en).toMatch(/path of the address.*\/xapi/s);
    forHr(m);
  });

  it('lrs-500: after its tries, says to try later', async () => {
    const lrs = await fake();
    // Retry-After: 0 keeps the retries (as many as for any 5xx) fast.
    lrs.otherwise = { do: 'reply', status: 500, headers: { 'Retry-After': '0' }, body: 'oops' };
    const m = await failure(lrs.endpoint);
    expect(m.error).toMatchObject({ code: 'report-lrs-server', params: { status: 500 } });
    expect(lrs.requests.length).toBeGreaterThan(1);
    expect(m.en).toContain('Try again later');
    expect(m.fr).toContain('Réessayez plus tard');
    forHr(m);
  });

  it('lrs-not-json: a 200 that is a login page, not xAPI', async () => {
    const lrs = await fake();
    lrs.otherwise = {
      do: 'reply',
      status: 200,
      headers: { 'Content-Type': 'text/html' },
      body: '<html>Sign in</html>',
    };
    const m = await failure(lrs.endpoint);
    expect(m.error.code).toBe('report-lrs-refused');
    forHr(m);
  });
});

describe('report --lrs: an LRS whose answer is not what xAPI says', () => {
  it('lrs-null: a JSON answer that is not an object', async () => {
    const lrs = await fake();
    lrs.otherwise = { do: 'reply', status: 200, body: 'null' };
    const m = await failure(lrs.endpoint);
    expect(m.error.code).toBe('report-lrs-refused');
    forHr(m);
  });

  it('lrs-bad-more: a `more` link that is no address is not followed', async () => {
    const lrs = await fake();
    lrs.otherwise = { do: 'reply', status: 200, body: { statements: [], more: 'http://[' } };
    const m = await failure(lrs.endpoint);
    expect(m.error.code).toBe('lrs-foreign-link');
    expect(lrs.requests).toHaveLength(1);
  });

  it('lrs-hostile-statements: odd statements (no time, a time that is an object, null parts) give a report every format renders', async () => {
    const lrs = await fake();
    const object = { id: `${BASE}/lessons/demo-basics` };
    const actor = { account: { name: 'emp-0042', homePage: 'https://example.com' } };
    const completed = { id: 'http://adlnet.gov/expapi/verbs/completed' };
    lrs.otherwise = {
      do: 'reply',
      status: 200,
      body: {
        statements: [
          { actor: null },
          { actor, object, verb: 5, timestamp: {} },
          { actor, object, verb: completed, timestamp: 'not a time', result: null },
          {
            actor,
            object,
            verb: completed,
            timestamp: '2026-11-01T10:00:00Z',
            context: { extensions: null },
            result: { duration: 5, extensions: 'x' },
          },
        ],
      },
    };
    const c = context({ terminal: false });
    hrFiles(c);
    const data = await buildReportData(c, { ...OPTS, lrs: lrs.endpoint });
    const row = data.learners.find((l) => l.id === 'emp-0042');
    expect(row).toMatchObject({
      verification: 'unsigned',
      firstActivityAt: '2026-11-01T10:00:00Z',
      lastActivityAt: '2026-11-01T10:00:00Z',
    });
    for (const format of ['csv', 'json', 'md', 'html', 'table'] as const)
      expect(typeof renderReport(data, { format, by: 'learner', lang: 'fr' })).toBe('string');
    expect((await renderWorkbook(data, 'fr')).byteLength).toBeGreaterThan(1000);
  });

  it('lrs-huge-page: a page of 300,000 entries does not overflow the call stack', async () => {
    const lrs = await fake();
    lrs.otherwise = { do: 'reply', status: 200, body: { statements: Array.from({ length: 300_000 }, () => ({})) } };
    const c = context({ terminal: false });
    hrFiles(c);
    const data = await buildReportData(c, { ...OPTS, lrs: lrs.endpoint });
    expect(data.summary.learners).toBe(4);
  });
});

/** Statements of demo-basics by `learner`: launched, then completed or not, at `at`. */
function statements(endpoint: string, learner: string, at: number, completed: boolean, first: number) {
  const e = testEnrollment(endpoint);
  const enrollment = { ...e, learner: { id: learner }, key: learnerKey(MASTER, learner) };
  const events: LearningEvent[] = [{ type: 'launched', lessonId: 'demo-basics' }];
  if (completed) events.push({ type: 'completed', lessonId: 'demo-basics', durationMs: 300_000, mode: 'live' });
  return events.map((ev, i) =>
    buildStatement(ev, enrollment, {
      id: `00000000-0000-4000-8000-${String(first + i).padStart(12, '0')}`,
      at: at + i * 1000,
      lang: 'en',
    }),
  );
}

function recordFile(c: TestContext, name: string, learner: string, at: number, completed: boolean): void {
  const r = rec(
    learner,
    [lesson('demo-basics', completed ? 'completed' : 'in-progress')],
    new Date(at).toISOString(),
    'lead-2026',
  );
  writeFileSync(path.join(c.home, name), JSON.stringify(exportFile(r, learnerKey(MASTER, learner))));
}

describe('report --lrs with record files', () => {
  it('lrs-merge: one report from both sources; for a learner in both, the newest valid record wins', async () => {
    const c = context({ terminal: false });
    hrFiles(c);
    const now = c.clock.now;
    const lrs = await fake();
    lrs.preload([
      ...statements(lrs.endpoint, 'emp-0042', now - 5 * DAY, true, 0), // only in the LRS
      ...statements(lrs.endpoint, 'coo-003', now - 2 * DAY, false, 10), // LRS older than the file
      ...statements(lrs.endpoint, 'ceo-001', now - 1 * DAY, true, 20), // LRS newer than the file
    ]);
    recordFile(c, 'cfo.json', 'cfo-002', now - 3 * DAY, true); // only a file
    recordFile(c, 'coo.json', 'coo-003', now - 1 * DAY, true);
    recordFile(c, 'ceo.json', 'ceo-001', now - 4 * DAY, false);
    const data = await buildReportData(c, { ...OPTS, paths: ['cfo.json', 'coo.json', 'ceo.json'], lrs: lrs.endpoint });
    const rows = Object.fromEntries(data.learners.map((l) => [l.id, [l.status, l.verification, l.source]]));
    const fromLrs = `lrs:${lrs.endpoint}`;
    expect(rows).toEqual({
      'emp-0042': ['completed', 'valid', fromLrs],
      'cfo-002': ['completed', 'valid', 'cfo.json'],
      'coo-003': ['completed', 'valid', 'coo.json'],
      'ceo-001': ['completed', 'valid', fromLrs],
    });
    expect(data.rejected).toEqual([]);
    expect(data.summary).toMatchObject({ learners: 4, completed: 4 });
  });
});
