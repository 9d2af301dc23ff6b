/**
 * Reporting to a real learning record store (Learning Locker's xapi-statements on 127.0.0.1):
 * lessons queue statements, `coach sync` sends them; the LRS goes away in the middle of a sync
 * (one answer lost on the way back), more lessons are done, it comes back, and every statement
 * is there exactly once. Then the sponsor's report is read back from the LRS.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, coachAsync, tempHome } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { startLrs, freePort, type RunningLrs } from '../helpers/lrs.js';
import { TcpProxy } from '../helpers/proxy.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';
import { run as start } from '../../src/commands/start/run.js';
import type { Statement } from '../../src/core/xapi/statements.js';

const PASSWORD = 'not-a-real-secret';
const LESSONS = [
  'foundations-lead-by-example',
  'security-lock-down',
  'security-records-delegates',
  'x-listen',
  'linkedin-listen',
  'youtube-channel-hygiene',
  'x-rumours',
  'facebook-profile-or-page',
  'instagram-account-privacy',
  'linkedin-identity',
];
let lrs: RunningLrs;
let proxy: TcpProxy;
let hr: { home: string; cleanup(): void };
let learner: { home: string; cleanup(): void };
let endpoint: string;

/** Every statement id written to the queue so far, with its verb (read before each sync). */
const queued = new Map<string, string>();
function collectQueue(): void {
  let text = '';
  try {
    text = readFileSync(path.join(learner.home, 'xapi', 'queue.jsonl'), 'utf8');
  } catch {
    return;
  }
  for (const line of text.split('\n').filter(Boolean)) {
    const s = JSON.parse(line) as Statement;
    queued.set(s.id, s.verb.id);
  }
}

async function complete(id: string): Promise<string> {
  const probe = testContext({ home: learner.home, lessonDirs: [] });
  const doc = (await probe.catalog()).lessons.find((l) => l.id === id)!.docs.en!;
  const ctx = testContext({
    home: learner.home,
    lessonDirs: [],
    prompter: new ScriptedPrompter(answersFor(doc, { now: Date.now(), draft: true, store: probe.store.read() })),
  });
  Object.assign(ctx, { env: { EXEC_COACH_LRS_PASSWORD: PASSWORD }, now: () => Date.now() });
  await start(ctx, { lesson: id });
  return ctx.stderr.text;
}

async function lrsStatements(): Promise<Statement[]> {
  const all: Statement[] = [];
  let next = `${lrs.endpoint}/statements?agent=${encodeURIComponent(JSON.stringify({ objectType: 'Agent', account: { homePage: `http://127.0.0.1:${proxy.port}`, name: 'ceo-001' } }))}&limit=100`;
  for (let page = 0; page < 100 && next; page++) {
    const r = await fetch(next, {
      headers: {
        'X-Experience-API-Version': '1.0.3',
        Authorization: `Basic ${Buffer.from(`coach:${PASSWORD}`).toString('base64')}`,
      },
    });
    const body = (await r.json()) as { statements: Statement[]; more: string };
    all.push(...body.statements);
    next = body.more ? new URL(body.more, lrs.endpoint).href : '';
  }
  return all;
}

beforeAll(async () => {
  lrs = await startLrs();
  proxy = new TcpProxy(await freePort(), lrs.port);
  await proxy.up();
  endpoint = `http://127.0.0.1:${proxy.port}/xAPI`;
  hr = tempHome();
  learner = tempHome();
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
      LESSONS.slice(0, 4).join(','),
      '--lrs',
      endpoint,
      '--lrs-user',
      'coach',
      '--out',
      hr.home,
    ],
    { home: hr.home },
  );
  expect(init.code, init.stderr).toBe(0);
  writeFileSync(path.join(hr.home, 'learners.csv'), 'id,name\nceo-001,Claire Dubois\ncfo-002,Paul Martin\n');
  expect(
    coach(
      [
        'invite',
        '--program',
        'comex-2027.program.json',
        '--key',
        'comex-2027.key',
        '--learners',
        'learners.csv',
        '--out',
        'inv',
      ],
      { home: hr.home, cwd: hr.home },
    ).code,
  ).toBe(0);
  // No terminal: the learner's yes to what goes to the LRS is --yes (issue 12, finding 1).
  expect(coach(['enroll', path.join(hr.home, 'inv', 'ceo-001.enrollment.json')], { home: learner.home }).code).toBe(2);
  expect(
    coach(['enroll', path.join(hr.home, 'inv', 'ceo-001.enrollment.json'), '--yes'], { home: learner.home }).code,
  ).toBe(0);
}, 60_000);

afterAll(async () => {
  await proxy?.down();
  await lrs?.stop();
  hr?.cleanup();
  learner?.cleanup();
});

