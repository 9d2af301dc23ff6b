// V8's code cache for the built files (dist/*.cjs), made by the build and only read at run time.
//
// Why: compiling the bundle's functions was about a third of `coach list`'s own start-up time
// (`npm run bench`), and Node 20 has no compile cache of its own (module.enableCompileCache
// arrived in Node 22). The build (src/build/bundle.mjs) runs the start-up commands with
// EXEC_COACH_CODE_CACHE=write; each dist/NAME.cjs then has dist/NAME.cjs.v8: V8's compiled code for
// the functions those runs used, after a stamp of the file it was made from (stampOf). A cache is
// used only while its stamp matches, and V8 itself refuses one made by another V8 version or with
// other flags; a file without a usable cache compiles as usual. An installed package gets the
// benefit when it runs on the Node version it was built with (always, when built by `npm install`).
// Nothing is written at run time, so the state folder and the system hold no trace of it.
'use strict';

// The CommonJS loader's Module class, which node:module exports too; taken from this module's own
// object because loading node:module also loads its source-map support (half a millisecond).
const Module = module.constructor;
const vm = require('node:vm');
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const STAMP_BYTES = 16;
/** Bumped when the stamp's layout changes. */
const FORMAT = 1;
/** What happened to each file, for tests (test/helpers/log-loads.cjs reports it). */
const seen = { used: [], compiled: [] };
globalThis[Symbol.for('exec-coach.code-cache')] = seen;

/**
 * The stamp of a built file: its length and a sample of its text (every 64th character, and the
 * first and last 256). Not a hash of the whole file, which would cost more than the cache saves;
 * enough to tell one build of a file from another (V8 itself checks only the length). It is no
 * defence and need not be: whoever can write dist/ can change the code itself.
 */
function stampOf(content) {
  // FNV-1a, written out in each loop: this file has no code cache of its own and runs interpreted,
  // where a call per character cost a few tenths of a millisecond of every start.
  let h = 0x811c9dc5;
  const n = content.length;
  for (let i = 0; i < Math.min(n, 256); i++) h = Math.imul(h ^ content.charCodeAt(i), 0x01000193);
  for (let i = 256; i < n - 256; i += 64) h = Math.imul(h ^ content.charCodeAt(i), 0x01000193);
  for (let i = Math.max(256, n - 256); i < n; i++) h = Math.imul(h ^ content.charCodeAt(i), 0x01000193);
  const stamp = Buffer.alloc(STAMP_BYTES);
  stamp.writeDoubleLE(n, 0);
  stamp.writeUInt32LE(h >>> 0, 8);
  stamp.writeUInt32LE(FORMAT, 12);
  return stamp;
}

/** The cache made from this very file, or undefined (none, or made from another version of it). */
function readCache(file, stamp) {
  try {
    const data = readFileSync(`${file}.v8`);
    return data.length > STAMP_BYTES && data.subarray(0, STAMP_BYTES).equals(stamp)
      ? data.subarray(STAMP_BYTES)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The `require` a module of the bundle sees (it asks only for Node's modules and other chunks). */
function requireFor(mod) {
  const req = (id) => mod.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  req.cache = Module._cache;
  req.main = require.main;
  return req;
}

/**
 * Compiles the files of `dist` with their cache. With `write`, also saves at exit what V8 compiled
 * during the run (the functions from the cache it started with included, so runs add up).
 */
function install(dist, write) {
  const compile = Module.prototype._compile;
  const made = [];
  Module.prototype._compile = function compileWithCache(content, filename, ...rest) {
    if (path.dirname(filename) !== dist || !filename.endsWith('.cjs'))
      return compile.call(this, content, filename, ...rest);
    const stamp = stampOf(content);
    const cachedData = readCache(filename, stamp);
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    (cachedData && !script.cachedDataRejected ? seen.used : seen.compiled).push(path.basename(filename));
    if (write) made.push({ script, filename, stamp });
    const run = script.runInThisContext({ displayErrors: true });
    return run.call(this.exports, this.exports, requireFor(this), this, filename, dist);
  };
  // A chunk asks for another by its name beside it ("./chunk-X.cjs"): no search of node_modules
  // folders or symlinks needed (each file's search was a tenth of a millisecond of stat calls).
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveChunk(request, parent, ...rest) {
    if (parent?.path === dist && request.startsWith('./') && request.endsWith('.cjs') && !request.includes('/', 2))
      return path.join(dist, request);
    return resolve.call(this, request, parent, ...rest);
  };
  if (write)
    process.on('exit', () => {
      for (const m of made) writeFileSync(`${m.filename}.v8`, Buffer.concat([m.stamp, m.script.createCachedData()]));
    });
}

module.exports = { install };
