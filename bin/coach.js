#!/usr/bin/env node
// Tiny shim, CommonJS (bin/package.json) like the built code it loads (see src/build/bundle.mjs).
// chalk ignores NO_COLOR by itself, so map it before anything loads chalk, then hand over to the
// built entry (dist/ is built by `npm install` through `prepare`).
'use strict';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') process.env.FORCE_COLOR = '0';
  if (process.env.TERM === 'dumb' && process.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = '0';
  try {
    const dist = require('node:path').join(__dirname, '..', 'dist');
    require('./code-cache.js').install(dist, process.env.EXEC_COACH_CODE_CACHE === 'write');
    require('../dist/main.cjs');
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
      process.stderr.write(
        'exec-coach is not built yet. Run `npm install` (or `npm run build`) in its folder, then try again.\n',
      );
    } else {
      process.stderr.write(`exec-coach could not start: ${error?.stack ? error.stack : error}\n`);
    }
    process.exitCode = 1;
  }
}
