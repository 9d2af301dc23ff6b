/**
 * Issue 15, item 4, through `coach report`'s run(): the report's language (ctx.lang, whatever chose
 * it) picks the CSV's conventions, --delimiter changes only the delimiter, and an .xlsx --out
 * writes a workbook; a workbook is never written to standard output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as report } from '../../src/commands/report/run.js';
import { EXIT } from '../../src/core/errors.js';
import type { TestContext } from '../helpers/context.js';
import { scoped } from '../helpers/scoped.js';

const { context } = scoped();
const MASTER = Buffer.alloc(32, 0x21).toString('base64url');

function hrFiles(c: TestContext): void {
  const program = {
    format: 'exec-coach.program/1',
    id: 'lead-2026',
    title: 'Leading on social',
    sponsor: { name: 'HR' },
    required: ['demo-basics'],
    due: '2026-12-31',
  };
  writeFileSync(path.join(c.home, 'p.program.json'), JSON.stringify(program));
  writeFileSync(path.join(c.home, 'p.key'), `${MASTER}\n`, { mode: 0o600 });
  writeFileSync(path.join(c.home, 'learners.csv'), 'id,name\nemp-0042,Claire\n');
}
const OPTS = { paths: [] as string[], program: 'p.program.json', key: 'p.key', learners: 'learners.csv' };

describe('report: the CSV follows the report’s language', () => {
  it('csv-lang: French gives ";" and French values; --delimiter "," changes only the delimiter', async () => {
    const c = context({ terminal: false, lang: 'fr' });
    hrFiles(c);
    await report(c, { ...OPTS, format: 'csv' });
    const lines = c.stdout.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Identifiant;Nom;Courriel;/);
    expect(lines[1]).toMatch(/^emp-0042;Claire;;;;aucun relevé;0;1;0;31\/12\/2026;non;/);
    const comma = context({ terminal: false, lang: 'fr', home: c.home });
    await report(comma, { ...OPTS, format: 'csv', delimiter: ',' });
    expect(comma.stdout.text.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe(lines[1]!.replaceAll(';', ','));
  });

  it('csv-en: English gives "," and ISO-like dates', async () => {
    const c = context({ terminal: false, lang: 'en' });
    hrFiles(c);
    await report(c, { ...OPTS, format: 'csv' });
    expect(c.stdout.text.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(
      /^emp-0042,Claire,,,,no record,0,1,0,2026-12-31,no,/,
    );
  });
});

describe('report: the workbook', () => {
  it('xlsx-extension: --out r.xlsx writes a ZIP workbook (format from the extension)', async () => {
    const c = context({ terminal: true });
    hrFiles(c);
    await report(c, { ...OPTS, out: 'r.xlsx' });
    const bytes = readFileSync(path.join(c.home, 'r.xlsx'));
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
    expect(c.stdout.text).toContain('r.xlsx');
  });

  it('xlsx-stdout: --format xlsx to standard output (no --out, or --out -) is a usage error, before any record is read', async () => {
    const c = context({ terminal: false });
    // No programme file at all: the refusal comes first.
    for (const out of [undefined, '-']) {
      await expect(report(c, { ...OPTS, format: 'xlsx', ...(out && { out }) })).rejects.toMatchObject({
        code: 'report-xlsx-terminal',
        exitCode: EXIT.usage,
      });
    }
    expect(c.stdout.text).toBe('');
  });
});
