/**
 * Two terminals: OS processes that update the same progress store at the same time never lose an
 * update. The driver (./driver.ts) is bundled with esbuild and spawned twice, started together by a
 * go signal: two runners on different lessons; two loops of `coach config` (the built binary) on
 * different keys; a runner against a `coach config` loop. Then stale locks: one left by a process
 * killed inside a save must not block the next command.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempHome } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { checkStoreText } from '../../src/core/progress/validate.js';
import type { Store } from '../../src/core/progress/types.js';
import { builtCopy, run, type BuiltCopy } from './built-copy.js';

/** The store's stale timeout (src/io/store.ts STALE_LOCK_MS). */
const STALE_MS = 10_000;

let work: string;
let driver: string;
let built: BuiltCopy;
const coach = (args: string[], opts: { home: string }) => run(built.bin, args, opts);
const homes: (() => void)[] = [];
const base = testContext({ lessonDirs: [] });
const catalog = await base.catalog();
const stepsOf = new Map(catalog.lessons.map((l) => [l.id, l.docs.en!.steps.length]));

beforeAll(async () => {
  built = builtCopy();
  work = mkdtempSync(path.join(tmpdir(), 'coach-durability-'));
  driver = path.join(work, 'driver.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'test', 'durability', 'driver.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: driver,
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'silent',
  });
  // The coach finds its lessons from its own location (the folder holding package.json): make the
  // temporary folder look like a package root whose lessons are the bundled ones.
  writeFileSync(path.join(work, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(path.join(ROOT, 'lessons'), path.join(work, 'lessons'));
}, 180_000);

afterAll(() => {
  built?.cleanup();
  base.cleanup();
  for (const cleanup of homes) cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

function home(): string {
  const h = tempHome();
  homes.push(h.cleanup);
  return h.home;
}

interface Proc {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function node(args: string[], env: Record<string, string> = {}, timeout = 150_000): Promise<Proc> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Starts drivers, waits until each has loaded, then lets them all go at once. */
async function together(runs: string[][]): Promise<Proc[]> {
  const go = path.join(work, `go-${Math.random().toString(36).slice(2)}`);
  const procs = runs.map(([mode, h, ...rest]) => node([driver, mode!, h!, go, ...rest]));
  const deadline = Date.now() + 60_000;
  while (readdirSync(work).filter((f) => f.startsWith(`${path.basename(go)}.ready.`)).length < runs.length) {
    if (Date.now() > deadline) break; // a driver that failed to load reports through its exit code below
    await new Promise((r) => setTimeout(r, 20));
  }
  writeFileSync(go, '');
  return Promise.all(procs);
}

function report<T>(p: Proc): T {
  expect(p.code, `driver exit ${p.code} ${p.signal ?? ''}\n${p.stderr}`).toBe(0);
  return JSON.parse(p.stdout.trim().split('\n').pop()!) as T;
}

function savedStore(h: string): Store {
  const checked = checkStoreText(readFileSync(path.join(h, 'progress.json'), 'utf8'));
  if (!checked.ok) throw new Error(`the store does not validate: ${JSON.stringify(checked.problem)}`);
  return checked.store;
}

interface LessonsReport {
  pid: number;
  updates: number;
  times: number[];
  results: { id: string; completed: boolean; stepsDone: number; steps: number }[];
}
interface ConfigReport {
  pid: number;
  updates: number;
  times: number[];
  failures: string[];
  misses: string[];
}

/** Steps of `ids` that the store does not hold as completed. */
function lostSteps(store: Store, ids: string[]): { lost: number; details: string[] } {
  let lost = 0;
  const details: string[] = [];
  for (const id of ids) {
    const total = stepsOf.get(id)!;
    const p = store.lessons[id];
    const done = p ? Math.min(p.stepsDone, p.results.length) : 0;
    if (done < total || p?.status !== 'completed' || store.history[id]?.length !== 1) {
      lost += total - done;
      details.push(
        `${id}: ${p ? `${p.status} ${p.stepsDone}/${total}, ${p.results.length} results` : 'missing'}, history ${store.history[id]?.length ?? 0}`,
      );
    }
  }
  return { lost, details };
}

/**
 * Updates saved while the other process was saving too: those after both had saved once and
 * before either saved its last. Zero would mean the two processes never overlapped.
 */
function overlapping(a: number[], b: number[]): number {
  const from = Math.max(a[0] ?? Infinity, b[0] ?? Infinity);
  const to = Math.min(a.at(-1) ?? -Infinity, b.at(-1) ?? -Infinity);
  return [...a, ...b].filter((t) => t >= from && t <= to).length;
}

const tally = { updates: 0, overlapping: 0, lost: 0, settingsLost: 0 };

describe('two terminals on the same store: two runners, two config loops', { timeout: 240_000 }, () => {
  it('two runners on different lessons: every completed step of every lesson is recorded', async () => {
    const h = home();
    expect(coach(['config', 'network', 'slack'], { home: h }).code).toBe(0);
    const ids = catalog.lessons.map((l) => l.id);
    const a = ids.filter((_, i) => i % 2 === 0);
    const b = ids.filter((_, i) => i % 2 === 1);
    const [pa, pb] = await together([
      ['lessons', h, ...a],
      ['lessons', h, ...b],
    ]);
    const ra = report<LessonsReport>(pa!);
    const rb = report<LessonsReport>(pb!);
    for (const r of [...ra.results, ...rb.results])
      expect(r, r.id).toMatchObject({ completed: true, stepsDone: r.steps });

    const store = savedStore(h);
    const { lost, details } = lostSteps(store, ids);
    const steps = ids.reduce((n, id) => n + stepsOf.get(id)!, 0);
    const both = overlapping(ra.times, rb.times);
    tally.updates += ra.updates + rb.updates;
    tally.overlapping += both;
    tally.lost += lost;
    console.log(
      `two runners: ${ra.updates + rb.updates} concurrent updates (${ra.updates} + ${rb.updates}; ${both} while both were saving) over ${ids.length} lessons, ${steps} steps; ${lost} steps lost`,
    );
    expect(both).toBeGreaterThan(0);
    expect(details).toEqual([]);
    expect(store.settings.network).toBe('slack');
    const status = coach(['status', '--json'], { home: h });
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout).summary.completed).toBe(ids.length);
  });

  it('two loops of `coach config` on different keys: every change is kept', async () => {
    const h = home();
    const n = 20;
    const names = Array.from({ length: n }, (_, i) => `Claire ${i}`);
    const networks = Array.from({ length: n }, (_, i) => ['viva-engage', 'slack', 'teams'][i % 3]!);
    const [pa, pb] = await together([
      ['config', h, built.bin, 'name', ...names],
      ['config', h, built.bin, 'network', ...networks],
    ]);
    const ra = report<ConfigReport>(pa!);
    const rb = report<ConfigReport>(pb!);
    const store = savedStore(h);
    const finalLost =
      (store.settings.name === names.at(-1) ? 0 : 1) + (store.settings.network === networks.at(-1) ? 0 : 1);
    const lost = ra.misses.length + rb.misses.length + finalLost;
    const both = overlapping(ra.times, rb.times);
    tally.updates += ra.updates + rb.updates;
    tally.overlapping += both;
    tally.settingsLost += lost;
    console.log(
      `two config loops: ${ra.updates + rb.updates} concurrent updates through the built binary (${both} while both were saving), ${ra.failures.length + rb.failures.length} failed, ${lost} lost`,
    );
    expect(both).toBeGreaterThan(0);
    expect([...ra.failures, ...rb.failures]).toEqual([]);
    expect([...ra.misses, ...rb.misses]).toEqual([]);
    expect(store.settings).toMatchObject({ name: names.at(-1), network: networks.at(-1) });
  });
});

describe('two terminals on the same store: a runner against a config loop', { timeout: 240_000 }, () => {
  it('a runner against a `coach config` loop: no step and no setting is lost', async () => {
    const h = home();
    expect(coach(['config', 'network', 'slack'], { home: h }).code).toBe(0);
    const ids = catalog.lessons
      .filter((l) => l.track !== 'youtube')
      .map((l) => l.id)
      .slice(0, 12);
    const names = Array.from({ length: 20 }, (_, i) => `Dana ${i}`);
    const [pa, pb] = await together([
      ['lessons', h, ...ids],
      ['config', h, built.bin, 'name', ...names],
    ]);
    const ra = report<LessonsReport>(pa!);
    const rb = report<ConfigReport>(pb!);
    const store = savedStore(h);
    const { lost, details } = lostSteps(store, ids);
    const settingsLost =
      rb.misses.length + (store.settings.name === names.at(-1) ? 0 : 1) + (store.settings.network === 'slack' ? 0 : 1);
    const both = overlapping(ra.times, rb.times);
    tally.updates += ra.updates + rb.updates;
    tally.overlapping += both;
    tally.lost += lost;
    tally.settingsLost += settingsLost;
    console.log(
      `runner vs config loop: ${ra.updates + rb.updates} concurrent updates (${ra.updates} runner + ${rb.updates} config; ${both} while both were saving), ${lost} steps lost, ${settingsLost} settings lost`,
    );
    expect(both).toBeGreaterThan(0);
    expect(details).toEqual([]);
    expect(rb.failures).toEqual([]);
    expect(rb.misses).toEqual([]);
    expect(store.settings).toMatchObject({ name: names.at(-1), network: 'slack' });
  });
});

describe('two terminals on the same store: over all the runs above', () => {
  it('counts', () => {
    const line = `concurrent updates: ${tally.updates} tried (${tally.overlapping} while the other process was saving too), ${tally.lost} steps lost, ${tally.settingsLost} settings lost`;
    console.log(line);
    expect(tally.lost + tally.settingsLost, line).toBe(0);
    expect(tally.updates).toBeGreaterThan(100);
  });
});

describe('locks left by a killed process', { timeout: 60_000 }, () => {
  /** A process takes the store's lock and is killed with SIGKILL while holding it. */
  async function crashInsideSave(h: string): Promise<string> {
    mkdirSync(h, { recursive: true });
    const p = await node([driver, 'die-in-save', h]);
    expect(p.signal).toBe('SIGKILL');
    const lock = path.join(h, 'progress.json.lock');
    expect(statSync(lock).isDirectory()).toBe(true);
    return lock;
  }

  it('a stale lock (older than the stale timeout) does not block a new run for long', async () => {
    const h = home();
    expect(coach(['config', 'name', 'Before'], { home: h }).code).toBe(0);
    const lock = await crashInsideSave(h);
    const old = new Date(Date.now() - STALE_MS - 50_000);
    utimesSync(lock, old, old);

    const t0 = Date.now();
    const r = coach(['config', 'name', 'After'], { home: h });
    const ms = Date.now() - t0;
    console.log(
      `stale lock (${Math.round((Date.now() - old.getTime()) / 1000)} s old): \`coach config\` exit ${r.code} after ${ms} ms`,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(savedStore(h).settings.name).toBe('After');
    expect(existsSync(lock)).toBe(false);
    // Reclaimed, not waited out: a lock still taken after the store's retries (about 8.5 s) is a
    // failure (store-busy, exit 1), so exit 0 and the name saved prove it; no timing is asserted.

    // A runner in another process gets through too.
    mkdirSync(lock);
    utimesSync(lock, old, old);
    const [p] = await together([['lessons', h, 'foundations-lead-by-example']]);
    expect(report<LessonsReport>(p!).results[0]).toMatchObject({ completed: true });
    expect(savedStore(h).lessons['foundations-lead-by-example']?.status).toBe('completed');
  });

  it('a lock left just now by a process killed while saving does not make the next command fail', async () => {
    // The owner is dead, so waiting until the lock turns stale (10 s) is the right thing to do;
    // the command must not give up first and blame "another coach".
    const h = home();
    expect(coach(['config', 'name', 'Before'], { home: h }).code).toBe(0);
    await crashInsideSave(h);
    const t0 = Date.now();
    const r = coach(['config', 'name', 'After'], { home: h });
    console.log(
      `fresh lock of a killed process: \`coach config\` exit ${r.code} after ${Date.now() - t0} ms${r.code === 0 ? '' : `: ${r.stderr.split('\n')[0]}`}`,
    );
    expect(r.stderr).not.toContain('Another coach is saving progress right now');
    expect(r.code).toBe(0);
    expect(savedStore(h).settings.name).toBe('After');
  });
});
