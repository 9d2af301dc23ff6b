/**
 * What the build promises for start-up: commander's node:child_process is loaded only when used
 * (the patch in src/build/bundle.mjs still applies to the commander installed), and a command that
 * only reads (`coach list`, piped) loads neither node:child_process nor node:crypto nor the modules
 * that measure text width, nor the Excel writer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { distFiles, loadedBy } from '../helpers/loads.js';

describe('the build', () => {
  it('defers commander’s node:child_process: the bundle reaches it only through the lazy proxy', () => {
    const main = readFileSync(path.join(ROOT, 'dist', 'main.cjs'), 'utf8');
    const uses = [...main.matchAll(/(.{0,40})\(["'`]node:child_process["'`]\)/g)].map((m) => m[1]!);
    expect(uses.length).toBeGreaterThan(0);
    // The require is the chunk's own (`r`) or a shared helper's (`(0,H.a)`, `t.z`) once the chunks are CommonJS.
    for (const before of uses)
      expect(before).toMatch(/new Proxy\(\{\},\{get:\([\w$]+,[\w$]+\)=>(\(0,[\w$]+\.[\w$]+\)|[\w$]+(\.[\w$]+)?)$/);
  });

  it('coach list, piped, loads no child_process or crypto, and no module of the text-width tables', () => {
    const { files, builtins } = loadedBy(['list']);
    expect(builtins.filter((m) => /\b(child_process|crypto)\b/.test(m))).toEqual([]);
    expect(files.length).toBeGreaterThan(1); // the probe saw the bundle's modules (main and the start-up chunk)
    // The Unicode width tables (string-width) hold the code points of full-width forms: 12288 and 65281.
    const widthTables = (f: string) => {
      const text = readFileSync(f, 'utf8');
      return text.includes('12288') && text.includes('65281');
    };
    expect(distFiles().some(widthTables)).toBe(true);
    expect(files.filter(widthTables)).toEqual([]);
    // The Excel writer (write-excel-file, with its zip library) loads only for --format xlsx.
    const xlsxWriter = (f: string) => readFileSync(f, 'utf8').includes('xl/sharedStrings.xml');
    expect(distFiles().some(xlsxWriter)).toBe(true);
    expect(files.filter(xlsxWriter)).toEqual([]);
  });

  it('holds no emoji table: marked-terminal’s node-emoji is the stub (its emoji option is off)', () => {
    // emojilib's table gives each emoji a "fitzpatrick_scale"; nothing else in the bundle says that.
    expect(distFiles().filter((f) => readFileSync(f, 'utf8').includes('fitzpatrick_scale'))).toEqual([]);
  });
});
