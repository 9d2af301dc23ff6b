// Preloaded (node -r) into the coach by test/e2e/store-reads.test.ts: counts how many times the
// file named by COUNT_READS_OF is opened for reading, by any module (conf included), and writes the
// count to COUNT_READS_OUT when the process exits. Patching the CommonJS fs object and syncing the
// ES-module exports reaches both `import fs from 'node:fs'` and `import { openSync } from 'node:fs'`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { syncBuiltinESMExports } = require('node:module');

const target = path.resolve(process.env.COUNT_READS_OF);
let reads = 0;
let inside = false;
const isTarget = (p) =>
  (typeof p === 'string' || p instanceof URL) && path.resolve(String(p instanceof URL ? p.pathname : p)) === target;
const isRead = (flags) =>
  flags === undefined ||
  flags === 'r' ||
  flags === fs.constants.O_RDONLY ||
  (typeof flags === 'number' && (flags & 3) === fs.constants.O_RDONLY);

for (const name of ['openSync', 'readFileSync']) {
  const original = fs[name];
  fs[name] = function counted(p, ...rest) {
    const flags =
      name === 'openSync' ? rest[0] : typeof rest[0] === 'object' && rest[0] !== null ? rest[0].flag : undefined;
    const counts = !inside && isTarget(p) && isRead(flags);
    if (counts) reads++;
    inside = true;
    try {
      return original.call(this, p, ...rest);
    } finally {
      inside = false;
    }
  };
}
for (const name of ['readFile', 'open']) {
  const original = fs.promises[name];
  fs.promises[name] = function counted(p, ...rest) {
    if (isTarget(p)) reads++;
    return original.call(this, p, ...rest);
  };
}
syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(process.env.COUNT_READS_OUT, String(reads)));
