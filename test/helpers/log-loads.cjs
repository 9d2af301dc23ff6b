// Loaded with `node --require`: when the process exits, appends the path of every CommonJS module it
// loaded (the built coach is CommonJS, src/build/bundle.mjs) and of every Node built-in it loaded
// (`builtin:NAME`), and which built files were compiled with their code cache (`cache-used:NAME`) or
// without (`cache-compiled:NAME`, bin/code-cache.js), to the file named by COACH_LOAD_LOG, so a test
// can tell what a command loaded.
'use strict';
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  const log = process.env.COACH_LOAD_LOG;
  if (!log) return;
  const builtins = process.moduleLoadList
    .filter((m) => m.startsWith('NativeModule '))
    .map((m) => `builtin:${m.slice(13)}`);
  const cache = globalThis[Symbol.for('exec-coach.code-cache')] ?? { used: [], compiled: [] };
  const lines = [
    ...Object.keys(require.cache),
    ...builtins,
    ...cache.used.map((f) => `cache-used:${f}`),
    ...cache.compiled.map((f) => `cache-compiled:${f}`),
  ];
  appendFileSync(log, lines.map((f) => `${f}\n`).join(''));
});
