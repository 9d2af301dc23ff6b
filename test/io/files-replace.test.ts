/** --out replaces a file of any size, as a shell redirection would; the other writers still read before replacing. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { MAX_STATE_BYTES } from '../../src/io/file-limits.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic over an existing file', () => {
  it('replaceReadable: a report larger than any state file is replaced without being read', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'coach-replace-'));
    const file = path.join(dir, 'report.json');
    writeFileSync(file, Buffer.alloc(MAX_STATE_BYTES + 1, 0x20));
    writeFileAtomic(file, '{"new":true}\n', { replaceReadable: true, flag: '--out <another file>' });
    expect(readFileSync(file, 'utf8')).toBe('{"new":true}\n');
  });

  it('replace (a check of the old text): a file too large to read is left alone', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'coach-replace-'));
    const file = path.join(dir, 'record.json');
    writeFileSync(file, Buffer.alloc(MAX_STATE_BYTES + 1, 0x20));
    expect(() => writeFileAtomic(file, 'x', { replace: () => true, flag: '--out <another file>' })).toThrow(
      expect.objectContaining({ code: 'file-exists' }),
    );
    expect(readFileSync(file).length).toBe(MAX_STATE_BYTES + 1);
  });
});

describe('writeFileAtomic with pieces of text', () => {
  it('writes exactly the pieces, whatever their sizes and characters (one buffer is reused from piece to piece)', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'coach-pieces-'));
    const file = path.join(dir, 'report.json');
    // A long piece, then shorter ones: nothing of a longer piece may be written again after a shorter one.
    const pieces = ['é'.repeat(300_000), 'ab', '', 'Hélène 👩‍💼 Dupré\n', 'x'.repeat(1_100_000), '€'.repeat(5)];
    writeFileAtomic(file, pieces, { replaceReadable: true, flag: '--out <another file>' });
    const expected = pieces.join('');
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(readFileSync(file).length).toBe(Buffer.byteLength(expected));
  });
});
