// `npm run bench`: start-up speed of the built binary as a ratio to `node -e 0`, both measured in
// this run, interleaved, with the same environment (so shared-machine noise hits both sides).
// Not a test: it prints figures and the targets; it never fails on timing.
import { fork, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'coach.js');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const home = mkdtempSync(path.join(tmpdir(), 'coach-bench-'));
const env = { ...process.env, EXEC_COACH_HOME: home, LANG: 'en_US.UTF-8' };
delete env.EXEC_COACH_LESSONS;
// Where it is set, NODE_EXTRA_CA_CERTS makes every Node start read and parse a certificate bundle
// (about 50 ms here): it would hide the program's own cost in both sides of every ratio. Removed
// from every timed process, the baseline included.
const caCerts = env.NODE_EXTRA_CA_CERTS;
delete env.NODE_EXTRA_CA_CERTS;

/** A command line, run through a pseudo-terminal with `script` when `tty` is set (to measure rendering). */
const node = (args, tty = false) =>
  tty
    ? ['script', ['-qec', [process.execPath, ...args].map((a) => `'${a}'`).join(' '), '/dev/null']]
    : [process.execPath, args];

// `coach today` with something to offer: three lessons completed two days ago (a practice and review questions due).
const todayHome = mkdtempSync(path.join(tmpdir(), 'coach-bench-today-'));
{
  const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const done = {
    status: 'completed',
    lessonVersion: 1,
    stepsTotal: 5,
    stepsDone: 5,
    results: [],
    startedAt: at,
    updatedAt: at,
    completedAt: at,
    activeMs: 600_000,
    mode: 'live',
  };
  const ids = ['security-lock-down', 'linkedin-listen', 'linkedin-comment-employees'];
  const store = {
    schemaVersion: 3,
    settings: {},
    lessons: Object.fromEntries(ids.map((id) => [id, done])),
    history: {},
    daily: { practice: [], reviews: {} },
  };
  writeFileSync(path.join(todayHome, 'progress.json'), JSON.stringify(store));
}

const cases = [
  { name: 'node -e 0', cmd: node(['-e', '0']), baseline: true },
  { name: 'coach --version', cmd: node([bin, '--version']), target: 1.2 },
  { name: 'coach list', cmd: node([bin, 'list']), target: 1.6 },
  { name: 'coach status --json', cmd: node([bin, 'status', '--json']), target: 1.6 },
  {
    name: 'coach today (piped; a practice and 3 questions due)',
    cmd: node([bin, 'today']),
    target: 1.6,
    env: { EXEC_COACH_HOME: todayHome },
  },
  { name: 'coach show linkedin-first-post (piped)', cmd: node([bin, 'show', 'linkedin-first-post']), target: 3 },
  { name: 'node -e 0 (in a terminal)', cmd: node(['-e', '0'], true), baseline: true, tty: true },
  {
    name: 'coach show linkedin-first-post (in a terminal, rendered)',
    cmd: node([bin, 'show', 'linkedin-first-post'], true),
    target: 3,
    tty: true,
  },
];

