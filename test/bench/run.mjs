// `npm run bench`: start-up speed of the built binary as a ratio to `node -e 0`, both measured in
// this run, interleaved, with the same environment (so shared-machine noise hits both sides).
// Not a test: it prints figures and the targets; it never fails on timing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'coach.js');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const home = mkdtempSync(path.join(tmpdir(), 'coach-bench-'));
const env = { ...process.env, EXEC_COACH_HOME: home, LANG: 'en_US.UTF-8' };
delete env.EXEC_COACH_LESSONS;

/** A command line, run through a pseudo-terminal with `script` when `tty` is set (to measure rendering). */
const node = (args, tty = false) => (tty ? ['script', ['-qec', [process.execPath, ...args].map((a) => `'${a}'`).join(' '), '/dev/null']] : [process.execPath, args]);

const cases = [
  { name: 'node -e 0', cmd: node(['-e', '0']), baseline: true },
  { name: 'coach --version', cmd: node([bin, '--version']), target: 1.2 },
  { name: 'coach list', cmd: node([bin, 'list']), target: 1.6 },
  { name: 'coach status --json', cmd: node([bin, 'status', '--json']), target: 1.6 },
  { name: 'coach show linkedin-first-post (piped)', cmd: node([bin, 'show', 'linkedin-first-post']), target: 3 },
  { name: 'node -e 0 (in a terminal)', cmd: node(['-e', '0'], true), baseline: true, tty: true },
  { name: 'coach show linkedin-first-post (in a terminal, rendered)', cmd: node([bin, 'show', 'linkedin-first-post'], true), target: 3, tty: true },
];

function time([file, args]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const hasScript = spawnSync('script', ['--version']).status === 0;
const active = cases.filter((c) => !c.tty || hasScript);
for (const c of active) time(c.cmd); // warm the file cache once
const samples = new Map(active.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) for (const c of active) samples.get(c.name).push(time(c.cmd));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`start-up, median of ${runs} runs (Node ${process.versions.node}, ${process.platform})`);
let baseline = 0;
for (const c of active) {
  const m = median(samples.get(c.name));
  if (c.baseline) baseline = m;
  const ratio = m / baseline;
  const verdict = c.target ? (ratio <= c.target ? `ok (target <= ${c.target}x)` : `OVER target ${c.target}x`) : 'baseline';
  console.log(`  ${c.name.padEnd(58)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}x  ${verdict}`);
}
if (!hasScript) console.log('  (rendered show skipped: `script` from util-linux is not installed)');
rmSync(home, { recursive: true, force: true });
