/**
 * Issue 12, finding 7: symbolic links planted at every name the old temporary-file scheme would
 * use (`FILE.<pid>.tmp`, this process's pid since these commands run in-process) and at a few
 * plausible new ones, pointing outside: `program init`, `backup` and `export` write nothing
 * through them, and the key is a private regular file. (The atomic write has used random O_EXCL
 * names since a1f6487; this is the test the issue asks for.)
 */
import { lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run as backup } from '../../src/commands/backup/run.js';
import { run as exportRecord } from '../../src/commands/export/run.js';
import { run as programInit } from '../../src/commands/program/init.js';
import { testContext, type TestContext } from '../helpers/context.js';

const made: TestContext[] = [];
afterEach(() => {
  for (const c of made.splice(0)) c.cleanup();
});

/** Links at the old and plausible temporary names of `file`, each to its own empty file in `outside`. */
function plant(file: string, outside: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = [
    `${base}.${process.pid}.tmp`,
    `${base}.tmp`,
    `.${base}.tmp`,
    `${base}~`,
    `.${base}.swp`,
    `.${base}.000000000000.tmp`,
  ];
  return names.map((name, i) => {
    const target = path.join(outside, `${base}-${i}`);
    writeFileSync(target, '');
    symlinkSync(target, path.join(dir, name));
    return target;
  });
}

describe('finding 7: planted links at temporary names', () => {
  it('planted-links: program init, backup and export write nothing through them; the key is 0600', async () => {
    const c = testContext({ terminal: false });
    made.push(c);
    const outside = path.join(c.home, 'outside');
    const out = path.join(c.home, 'hr');
    mkdirSync(outside);
    mkdirSync(out);
    const targets = [
      ...plant(path.join(out, 'comex-2027.key'), outside),
      ...plant(path.join(out, 'comex-2027.program.json'), outside),
      ...plant(path.join(c.home, 'backup.json'), outside),
      ...plant(path.join(c.home, 'record.json'), outside),
    ];
    await programInit(c, { id: 'comex-2027', title: 'Comex 2027', due: '2027-03-31', require: ['demo-basics'], out });
    await backup(c, { out: 'backup.json' });
    await exportRecord(c, { out: 'record.json' });
    for (const t of targets) expect(readFileSync(t, 'utf8'), t).toBe('');
    const key = path.join(out, 'comex-2027.key');
    expect(lstatSync(key).isFile()).toBe(true);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key, 'utf8')).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    expect(statSync(path.join(c.home, 'backup.json')).mode & 0o777).toBe(0o600);
  });
});
