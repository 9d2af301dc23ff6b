/**
 * What the build promises for start-up: commander's node:child_process is loaded only when used
 * (the patch in src/build/bundle.mjs still applies to the commander installed), and a command that
 * only reads (`coach list`, piped) loads neither node:child_process nor node:crypto nor the modules
 * that measure text width, nor the Excel writer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT } from '../helpers/cli.js';

describe('the build', () => {
  it('defers commander’s node:child_process: the bundle reaches it only through the lazy proxy', () => {
    const main = readFileSync(path.join(ROOT, 'dist', 'main.js'), 'utf8');
    const uses = [...main.matchAll(/(.{0,40})\(["']node:child_process["']\)/g)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    for (const before of uses)
      expect(before).toMatch(/new Proxy\(\{\},\{get:\([a-zA-Z_$]+,[a-zA-Z_$]+\)=>[a-zA-Z_$]+$/);
  });

  it('coach list, piped, loads no child_process or crypto, and no module of the text-width tables', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coach-build-'));
    const hooks = path.join(dir, 'hooks.mjs');
    const urls = path.join(dir, 'urls.txt');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(urls)}, r.url + '\\n'); return r; }\n`,
    );
    const probe = path.join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `import { register } from 'node:module';\nimport { writeFileSync } from 'node:fs';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\nprocess.on('exit', () => writeFileSync(${JSON.stringify(path.join(dir, 'builtins.json'))}, JSON.stringify(process.moduleLoadList)));\n`,
    );
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, BIN, 'list'], {
      env: cleanEnv({ EXEC_COACH_HOME: dir }),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const builtins: string[] = JSON.parse(readFileSync(path.join(dir, 'builtins.json'), 'utf8'));
    expect(builtins.filter((m) => /\b(child_process|crypto)\b/.test(m))).toEqual([]);
    const loaded = readFileSync(urls, 'utf8')
      .split('\n')
      .filter((u) => u.includes('/dist/'))
      .map((u) => fileURLToPath(u));
    expect(loaded.length).toBeGreaterThan(3); // the hook saw the bundle's modules
    // The Unicode width tables (string-width) hold the code points of full-width forms: 12288 and 65281.
    const widthTables = (f: string) => {
      const text = readFileSync(f, 'utf8');
      return text.includes('12288') && text.includes('65281');
    };
    expect(
      readdirSync(path.join(ROOT, 'dist')).some((f) => f.endsWith('.js') && widthTables(path.join(ROOT, 'dist', f))),
    ).toBe(true);
    expect(loaded.filter(widthTables)).toEqual([]);
    // The Excel writer (write-excel-file, with its zip library) loads only for --format xlsx.
    const xlsxWriter = (f: string) => readFileSync(f, 'utf8').includes('xl/sharedStrings.xml');
    expect(
      readdirSync(path.join(ROOT, 'dist')).some((f) => f.endsWith('.js') && xlsxWriter(path.join(ROOT, 'dist', f))),
    ).toBe(true);
    expect(loaded.filter(xlsxWriter)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
