/** Terminal table with --by lesson: titles, the learner × lesson matrix and its key; tracks and unfinished by title. */
import { describe, expect, it } from 'vitest';
import { fitWidths, truncate } from '../../../src/render/report/table-layout.js';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture } from './fixture.js';

const table = (opts: { lang?: 'en' | 'fr'; by?: 'learner' | 'lesson'; width?: number } = {}, data = fixture()) =>
  renderReport(data, { format: 'table', by: opts.by ?? 'learner', lang: opts.lang ?? 'en', width: opts.width ?? 100 });
const sectionOf = (out: string, heading: string) => out.split(`\n${heading}\n`)[1]?.split('\n\n')[0] ?? '';

describe('terminal table: lessons and matrix', () => {
  it('shows the lessons by title and track title', () => {
    const out = table({ by: 'lesson', lang: 'fr' });
    expect(out).toMatch(/Leçon +Parcours +Terminé +En cours +Pas commencé/);
    expect(out).toMatch(/\nUn profil LinkedIn qui inspire confiance +LinkedIn +4 +0 +2/);
    expect(out).toMatch(/\nRéagir à une crise en ligne +Gouvernance & éthique +2 +0 +4/);
    expect(out).not.toContain('linkedin-profile');
    expect(sectionOf(out, 'Participants')).toBe('');
  });

  it('shows the learner × lesson matrix, a mark per lesson, and the titles in its key', () => {
    const out = table({ by: 'lesson' });
    const matrix = out.split('\nLearner × lesson\n')[1]!.split('\n\nWho to remind')[0]!;
    const rows = matrix.split('\n');
    expect(rows[0]).toMatch(/^Learner +1 {2}2 {2}3 {2}4 {2}5 {2}6$/);
    expect(rows[1]).toMatch(/^Hélène Dupré-Noël +✓ {2}✓ {2}✓ {2}✓ {2}✓ {2}·$/);
    expect(rows[5]).toMatch(/^Zoé Mäkelä javascript:alert\(1\) +✓ {2}◐ {2}✓ {2}✓ {2}· {2}◐$/);
    expect(matrix).toContain(
      '  ✓ completed   ◐ in progress   · not started\n  Lessons:\n    1  Un profil LinkedIn qui inspire confiance\n',
    );
    expect(matrix).toContain('    6  Bonus\u00A0: la vidéo courte (optional)');
    expect(table({ by: 'learner' })).not.toContain('Learner × lesson');
  });

  it('splits a wide matrix into blocks of lessons rather than dropping any', () => {
    const data = fixture();
    data.lessons = Array.from({ length: 30 }, (_, i) => ({
      ...data.lessons[0]!,
      id: `l${i}`,
      title: `Leçon ${i + 1}`,
    }));
    for (const l of data.learners)
      l.lessonStates = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'completed' : 'not-started'));
    const out = table({ by: 'lesson', width: 60 }, data);
    const heads = out.split('\n').filter((l) => /^Learner +\d/.test(l));
    expect(heads.length).toBeGreaterThan(1);
    expect(heads.flatMap((h) => h.split(/ +/).slice(1)).map(Number)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    for (const l of out.split('\n')) expect([...l].length).toBeLessThanOrEqual(60);
  });

  it('lists tracks and unfinished lessons by title', () => {
    const out = table();
    expect(out).toMatch(
      /Completion by track\n {2}LinkedIn +███████░░░ {2}67%\n {2}Gouvernance & éthique {2}████░░░░░░ {2}42%/,
    );
    expect(out).toContain(
      'Lessons most often left unfinished\n  1 learner  La charte de prise de parole\n  1 learner  =cmd|',
    );
  });
});

describe('table layout', () => {
  it('cuts with … and counts wide characters as two columns', () => {
    expect(truncate('Maximilien', 6)).toBe('Maxim…');
    expect(truncate('短い名前です', 5)).toBe('短い…');
    expect(truncate('short', 5)).toBe('short');
  });

  it('gives way in flexible columns before cutting dates or numbers', () => {
    const cols = [
      {
        header: 'Name',
        cells: ['A very long name indeed, longer than any'],
        align: 'left' as const,
        flex: [24, 8] as [number, number],
      },
      { header: 'Date', cells: ['2025-06-30'], align: 'left' as const },
    ];
    expect(fitWidths(cols, 30)).toEqual([20, 10]);
    expect(fitWidths(cols, 12)).toEqual([4, 8]);
  });
});