function time([file, args], extra) {
  const start = process.hrtime.bigint();
  const r = spawnSync(file, args, { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// BENCH_ONLY=startup,report,xapi (comma-separated): only those parts; all of them by default.
const only = new Set((process.env.BENCH_ONLY ?? 'startup,report,xapi').split(',').map((s) => s.trim()));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const hasScript = spawnSync('script', ['--version']).status === 0;
const active = cases.filter((c) => !c.tty || hasScript);
if (only.has('startup')) {
  for (const c of active) time(c.cmd, c.env); // warm the file cache once
  const samples = new Map(active.map((c) => [c.name, []]));
  for (let i = 0; i < runs; i++) for (const c of active) samples.get(c.name).push(time(c.cmd, c.env));

  console.log(
    `start-up, median of ${runs} runs (Node ${process.versions.node}, ${process.platform}${caCerts ? '; NODE_EXTRA_CA_CERTS removed from every timed process' : ''})`,
  );
  let baseline = 0;
  for (const c of active) {
    const m = median(samples.get(c.name));
    if (c.baseline) baseline = m;
    const ratio = m / baseline;
    const verdict = c.target
      ? ratio <= c.target
        ? `ok (target <= ${c.target}x)`
        : `OVER target ${c.target}x`
      : 'baseline';
    console.log(`  ${c.name.padEnd(58)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}x  ${verdict}`);
  }
  if (!hasScript) console.log('  (rendered show skipped: `script` from util-linux is not installed)');
}
rmSync(home, { recursive: true, force: true });
rmSync(todayHome, { recursive: true, force: true });
if (!only.has('report') && !only.has('xapi')) process.exit(0);

// --- The sponsor's report over many signed records, and xAPI -------------------------------------
const work = mkdtempSync(path.join(tmpdir(), 'coach-bench-work-'));
const tasks = path.join(work, 'tasks.mjs');
await build({
  entryPoints: [path.join(root, 'test', 'bench', 'tasks.ts')],
  outfile: tasks,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});
const task = (...args) => {
  const r = spawnSync(process.execPath, [tasks, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench task ${args[0]} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
/** Wall time and peak memory (max RSS, from GNU time) of one Node process. */
const measured = (args, cwd) => {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], {
    env: { ...env, EXEC_COACH_HOME: work },
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { ms: seconds * 1000, mb: kb / 1024 };
};

if (only.has('report')) {
  // The baseline: what any program must do at least, read each file and JSON.parse it, in one thread.
  const bare = path.join(work, 'bare-read.mjs');
  writeFileSync(
    bare,
    "import { readdirSync, readFileSync } from 'node:fs';\nimport path from 'node:path';\nconst dir = process.argv[2];\nlet n = 0;\nfor (const name of readdirSync(dir)) n += JSON.parse(readFileSync(path.join(dir, name), 'utf8')) ? 1 : 0;\nif (n === 0) process.exit(1);\n",
  );
  const reportRuns = Number(process.env.BENCH_REPORT_RUNS ?? 3);
  console.log(
    `\nreport over signed records (json to a file), side by side with a bare read + JSON.parse of the same files; median of ${reportRuns} interleaved runs, highest peak memory`,
  );
  const sizes = (process.env.BENCH_REPORT_SIZES ?? '10000,100000').split(',').map(Number);
  // BENCH_RECORDS_CACHE=DIR keeps the generated records there between runs (100,000 take minutes to sign and write).
  const cache = process.env.BENCH_RECORDS_CACHE;
  const results = [];
  for (const n of sizes) {
    const dir = path.join(cache ?? work, `records-${n}`);
    let generated = 'reused';
    if (!existsSync(path.join(dir, 'complete'))) {
      rmSync(dir, { recursive: true, force: true });
      generated = `generated in ${task('generate', dir, String(n)).ms} ms`;
      writeFileSync(path.join(dir, 'complete'), '');
    }
    const reportArgs = [
      bin,
      'report',
      'records',
      '--program',
      'bench.program.json',
      '--key',
      'bench.key',
      '--format',
      'json',
      '--out',
      'report.json',
    ];
    measured([bare, 'records'], dir); // warm the file cache once
    const runs = { bare: [], report: [] };
    for (let i = 0; i < reportRuns; i++) {
      runs.bare.push(measured([bare, 'records'], dir));
      // A report bigger than the coach reads back is not replaced by --out: start from none.
      rmSync(path.join(dir, 'report.json'), { force: true });
      runs.report.push(measured(reportArgs, dir));
    }
    const ms = median(runs.report.map((r) => r.ms));
    const mb = Math.max(...runs.report.map((r) => r.mb));
    const bareMs = median(runs.bare.map((r) => r.ms));
    const bareMb = Math.max(...runs.bare.map((r) => r.mb));
    results.push({ n, ms });
    const ratio = ms / bareMs;
    const vsBare = `${ratio.toFixed(2)}x the bare read (${bareMs.toFixed(0)} ms, ${bareMb.toFixed(0)} MB)`;
    const first = results[0];
    const target =
      first.n === n
        ? `target <= 2.5x: ${ratio <= 2.5 ? 'ok' : 'OVER'}`
        : `${(ms / first.ms).toFixed(1)}x the time of ${first.n.toLocaleString('en')} (target <= ${(n / first.n) * 1.2}x: ${ms / first.ms <= (n / first.n) * 1.2 ? 'ok' : 'OVER'}); peak target <= 250 MB: ${mb <= 250 ? 'ok' : 'OVER'}`;
    console.log(
      `  ${n.toLocaleString('en').padStart(8)} records ${ms.toFixed(0).padStart(7)} ms ${mb.toFixed(0).padStart(5)} MB peak, ${vsBare}; ${target}   (${generated})`,
    );
    if (!cache) rmSync(dir, { recursive: true, force: true });
  }
}

if (only.has('xapi')) {
  console.log('\nxAPI');
  const append = task('append', path.join(work, 'append-home'), '300');
  console.log(`  queue append, per event: median ${append.medianMs} ms, p95 ${append.p95Ms} ms (target <= 5 ms)`);
  const lrsEntry = path.join(root, 'test', 'lrs-fixture', 'node_modules', 'xapi-statements', 'dist', 'index.js');
  if (existsSync(lrsEntry)) {
    const port = await new Promise((resolve) => {
      const srv = createServer();
      srv.listen(0, '127.0.0.1', () => {
        const p = srv.address().port;
        srv.close(() => resolve(p));
      });
    });
    const storage = path.join(work, 'lrs-storage');
    const lrs = fork(lrsEntry, [], {
      cwd: path.dirname(lrsEntry),
      execArgv: ['-r', path.join(root, 'test', 'lrs-fixture', 'bind-localhost.cjs')],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      env: {
        PATH: process.env.PATH,
        EXPRESS_PORT: String(port),
        AUTH_REPO: 'test',
        EVENTS_REPO: 'test',
        MODELS_REPO: 'memory',
        STORAGE_REPO: 'local',
        FS_LOCAL_STORAGE_DIR: storage,
        EXPRESS_MORGAN_DIRECTORY: storage,
        WINSTON_CONSOLE_LEVEL: 'error',
      },
    });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the bench LRS did not start')), 20_000);
      lrs.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const sync = await new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [tasks, 'sync', path.join(work, 'sync-home'), '1000', `http://127.0.0.1:${port}/xAPI`],
        { env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) =>
        code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(err)),
      );
    });
    lrs.kill('SIGKILL');
    console.log(`  sync of ${sync.statements} queued statements to the local LRS: ${sync.ms} ms (target <= 5000 ms)`);
  } else {
    console.log('  sync: skipped, the test LRS is not installed (cd test/lrs-fixture && npm ci --ignore-scripts)');
  }
}
rmSync(work, { recursive: true, force: true });
