/**
 * Rosters as Excel writes them (test/fixtures/rosters, real bytes): each gives the right names or
 * the right refusal. The fixtures' bytes are checked first, so a fixture re-saved as UTF-8 by an
 * editor cannot make these tests pass for the wrong reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRosterBytes } from '../../../src/core/sponsor/roster.js';
import { en } from '../../../src/i18n/en.js';
import { fr } from '../../../src/i18n/fr.js';
import { readRosterFile } from '../../../src/io/roster-file.js';
import { FIXTURES } from '../../helpers/context.js';

const file = (name: string) => path.join(FIXTURES, 'rosters', name);
const bytes = (name: string) => readFileSync(file(name));
const names = (name: string) => readRosterFile(file(name)).entries.map((e) => [e.id, e.name]);

describe('rosters as French Excel saves them', () => {
  it('"CSV (séparateur : point-virgule)": Windows-1252, French headers Identifiant;Nom;E-mail;Service, CRLF', () => {
    expect([...bytes('excel-fr-cp1252.csv').subarray(38, 44)]).toEqual([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65]); // "Hélène" in Windows-1252
    const r = readRosterFile(file('excel-fr-cp1252.csv'));
    expect(r).toMatchObject({ encoding: 'windows-1252', delimiter: ';', refused: false, problems: [] });
    expect(r.entries).toEqual([
      {
        id: 'dg-01',
        name: 'Hélène Dupré',
        email: 'helene.dupre@exemple.fr',
        department: 'Direction générale',
        line: 2,
      },
      { id: 'daf-02', name: 'François Lœuvre', department: 'Finances', line: 3 },
    ]);
  });

  it('"Texte Unicode": UTF-16 LE with its BOM, tabs, Prénom and Nom combined, Département, Responsable', () => {
    expect([...bytes('excel-fr-unicode.txt').subarray(0, 4)]).toEqual([0xff, 0xfe, 0x49, 0x00]);
    const r = readRosterFile(file('excel-fr-unicode.txt'));
    expect(r).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', refused: false, problems: [] });
    expect(r.entries).toEqual([
      {
        id: 'dg-01',
        name: 'Hélène Dupré',
        email: 'helene.dupre@exemple.fr',
        department: 'Direction',
        manager: 'dg-00',
        line: 2,
      },
      { id: 'drh-03', name: 'Zoë Åström', department: 'Ressources humaines', line: 3 },
    ]);
  });

  it('"CSV UTF-8": a BOM, headers id;nom;email;département, a quoted semicolon', () => {
    expect([...bytes('excel-fr-utf8-bom.csv').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = readRosterFile(file('excel-fr-utf8-bom.csv'));
    expect(r).toMatchObject({ encoding: 'utf-8', delimiter: ';', refused: false, problems: [] });
    expect(r.entries.map((e) => [e.id, e.name, e.department])).toEqual([
      ['dg-01', 'Hélène Dupré', 'Direction'],
      ['daf-02', 'Martin; Paul', 'Finances'],
    ]);
  });

  it('UTF-16 BE by its BOM, and UTF-16 LE without one, give the same names', () => {
    const text = 'id\tnom\r\ndg-01\tHélène Dupré\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(names('excel-fr-utf8-bom.csv')[0]).toEqual(['dg-01', 'Hélène Dupré']);
    for (const b of [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le])
      expect(parseRosterBytes(b).entries.map((e) => [e.id, e.name])).toEqual([['dg-01', 'Hélène Dupré']]);
  });
});

describe('rosters that are refused, with the reason', () => {
  const refusal = (r: ReturnType<typeof parseRosterBytes>) => {
    expect(r.refused).toBe(true);
    expect(r.entries).toEqual([]);
    const p = r.problems.find((q) => q.code !== 'unknown-column')!;
    return { line: p.line, code: p.code, en: en.roster[p.code](p.params), fr: fr.roster[p.code](p.params) };
  };

  it('two ids that differ only in case: both lines named, nothing kept', () => {
    const r = refusal(readRosterFile(file('ids-differing-in-case.csv')));
    expect(r).toMatchObject({ line: 4, code: 'case-duplicate-id' });
    expect(r.en).toContain('id "CEO-001" differs from "ceo-001" (line 2) only in upper and lower case');
    expect(r.fr).toContain('«\u00A0CEO-001\u00A0» ne diffère de «\u00A0ceo-001\u00A0» (ligne 2)');
  });

  it('an .xlsx workbook: "save it as CSV UTF-8", in English and in French', () => {
    expect([...bytes('learners.xlsx').subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const r = refusal(readRosterFile(file('learners.xlsx')));
    expect(r).toMatchObject({ line: 0, code: 'xlsx' });
    expect(r.en).toMatch(/Excel workbook \(\.xlsx\).*Save As > "CSV UTF-8/);
    expect(r.fr).toMatch(/classeur Excel \(\.xlsx\).*Enregistrer sous > «\u00A0CSV UTF-8/);
  });

  it('a control character other than tab, CR and LF: refused with its line', () => {
    expect(refusal(readRosterFile(file('control-character.csv')))).toMatchObject({
      line: 3,
      code: 'control-char',
      en: expect.stringContaining('(U+001B)'),
    });
    // Windows-1252 decodes every byte, but 0x81 is no letter: it comes out as a control character.
    expect(
      refusal(parseRosterBytes(Buffer.from([...Buffer.from('id,name\r\na-1,X'), 0x81, 0x0d, 0x0a]))),
    ).toMatchObject({ line: 2, code: 'control-char' });
  });

  it('a binary file, an old .xls, a damaged UTF-16 file and an empty file', () => {
    expect(refusal(parseRosterBytes(Buffer.from('id,name\n\u0000\u0001a-1,X\n')))).toMatchObject({ code: 'binary' });
    expect(
      refusal(parseRosterBytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))),
    ).toMatchObject({ code: 'xls', en: expect.stringContaining('CSV UTF-8') });
    expect(refusal(parseRosterBytes(Buffer.from([0xff, 0xfe, 0x69, 0x00, 0x00, 0xd8, 0x64, 0x00])))).toMatchObject({
      code: 'bad-encoding',
    });
    expect(refusal(parseRosterBytes(Buffer.alloc(0)))).toMatchObject({ line: 1, code: 'empty' });
  });
});

describe('any bytes', () => {
  it('parseRosterBytes never throws; a refused roster keeps no row; a kept row holds no control character', async () => {
    const fc = (await import('fast-check')).default;
    const headers = ['', 'id,name\n', '\uFEFFid;nom\r\n', 'Identifiant\tNom\r\n'].map((h) => Buffer.from(h));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tname\r\n', 'utf16le')]);
    const arb = fc
      .tuple(fc.constantFrom(...headers, utf16), fc.uint8Array({ maxLength: 120 }))
      .map(([h, b]) => Buffer.concat([h, b]));
    fc.assert(
      fc.property(arb, (b) => {
        let r: ReturnType<typeof parseRosterBytes> | undefined;
        expect(() => (r = parseRosterBytes(b))).not.toThrow();
        if (r!.refused) expect(r!.entries).toEqual([]);
        for (const e of r!.entries)
          for (const v of Object.values(e))
            expect(String(v)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
      }),
      { numRuns: 2000, seed: 15 },
    );
  });
});
