/**
 * CSV: opens right in Excel in the report's language (BOM, CRLF; French: ";", dd/mm/yyyy hh:mm,
 * French values; English: ",", yyyy-mm-dd hh:mm), times in the report's zone, parses back, and no
 * cell can run as a formula.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { excelFixture } from './excel-fixture.js';

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
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}

const csv = (by: 'learner' | 'lesson', lang: 'en' | 'fr', delimiter?: ',' | ';', data = excelFixture()) =>
  renderReport(data, { format: 'csv', by, lang, ...(delimiter ? { delimiter } : {}) });

/** The learner rows as objects keyed by header. */
function records(text: string, delimiter: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.slice(1), delimiter);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const HEADERS_FR = [
  'Identifiant',
  'Nom',
  'Courriel',
  'Service',
  'Langue',
  'Statut',
  'Obligatoires terminées',
  'Obligatoires au total',
  'Progression (%)',
  'Échéance',
  'En retard',
  'Jours de retard',
  'Première activité',
  'Dernière activité',
  'Terminé le',
  'Données au',
  'Minutes',
  'Score aux quiz (%)',
  'Leçons en brouillon',
  'Vérification',
  'À relancer',
  'Fichier source',
];

describe('CSV report in French', () => {
  it('csv-fr: BOM, CRLF, ";" without being asked, one row per learner, every column including the new ones', () => {
    const text = csv('learner', 'fr');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0]).toEqual(HEADERS_FR);
    expect(rows).toHaveLength(1 + excelFixture().learners.length);
    for (const row of rows) expect(row).toHaveLength(HEADERS_FR.length);
  });

  it('csv-fr-values: dates dd/mm/yyyy hh:mm in the report’s zone, French values, oui/non', () => {
    const [helene, paul, , cmo] = records(csv('learner', 'fr'), ';');
    expect(helene).toMatchObject({
      Identifiant: 'ceo-001',
      Nom: 'Hélène Dupré',
      Courriel: 'helene@example.com',
      Statut: 'terminé',
      'En retard': 'non',
      Échéance: '31/12/2026',
      // Paris is UTC+1 in December: 23:30 UTC is 00:30 the next day there.
      'Première activité': '01/12/2026 21:46',
      'Dernière activité': '06/12/2026 00:30',
      'Terminé le': '06/12/2026 00:30',
      'Données au': '06/12/2026 08:00',
      'Jours de retard': '',
      'À relancer': '',
      Vérification: 'valide',
      'Progression (%)': '100',
    });
    expect(paul).toMatchObject({
      Statut: 'en cours',
      'En retard': 'oui',
      'Jours de retard': '10',
      Vérification: 'non signé',
      'À relancer': 'en retard',
    });
    expect(cmo).toMatchObject({ Statut: 'aucun relevé', Vérification: '', 'À relancer': 'aucun relevé' });
  });

  it('csv-delimiter: --delimiter changes only the delimiter', () => {
    const semicolon = records(csv('learner', 'fr'), ';');
    expect(records(csv('learner', 'fr', ','), ',')).toEqual(semicolon);
    expect(csv('learner', 'fr', ',').split('\r\n')[1]).toMatch(
      /^ceo-001,Hélène Dupré,helene@example.com,Direction,fr,terminé,2,2,100,31\/12\/2026,non,,01\/12\/2026 21:46,/,
    );
  });

  it('csv-lessons-fr: one row per lesson with its title and oui/non for required', () => {
    expect(parseCsv(csv('lesson', 'fr').slice(1), ';')).toEqual([
      ['Leçon', 'Titre', 'Parcours', 'Obligatoire', 'Terminé', 'En cours', 'Pas commencé'],
      ['linkedin-profile', 'Votre profil LinkedIn', 'linkedin', 'oui', '1', '1', '2'],
      ['governance-charter', 'La charte d’usage', 'governance', 'non', '1', '0', '3'],
    ]);
  });
});

describe('CSV report in English', () => {
  it('csv-en: "," and yyyy-mm-dd hh:mm local, English values', () => {
    const [helene, paul] = records(csv('learner', 'en'), ',');
    expect(helene).toMatchObject({
      ID: 'ceo-001',
      Status: 'completed',
      Overdue: 'no',
      'Due date': '2026-12-31',
      'First activity': '2026-12-01 21:46',
      'Data as of': '2026-12-06 08:00',
      'E-mail': 'helene@example.com',
    });
    expect(paul).toMatchObject({
      Status: 'in progress',
      Overdue: 'yes',
      'Days overdue': '10',
      Remind: 'late',
      Verification: 'unsigned',
    });
    expect(csv('learner', 'en', ';').split('\r\n')[1]).toMatch(/^ceo-001;Hélène Dupré;/);
  });

  it('csv-zone: the same instants in UTC when the report’s zone is UTC', () => {
    const data = { ...excelFixture(), timeZone: 'UTC' };
    expect(records(csv('learner', 'en', ',', data), ',')[0]).toMatchObject({
      'First activity': '2026-12-01 20:46',
      'Last activity': '2026-12-05 23:30',
    });
  });
});

describe('CSV formula injection', () => {
  it('csv-formula: an apostrophe before any text cell that could start a formula, and only there', () => {
    const rows = parseCsv(csv('learner', 'fr').slice(1), ';');
    expect(rows[3]![1]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(rows[3]![3]).toBe(`'+33 1 23`);
    expect(rows[3]![21]).toBe(`'-x.json`);
    expect(rows[4]![1]).toBe(`'@SUM(A1:A9)`);
    // Numbers stay bare numbers: the raw line has 0, not '0 or "0".
    expect(csv('learner', 'fr').split('\r\n')[3]).toContain(';pas commencé;0;2;0;31/12/2026;oui;10;');
  });

  it('csv-control: control characters go before deciding, so an escape sequence cannot hide a formula', () => {
    const data = excelFixture();
    data.learners[0]!.name = '\u001b[0m=1+1';
    data.learners[0]!.department = '\r-3';
    data.learners[0]!.source = 'Line one\nline two';
    const rows = parseCsv(csv('learner', 'en', ',', data).slice(1), ',');
    expect(rows[1]![1]).toBe(`'=1+1`);
    expect(rows[1]![3]).toBe(`'-3`);
    expect(rows[1]![21]).toBe('Line one\nline two');
    expect(csv('learner', 'en', ',', data)).not.toMatch(/[\u001b\u0007]/);
  });
});
