/**
 * The V8 code cache the build leaves beside each built file (bin/code-cache.js): `coach list` and
 * `coach status` compile nothing of their own from scratch, and a cache that does not belong to its
 * file (the file changed since, or the cache is damaged) is never used: the file compiles as usual
 * and the command gives the same answer.
 */
import {
  appendFileSync,
  cpSync,
  statSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { loadedBy } from '../helpers/loads.js';

let copy: string;
let bin: string;
beforeEach(() => {
  // A fresh copy for each test (as an installed package is), so that it can be damaged.
  copy = mkdtempSync(path.join(tmpdir(), 'coach-cache-'));
  for (const part of ['bin', 'dist', 'lessons', 'package.json'])
    cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true, preserveTimestamps: true });
  cpSync(path.join(ROOT, 'src', 'schemas'), path.join(copy, 'src', 'schemas'), { recursive: true });
  bin = path.join(copy, 'bin', 'coach.js');
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

describe('the code cache', () => {
  it('serves every built file that coach list and coach status --json load', () => {
    for (const args of [['list'], ['status', '--json']]) {
      const { files, cache } = loadedBy(args, { bin });
      expect(files.length, args.join(' ')).toBeGreaterThan(1);
      expect(cache.used.sort(), args.join(' ')).toEqual(files.map((f) => path.basename(f)).sort());
      expect(cache.compiled, args.join(' ')).toEqual([]);
    }
  });

  it('is not used for a file changed since the build: the change is what runs', () => {
    const main = path.join(copy, 'dist', 'main.cjs');
    const before = loadedBy(['list', '--json'], { bin });
    appendFileSync(main, '\nprocess.stderr.write("changed after the build\\n");\n');
    const after = loadedBy(['list', '--json'], { bin });
    expect(after.cache.compiled).toContain('main.cjs');
    expect(after.cache.used).not.toContain('main.cjs');
    expect(after.stderr).toContain('changed after the build');
    expect(after.stdout).toBe(before.stdout);
  });

  it('is refused by V8 when damaged, even behind a matching stamp, and the command still answers', () => {
    // The start-up chunk (src/build/commonjs.mjs): the largest file coach list loads besides main.
    const { files } = loadedBy(['list'], { bin });
    const chunk = files.filter((f) => !f.endsWith('main.cjs')).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const name = path.basename(chunk);
    const cache = `${chunk}.v8`;
    const stamp = readFileSync(cache).subarray(0, 16);
    writeFileSync(cache, Buffer.concat([stamp, Buffer.alloc(4096, 0x5a)]));
    const r = loadedBy(['list', '--json'], { bin });
    expect(r.cache.compiled).toEqual([name]);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(30);
  });

  it('is not used for a file changed in place at the same length (which V8 alone would not see)', () => {
    const file = path.join(copy, 'dist', 'chunk-');
    const names = readdirSync(path.dirname(file)).filter((f) => f.startsWith('chunk-') && f.endsWith('.cjs'));
    const { files } = loadedBy(['list'], { bin });
    const target = names.find(
      (n) => files.some((f) => f.endsWith(n)) && readFileSync(path.join(copy, 'dist', n), 'utf8').length > 2000,
    )!;
    const full = path.join(copy, 'dist', target);
    const text = readFileSync(full, 'utf8');
    // The last character before the source-map comment, swapped for a space: same length, same meaning.
    const at = text.lastIndexOf('//# sourceMappingURL') - 1;
    writeFileSync(full, `${text.slice(0, at)}${text[at] === ' ' ? '\n' : ' '}${text.slice(at + 1)}`);
    expect(loadedBy(['list'], { bin }).cache.compiled).toEqual([target]);
  });
});
