/** CSV: opens right in Excel (BOM, CRLF, ';' for French), parses back, and no cell can run as a formula. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture } from './fixture.js';

/** A strict RFC 4180 reader: quoted cells may hold the delimiter, quotes ("") and line breaks. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === '') (quoted = true), i++;
    else if (c === delimiter) row.push(cell), (cell = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else (cell += c), i++;
  }
  if (cell !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}

const csv = (by: 'learner' | 'lesson', lang: 'en' | 'fr', delimiter?: ',' | ';', data = fixture()) =>
  renderReport(data, { format: 'csv', by, lang, ...(delimiter ? { delimiter } : {}) });

describe('CSV report', () => {
  it('starts with a BOM, ends every record with CRLF and parses back, one row per learner, 17 columns', () => {
    const text = csv('learner', 'fr', ';');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows).toHaveLength(1 + fixture().learners.length);
    for (const row of rows) expect(row).toHaveLength(17);
  });

  it('translates the header row, not the values', () => {
    const [fr, ...rows] = parseCsv(csv('learner', 'fr', ';').slice(1), ';');
    expect(fr).toEqual([
      'Identifiant', 'Nom', 'Service', 'Statut', 'Obligatoires terminées', 'Obligatoires au total', 'Progression (%)', 'Échéance', 'En retard',
      'Première activité', 'Dernière activité', 'Terminé le', 'Minutes', 'Score aux quiz (%)', 'Leçons en brouillon', 'Vérification', 'Fichier source',
    ]);
    expect(rows[0]).toEqual([
      'exec-001', 'Hélène Dupré-Noël', 'Direction générale', 'completed', '5', '5', '100', '2025-06-30', 'false', '2025-03-01T08:10:00Z',
      '2025-03-20T17:45:00Z', '2025-03-20T17:45:00Z', '71', '90', '1', 'valid', 'records/exec-001.json',
    ]);
    expect(rows[3]!.slice(3, 9)).toEqual(['no-record', '0', '5', '0', '2025-06-30', 'true']);
    expect(parseCsv(csv('learner', 'en').slice(1), ',')[0]!.slice(0, 4)).toEqual(['ID', 'Name', 'Department', 'Status']);
  });

  it('uses "," by default and ";" when asked', () => {
    const comma = csv('learner', 'en');
    expect(comma.split('\r\n')[1]).toMatch(/^exec-001,Hélène Dupré-Noël,Direction générale,completed,5,5,100,/);
    expect(csv('learner', 'en', ';').split('\r\n')[1]).toMatch(/^exec-001;Hélène Dupré-Noël;Direction générale;completed;5;5;100;/);
  });

  it('puts an apostrophe before any string cell that could start a formula, and only there', () => {
    const rows = parseCsv(csv('learner', 'en', ';').slice(1), ';');
    expect(rows[3]![0]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(rows[3]![2]).toBe(`'+1`);
    expect(rows[3]![16]).toBe(`'-2.json`);
    expect(rows[4]![1]).toBe(`'@SUM(A1:A9)`);
    expect(rows[4]![2]).toBe(`'\tTabbed`);
    expect(rows[2]![1]).toBe(`Mallory <script>document.body.setAttribute('data-pwned','2')</script>`);
    // Numbers stay bare numbers: the raw line has 0, not '0 or "0".
    expect(csv('learner', 'en', ';').split('\r\n')[3]).toContain(';not-started;0;5;0;2025-06-30;true;;;;0;;0;invalid-signature;');
    const lessons = parseCsv(csv('lesson', 'en', ';').slice(1), ';');
    expect(lessons[2]![0]).toBe(`'=cmd|' /C calc'!A0`);
  });

  it('removes control characters before deciding, so an escape sequence cannot hide a formula', () => {
    const data = fixture();
    data.learners[0]!.name = '\u001b[0m=1+1';
    data.learners[0]!.department = '\r-3';
    data.learners[0]!.source = 'Line one\nline two';
    const rows = parseCsv(csv('learner', 'en', ',', data).slice(1), ',');
    expect(rows[1]![1]).toBe(`'=1+1`);
    expect(rows[1]![2]).toBe(`'-3`);
    expect(rows[1]![16]).toBe('Line one\nline two');
    expect(csv('learner', 'en', ',', fixture())).not.toMatch(/[\u001b\u0007]/);
  });

  it('writes one row per lesson with --by lesson', () => {
    const rows = parseCsv(csv('lesson', 'fr', ';').slice(1), ';');
    expect(rows).toEqual([
      ['Leçon', 'Parcours', 'Terminé', 'En cours', 'Pas commencé'],
      ['linkedin-profile', 'linkedin', '3', '1', '1'],
      [`'=cmd|' /C calc'!A0`, '', '0', '0', '5'],
      ['governance-charter', 'governance', '2', '2', '1'],
    ]);
  });
});
