/**
 * A second (and third) terminal for the concurrency tests, bundled at test time with esbuild and
 * run as its own OS process:
 *
 *   node driver.mjs lessons HOME GO_FILE ID...      completes lessons through the runner (scripted answers)
 *   node driver.mjs config HOME GO_FILE BIN KEY V... runs `coach config KEY V` (the built binary) for each V,
 *                                                   reading the file back after each change
 *   node driver.mjs die-in-save HOME                takes the store's lock and is killed (SIGKILL) while holding it
 *
 * `lessons` and `config` write GO_FILE.ready once loaded, then wait for GO_FILE to exist, so that
 * two drivers start hammering the store at the same moment. The last line on stdout is a JSON report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { T0, testContext } from '../helpers/context.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';
import { run as start } from '../../src/commands/start/run.js';
import { ProgressStore } from '../../src/io/store.js';
import type { Network } from '../../src/core/lessons/types.js';

/** The network the tests set beforehand (`coach config network slack`), so no run asks for it. */
const NETWORK: Network = 'slack';

async function waitForGo(goFile: string): Promise<void> {
  writeFileSync(`${goFile}.ready.${process.pid}`, '');
  const deadline = Date.now() + 60_000;
  while (!existsSync(goFile)) {
    if (Date.now() > deadline) throw new Error(`no go signal at ${goFile}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function lessons(home: string, goFile: string, ids: string[]): Promise<unknown> {
  const probe = testContext({ home, lessonDirs: [] });
  const catalog = probe.catalog();
  const cat = await catalog;
  // Step texts are read lazily: touch them all before the go signal.
  for (const id of ids) void cat.lessons.find((l) => l.id === id)!.docs.en!.steps.map((s) => s.block);
  await waitForGo(goFile);
  const results: { id: string; completed: boolean; stepsDone: number; steps: number }[] = [];
  let updates = 0;
  const times: number[] = [];
  for (const id of ids) {
    const doc = cat.lessons.find((l) => l.id === id)!.docs.en!;
    const prompter = new ScriptedPrompter(
      answersFor(doc, { now: T0, network: NETWORK, store: new ProgressStore(home).read() }),
    );
    const ctx = testContext({ home, lessonDirs: [], prompter });
    ctx.catalog = () => catalog;
    const update = ctx.store.update.bind(ctx.store);
    ctx.store.update = async (change) => {
      const saved = await update(change);
      updates++;
      times.push(Date.now());
      return saved;
    };
    const r = await start(ctx, { lesson: id });
    if (prompter.remaining !== 0) throw new Error(`${id}: ${prompter.remaining} answers left`);
    results.push({ id, completed: r.completed, stepsDone: r.stepsDone, steps: doc.steps.length });
  }
  return { pid: process.pid, updates, times, results };
}

async function config(home: string, goFile: string, bin: string, key: string, values: string[]): Promise<unknown> {
  await waitForGo(goFile);
  const file = path.join(home, 'progress.json');
  const failures: string[] = [];
  const misses: string[] = [];
  let updates = 0;
  const times: number[] = [];
  for (const value of values) {
    const r = spawnSync(process.execPath, [bin, 'config', key, value], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', EXEC_COACH_HOME: home },
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (r.status !== 0) {
      failures.push(`config ${key} ${value}: exit ${r.status}: ${r.stderr.trim()}`);
      continue;
    }
    updates++;
    times.push(Date.now());
    // Only this process writes `key`: what it just saved must be there.
    const saved = (JSON.parse(readFileSync(file, 'utf8')) as { settings: Record<string, string> }).settings[key];
    if (saved !== value) misses.push(`${key}: wrote ${value}, read back ${saved}`);
  }
  return { pid: process.pid, updates, times, failures, misses };
}

async function dieInSave(home: string): Promise<void> {
  const store = new ProgressStore(home);
  await store.update((s) => {
    process.kill(process.pid, 'SIGKILL'); // a crash while the lock is held
    return s;
  });
}

const [mode, home, ...rest] = process.argv.slice(2);
if (!home) throw new Error('usage: driver.mjs MODE HOME ...');
let report: unknown;
if (mode === 'lessons') report = await lessons(home, rest[0]!, rest.slice(1));
else if (mode === 'config') report = await config(home, rest[0]!, rest[1]!, rest[2]!, rest.slice(3));
else if (mode === 'die-in-save') await dieInSave(home);
else throw new Error(`unknown mode ${mode}`);
process.stdout.write(`${JSON.stringify(report)}\n`);
