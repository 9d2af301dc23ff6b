// Builds dist/ from src/: one esbuild bundle with code splitting (so each command's heavy modules
// load only when that command runs), turned into CommonJS chunks (src/build/commonjs.mjs), then the
// index of the bundled lessons (so `list` and `status` never parse YAML at start-up), then the V8
// code cache (bin/code-cache.js). Run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { toCommonJs } from './commonjs.mjs';

/**
 * commander loads node:child_process at start-up only to run executable subcommands, which the
 * coach never uses; loading it costs about 3 ms of every start. Defer it until first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager))
        throw new Error('commander changed: review the lazy child_process patch in src/build/bundle.mjs');
      const lazy = "const childProcess = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const staging = `${root}dist/.esm`;
/**
 * Named here (they are loaded with import() all the same) so that the second pass can find them:
 * what `coach list` and `coach status` load goes into the start-up chunk (src/build/commonjs.mjs).
 */
const START = {
  'run-list': 'src/commands/list/run.ts',
  'run-status': 'src/commands/status/run.ts',
  catalog: 'src/io/catalog.ts',
};
const minify = process.env.COACH_NO_MINIFY !== '1';
/** What both esbuild passes share (the split bundle and the report's second thread). */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify,
  legalComments: 'none',
  logLevel: 'warning',
};
await rm(`${root}dist`, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    main: 'src/cli/main.ts',
    'build-lesson-index': 'src/build/lesson-index.ts',
    ...START,
  },
  outdir: staging,
  splitting: true,
  format: 'esm',
  define: { __COACH_VERSION__: JSON.stringify(version) },
  // marked-terminal pulls in a syntax highlighter (most of its load time), which lessons never need,
  // and the emoji table, which its `emoji: false` option (src/render/markdown.ts) never reads.
  alias: { 'cli-highlight': './src/render/no-highlight.ts', 'node-emoji': './src/render/no-emoji.ts' },
  plugins: [lazyChildProcess],
});
await toCommonJs({
  from: staging,
  to: `${root}dist`,
  entries: { main: 'main.js', 'build-lesson-index': 'build-lesson-index.js' },
  start: ['main.js', ...Object.keys(START).map((name) => `${name}.js`)],
  minify,
});
await rm(staging, { recursive: true, force: true });
// The report's second thread, one file of its own: sharing chunks, it would load the start-up chunk
// and zod (its start took longer than a tenth of its share of 10,000 records); alone, it holds only
// the fast path of record verification (src/io/verify-batch.ts).
await build({
  ...common,
  entryPoints: { 'verify-worker': 'src/io/verify-worker.ts' },
  outdir: `${root}dist`,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
});
const index = spawnSync(process.execPath, [`${root}dist/build-lesson-index.cjs`], { stdio: 'inherit' });
if (index.status !== 0) process.exit(index.status ?? 1);
warmCodeCache();

/**
 * Runs the commands whose start-up counts once each, so that bin/code-cache.js saves V8's compiled
 * code beside each built file (dist/NAME.cjs.v8). The runs add up: each starts from the cache the
 * previous ones left. A lesson is also shown in a pseudo-terminal (with `script`, where there is
 * one) for the Markdown renderer's code, and a small sponsor's report is made. In a scratch state
 * folder; the caches are only an optimisation, so a run that fails stops nothing.
 */
function warmCodeCache() {
  const home = mkdtempSync(path.join(tmpdir(), 'coach-build-'));
  const bin = `${root}bin/coach.js`;
  const env = { ...process.env, EXEC_COACH_HOME: home, EXEC_COACH_CODE_CACHE: 'write', NO_COLOR: '' };
  delete env.EXEC_COACH_LESSONS;
  const runs = [
    ['list'],
    ['status', '--json'],
    ['show', 'linkedin-first-post'],
    ['today'],
    ['--help'],
    ['list', '--json'],
  ];
  for (const args of runs) spawnSync(process.execPath, [bin, ...args], { env, stdio: 'ignore', timeout: 60_000 });
  // The sponsor's report, on a programme made here and a one-line roster (its reading, checking and
  // writing code; zod's too, which reads the programme). Its files stay in the scratch folder.
  const sponsor = { env, cwd: home, stdio: 'ignore', timeout: 60_000 };
  const init = [
    'program',
    'init',
    '--id',
    'warm',
    '--title',
    'Warm',
    '--due',
    '2099-12-31',
    '--require',
    'foundations',
  ];
  spawnSync(process.execPath, [bin, ...init], sponsor);
  writeFileSync(path.join(home, 'roster.csv'), 'id;name;department\nexec-1;Ann;HR\n');
  const report = ['report', '--program', 'warm.program.json', '--key', 'warm.key', '--learners', 'roster.csv'];
  for (const format of ['json', 'table']) spawnSync(process.execPath, [bin, ...report, '--format', format], sponsor);
  const line = [process.execPath, bin, 'show', 'linkedin-first-post'].map((a) => `'${a.replaceAll("'", "'\\''")}'`);
  spawnSync('script', ['-qec', line.join(' '), '/dev/null'], {
    env: { ...env, TERM: 'xterm-256color' },
    stdio: 'ignore',
    timeout: 60_000,
  });
  rmSync(home, { recursive: true, force: true });
}
