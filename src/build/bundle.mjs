// Builds dist/ from src/: one esbuild bundle with code splitting (so each command's heavy modules
// load only when that command runs), then the index of the bundled lessons (so `list` and `status`
// never parse YAML at start-up). Run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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
await rm(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/cli/main.ts',
    'build-lesson-index': 'src/build/lesson-index.ts',
    'verify-worker': 'src/io/verify-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minify: process.env.COACH_NO_MINIFY !== '1',
  legalComments: 'none',
  define: { __COACH_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(), for Node's built-in modules: ESM output needs one.
  // process.getBuiltinModule (Node 20.16) serves those without loading node:module (about 0.1x of a
  // Node start); anything else falls back to a real require.
  banner: {
    js: "const require = (id) => process.getBuiltinModule(id) ?? process.getBuiltinModule('node:module').createRequire(import.meta.url)(id);",
  },
  // marked-terminal pulls in a syntax highlighter (most of its load time); lessons never need it.
  alias: { 'cli-highlight': './src/render/no-highlight.ts' },
  plugins: [lazyChildProcess],
});
const index = spawnSync(process.execPath, [`${root}dist/build-lesson-index.js`], { stdio: 'inherit' });
if (index.status !== 0) process.exit(index.status ?? 1);
