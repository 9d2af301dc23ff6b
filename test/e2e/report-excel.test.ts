import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { exportFile } from '../../src/core/sponsor/record.js';
import { learnerKey } from '../../src/core/sponsor/sign.js';
import { coach, tempHome } from '../helpers/cli.js';
import { distFiles, loadedBy } from '../helpers/loads.js';
import { lesson, rec } from '../robustness/hostile-corpus.js';

let hr: { home: string; cleanup(): void };
const base = ['report', '--program', 'lead.program.json', '--key', 'lead.key', '--learners', 'learners.csv', 'records'];

beforeAll(() => {
  hr = tempHome();
  const init = coach(
    [
      'program',
      'init',
      '--id',
      'lead',
      '--title',
      'Lead',
      '--due',
      '2027-06-30',
      '--require',
      'foundations-lead-by-example',
      '--out',
      hr.home,
    ],
    { home: hr.home },
  );
  expect(init.code, init.stderr).toBe(0);
  writeFileSync(
    path.join(hr.home, 'learners.csv'),
    'id,name\nceo-001,Hélène Dupré\ncoo-003,"=HYPERLINK(""http://evil"")"\n',
  );
  const key = readFileSync(path.join(hr.home, 'lead.key'), 'utf8').trim();
  const record = rec(
    'ceo-001',
    [lesson('foundations-lead-by-example', 'completed')],
    '2026-11-20T10:00:00.000Z',
    'lead',
  );
  mkdirSync(path.join(hr.home, 'records'));
  writeFileSync(
    path.join(hr.home, 'records', 'ceo-001.json'),
    JSON.stringify(exportFile(record, learnerKey(key, 'ceo-001'))),
  );
});
afterAll(() => hr.cleanup());

describe('Excel-native exports with the binary', () => {
  it('csv-locale: a French locale gives ";" and French dates and values, without --delimiter', () => {
    // TZ=UTC: the report's zone is the system's unless --tz says otherwise.
    const r = coach([...base, '--format', 'csv'], {
      home: hr.home,
      cwd: hr.home,
      env: { LANG: 'fr_FR.UTF-8', TZ: 'UTC' },
    });
    expect(r.code, r.stderr).toBe(0);
    const [header, ceo] = r.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/^Identifiant;Nom;Courriel;/);
    expect(ceo).toMatch(/^ceo-001;Hélène Dupré;;;;terminé;1;1;100;30\/06\/2027;non;;05\/01\/2026 09:00;/);
  });

  it('xlsx-out: --out report.xlsx writes a workbook that SheetJS reads, in French with --lang fr', () => {
    const r = coach([...base, '--out', 'report.xlsx', '--lang', 'fr'], { home: hr.home, cwd: hr.home });
    expect(r.code, r.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(path.join(hr.home, 'report.xlsx')), { type: 'buffer', cellNF: true });
    expect(wb.SheetNames).toEqual(['Synthèse', 'Participants', 'Leçons', 'Participant × leçon', 'Fichiers refusés']);
    const ws = wb.Sheets.Participants!;
    expect(ws.B3).toMatchObject({ t: 's', v: '=HYPERLINK("http://evil")' });
    expect(ws.B3.f).toBeUndefined();
  });

  it('xlsx-terminal: --format xlsx without --out is refused (exit 2) and nothing is printed', () => {
    const r = coach([...base, '--format', 'xlsx'], { home: hr.home, cwd: hr.home });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--out report.xlsx');
  });

  it('lrs-insecure: a plain-http LRS on another host ends in its own message, not the generic one', () => {
    const r = coach(
      ['report', '--program', 'lead.program.json', '--key', 'lead.key', '--lrs', 'http://lrs.example.com/xapi'],
      { home: hr.home, cwd: hr.home },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plain http on another computer');
    expect(r.stderr).not.toContain('did not expect');
  });
});

/** The bundle's files a command loads, run in a fresh state folder from the HR folder. */
function loadedFiles(args: string[]): string[] {
  return loadedBy(args, { cwd: hr.home }).files;
}

describe('start-up', () => {
  it('xlsx-lazy: coach --version, coach list and a CSV report never load the Excel writer; an xlsx report does', () => {
    // The writer's chunk: write-excel-file names the workbook's shared strings part.
    const writer = (f: string) => readFileSync(f, 'utf8').includes('xl/sharedStrings.xml');
    expect(distFiles().filter(writer)).toHaveLength(1);
    // --version is answered by the CommonJS shim alone: no module of the bundle at all.
    expect(loadedFiles(['--version'])).toEqual([]);
    for (const args of [['list'], [...base, '--format', 'csv']]) {
      const files = loadedFiles(args);
      expect(files.length, args.join(' ')).toBeGreaterThan(1);
      expect(files.filter(writer), args.join(' ')).toEqual([]);
    }
    expect(loadedFiles([...base, '--out', 'lazy.xlsx']).filter(writer)).toHaveLength(1);
  });
});