/** Lessons done while the LRS is away, then a sync cut off mid-way, more lessons, and a sync that completes. */
async function interruptedSync(): Promise<void> {
  for (const id of LESSONS.slice(1, 8)) {
    const said = await complete(id);
    expect(said).toContain('could not be reached'); // said once, after the lesson
  }
  collectQueue();
  const waiting = readFileSync(path.join(learner.home, 'xapi', 'queue.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean).length;
  expect(waiting).toBeGreaterThan(50); // at least two batches
  expect(coach(['status'], { home: learner.home }).stdout).toContain(`${waiting} learning records wait`);

  // The LRS comes back, stores the second batch, but its answer is lost and it goes away again.
  await proxy.up();
  proxy.dropAfterPosts = 2;
  const first = await coachAsync(['sync'], { home: learner.home, env: { EXEC_COACH_LRS_PASSWORD: PASSWORD } });
  expect(first.code).toBe(1);
  expect(first.stderr).toMatch(/could not be reached.*\n.*50 statements were sent; \d+ still wait, nothing is lost/);
  proxy.dropAfterPosts = undefined;

  for (const id of LESSONS.slice(8)) await complete(id); // more lessons while it is away
  collectQueue();

  await proxy.up();
  const second = await coachAsync(['sync'], { home: learner.home, env: { EXEC_COACH_LRS_PASSWORD: PASSWORD } });
  expect(second.code, second.stderr).toBe(0);
  expect(second.stderr).toMatch(/Sent \d+ statements/);
  expect(readFileSync(path.join(learner.home, 'xapi', 'queue.jsonl'), 'utf8')).toBe('');

  const stored = await lrsStatements();
  const counts = new Map<string, number>();
  for (const s of stored) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  expect(new Set(counts.keys())).toEqual(new Set(queued.keys()));
  for (const s of stored) expect(s.verb.id).toBe(queued.get(s.id));
  console.log(
    `xAPI: ${queued.size} statements queued across an interrupted sync, ${stored.length} stored, 0 lost, 0 duplicated`,
  );
}

/** The sponsor's JSON report, read from the LRS through the proxy. */
function sponsorReport(): ReturnType<typeof coachAsync> {
  return coachAsync(
    [
      'report',
      '--lrs',
      endpoint,
      '--program',
      'comex-2027.program.json',
      '--key',
      'comex-2027.key',
      '--learners',
      'learners.csv',
      '--format',
      'json',
    ],
    { home: hr.home, cwd: hr.home, env: { EXEC_COACH_LRS_PASSWORD: PASSWORD } },
  );
}

describe('xAPI with a real LRS', { timeout: 120_000 }, () => {
  it('sends after each lesson when the LRS is there, silently', async () => {
    const said = await complete(LESSONS[0]!);
    expect(said).not.toContain('could not be reached');
    expect(readFileSync(path.join(learner.home, 'xapi', 'queue.jsonl'), 'utf8')).toBe('');
    const stored = await lrsStatements();
    expect(stored.length).toBeGreaterThanOrEqual(5);
    expect(new Set(stored.map((s) => s.verb.id))).toEqual(
      new Set([
        'http://adlnet.gov/expapi/verbs/launched',
        'http://adlnet.gov/expapi/verbs/progressed',
        'http://adlnet.gov/expapi/verbs/completed',
        'http://adlnet.gov/expapi/verbs/passed',
      ]),
    );
    for (const s of stored) queued.set(s.id, s.verb.id);
  });

  it('keeps everything when the LRS goes away mid-sync and comes back: each statement stored exactly once', async () => {
    await proxy.down();
    try {
      await interruptedSync();
    } finally {
      proxy.dropAfterPosts = undefined;
      await proxy.up();
    }
  });

  it('doctor checks the LRS and the credentials; afterwards nothing is left to send', async () => {
    const doctor = await coachAsync(['doctor'], { home: learner.home, env: { EXEC_COACH_LRS_PASSWORD: PASSWORD } });
    expect(doctor.stdout).toContain('Learning record store: reachable, credentials accepted');
    expect(
      (await coachAsync(['sync'], { home: learner.home, env: { EXEC_COACH_LRS_PASSWORD: PASSWORD } })).stderr,
    ).toContain('Nothing to send');
  });

  it('the sponsor reads the same report back from the LRS, every statement verified with the learner key', async () => {
    // The round trip through the real LRS (which adds stored, authority and version) keeps every signature valid.
    const r = await sponsorReport();
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.learners.find((l: { id: string }) => l.id === 'ceo-001')).toMatchObject({
      name: 'Claire Dubois',
      status: 'completed',
      requiredDone: 4,
      requiredTotal: 4,
      verification: 'valid',
    });
    expect(data.learners.find((l: { id: string }) => l.id === 'cfo-002')).toMatchObject({ status: 'no-record' });
    expect(data.lessons.find((l: { id: string }) => l.id === 'x-listen')).toMatchObject({ completed: 1 });
    expect(data.rejected).toEqual([]);
    const stored = await lrsStatements();
    expect(
      stored.every(
        (s) =>
          typeof (s as { stored?: unknown }).stored === 'string' &&
          typeof s.context.extensions?.['urn:exec-coach:xapi:extension:signature/1'] === 'string',
      ),
    ).toBe(true);
  });
});
