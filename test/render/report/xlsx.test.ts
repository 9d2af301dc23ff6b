/**
 * The Excel workbook, read back with an independent reader (SheetJS, not the writer): sheets and
 * headers in the report's language, dates as real date cells in the report's zone, numbers as
 * numbers, every text cell a string with the text format, and no formula anywhere, whatever a
 * name holds.
 */
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { renderWorkbook } from '../../../src/render/report/index.js';
import { HOSTILE_NAME, excelFixture } from './excel-fixture.js';

type Cell = { t: string; v: unknown; f?: string; z?: string };

async function workbook(lang: 'en' | 'fr', data = excelFixture()) {
  const bytes = await renderWorkbook(data, lang);
  return XLSX.read(Buffer.from(bytes), { type: 'buffer', cellNF: true, cellFormula: true, cellDates: false });
}

/** A sheet's cells by address, and its rows as values. */
function sheet(wb: XLSX.WorkBook, name: string) {
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name} in ${wb.SheetNames.join(', ')}`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
  return { ws, rows, cell: (address: string) => ws[address] as Cell | undefined };
}

/** A date cell's wall-clock time, decoded by the reader from the serial number: "2026-12-06 00:30". */
function wallClock(cell: Cell | undefined): string {
  expect(cell?.t).toBe('n');
  const d = XLSX.SSF.parse_date_code(cell!.v as number);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.y}-${p(d.m)}-${p(d.d)} ${p(d.H)}:${p(d.M)}`;
}

/** Every cell of every sheet. */
function allCells(wb: XLSX.WorkBook): Cell[] {
  return wb.SheetNames.flatMap((n) =>
    Object.entries(wb.Sheets[n]!)
      .filter(([k]) => !k.startsWith('!'))
      .map(([, c]) => c as Cell),
  );
}

describe('xlsx workbook: sheets and headers', () => {
  it('xlsx-sheets-fr: four sheets named, and headed, in French', async () => {
    const wb = await workbook('fr');
    expect(wb.SheetNames).toEqual(['Synthèse', 'Participants', 'Leçons', 'Participant × leçon', 'Fichiers refusés']);
    const learners = sheet(wb, 'Participants');
    expect(learners.rows[0]!.slice(0, 6)).toEqual(['Identifiant', 'Nom', 'Courriel', 'Service', 'Langue', 'Statut']);
    expect(learners.rows[0]).toContain('Données au');
    expect(learners.rows[0]).toContain('À relancer');
    expect(learners.rows).toHaveLength(5);
    expect(sheet(wb, 'Leçons').rows[1]).toEqual([
      'linkedin-profile',
      'Votre profil LinkedIn',
      'linkedin',
      'oui',
      1,
      1,
      2,
    ]);
    expect(sheet(wb, 'Fichiers refusés').rows[1]).toEqual([
      'records/junk.json',
      'pas un fichier JSON\u00a0: Unexpected token',
    ]);
  });

  it('xlsx-sheets-en: the same in English', async () => {
    const wb = await workbook('en');
    expect(wb.SheetNames).toEqual(['Summary', 'Learners', 'Lessons', 'Learner × lesson', 'Rejected files']);
    expect(sheet(wb, 'Learners').rows[0]!.slice(0, 3)).toEqual(['ID', 'Name', 'E-mail']);
    const summary = Object.fromEntries(
      sheet(wb, 'Summary')
        .rows.slice(1)
        .map((r) => [r[0], r[1]]),
    );
    expect(summary).toMatchObject({
      Programme: 'Dirigeants sur les réseaux',
      Learners: 4,
      Completed: 1,
      'Completion rate': 0.25,
      'Time zone': 'Europe/Paris',
      Sponsor: 'DRH',
    });
  });
});

describe('xlsx workbook: the learner × lesson matrix', () => {
  it('xlsx-matrix: one column per lesson, headed by its title, each learner’s state in words', async () => {
    const { rows } = sheet(await workbook('fr'), 'Participant × leçon');
    expect(rows.slice(0, 3)).toEqual([
      ['Identifiant', 'Nom', 'Votre profil LinkedIn', 'La charte d’usage'],
      ['ceo-001', 'Hélène Dupré', 'terminé', 'terminé'],
      ['cfo-002', 'Paul Martin', 'en cours', 'pas commencé'],
    ]);
  });
});

describe('xlsx workbook: typed cells', () => {
  it('xlsx-dates: real dates (numbers with a date format), in the report’s zone, formatted for the language', async () => {
    const fr = sheet(await workbook('fr'), 'Participants');
    const col = (header: string) => XLSX.utils.encode_col(fr.rows[0]!.indexOf(header));
    const last = fr.cell(`${col('Dernière activité')}2`);
    // 23:30 UTC on 5 December is 00:30 on the 6th in Paris.
    expect(wallClock(last)).toBe('2026-12-06 00:30');
    expect(last?.z).toBe('dd/mm/yyyy hh:mm');
    expect(XLSX.SSF.is_date(last!.z!)).toBe(true);
    expect(wallClock(fr.cell(`${col('Première activité')}2`))).toBe('2026-12-01 21:46');
    expect(wallClock(fr.cell(`${col('Échéance')}2`))).toBe('2026-12-31 00:00');
    expect(fr.cell(`${col('Échéance')}2`)?.z).toBe('dd/mm/yyyy');
    const en = sheet(await workbook('en'), 'Learners');
    expect(en.cell(`${XLSX.utils.encode_col(en.rows[0]!.indexOf('Data as of'))}2`)?.z).toBe('yyyy-mm-dd hh:mm');
    const summary = sheet(await workbook('en'), 'Summary');
    expect(wallClock(summary.cell('B6'))).toBe('2027-01-10 09:30');
  });

  it('xlsx-dates-as-dates: a reader asked for dates gets Date values, not strings', async () => {
    const bytes = await renderWorkbook(excelFixture(), 'fr');
    const wb = XLSX.read(Buffer.from(bytes), { type: 'buffer', cellDates: true });
    const ws = wb.Sheets.Participants!;
    const header = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 })[0]!;
    const cell = ws[`${XLSX.utils.encode_col(header.indexOf('Terminé le'))}2`] as Cell;
    expect(cell.t).toBe('d');
    expect(cell.v).toBeInstanceOf(Date);
  });

  it('xlsx-values: numbers are numbers, values are French, empty stays empty', async () => {
    const fr = sheet(await workbook('fr'), 'Participants');
    const [header, helene, paul] = fr.rows;
    const get = (row: unknown[] | undefined, h: string) => row![header!.indexOf(h)];
    expect(get(helene, 'Statut')).toBe('terminé');
    expect(get(helene, 'En retard')).toBe('non');
    expect(get(helene, 'Minutes')).toBe(42);
    expect(get(helene, 'Jours de retard')).toBeNull();
    expect(get(paul, 'Jours de retard')).toBe(10);
    expect(get(paul, 'Vérification')).toBe('non signé');
    expect(get(paul, 'À relancer')).toBe('en retard');
  });
});

describe('xlsx workbook: no formula, ever', () => {
  it('xlsx-formula: a name "=HYPERLINK(…)" reads back as that string, not a formula; no cell anywhere has one', async () => {
    const wb = await workbook('fr');
    const learners = sheet(wb, 'Participants');
    const name = learners.cell('B4');
    expect(name).toMatchObject({ t: 's', v: HOSTILE_NAME });
    expect(name?.f).toBeUndefined();
    expect(learners.cell('B5')).toMatchObject({ t: 's', v: '@SUM(A1:A9)' });
    expect(learners.cell('D4')).toMatchObject({ t: 's', v: '+33 1 23' });
    const cells = allCells(wb);
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((c) => c.f !== undefined)).toEqual([]);
    // Every string cell carries the text format "@": Excel will not re-read it as a formula when edited.
    for (const c of cells.filter((x) => x.t === 's')) expect(c.z, String(c.v)).toBe('@');
  });

  it('xlsx-control: control characters never reach a cell', async () => {
    const data = excelFixture();
    data.learners[0]!.name = '\u001b[31mRed\u0007 name';
    const cell = sheet(await workbook('en', data), 'Learners').cell('B2');
    expect(cell?.v).toBe('Red name');
    // Nor what XML 1.0 cannot hold (a lone surrogate, U+FFFE): the file would not open.
    data.learners[0]!.name = 'A\uD800B\uFFFEC';
    expect(sheet(await workbook('en', data), 'Learners').cell('B2')?.v).toBe('ABC');
  });
});
