/** Terminal table: fits the width, cuts names with …, translated, coloured only when asked, inert. */
import { describe, expect, it } from 'vitest';
import type { Style } from '../../../src/render/style.js';
import { renderReport } from '../../../src/render/report/index.js';
import { fitWidths, truncate } from '../../../src/render/report/table-layout.js';
import { fixture } from './fixture.js';

const table = (
  opts: { lang?: 'en' | 'fr'; by?: 'learner' | 'lesson'; width?: number; style?: Style } = {},
  data = fixture(),
) =>
  renderReport(data, {
    format: 'table',
    by: opts.by ?? 'learner',
    lang: opts.lang ?? 'en',
    ...(opts.width ? { width: opts.width } : {}),
    ...(opts.style ? { style: opts.style } : {}),
  });

/** A style that marks what it paints with visible tags, so tests can see which text got which colour. */
const tagStyle: Style = {
  bold: (s) => `<b>${s}</b>`,
  dim: (s) => s,
  green: (s) => `<g>${s}</g>`,
  red: (s) => `<r>${s}</r>`,
  yellow: (s) => `<y>${s}</y>`,
  cyan: (s) => s,
};
const ansiStyle: Style = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  green: (s) => `\u001b[32m${s}\u001b[39m`,
  red: (s) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s) => `\u001b[33m${s}\u001b[39m`,
  cyan: (s) => `\u001b[36m${s}\u001b[39m`,
};

const width = (line: string) => [...line].length;

describe('terminal table', () => {
  it.each([
    ['en', 100],
    ['fr', 100],
    ['en', 80],
    ['fr', 72],
    ['en', 60],
    ['fr', 140],
  ] as const)('keeps every line within %s width %i, colours included', (lang, w) => {
    for (const by of ['learner', 'lesson'] as const) {
      const plain = table({ lang, width: w, by });
      for (const line of plain.split('\n')) expect(width(line), line).toBeLessThanOrEqual(w);
      const coloured = table({ lang, width: w, by, style: ansiStyle }).replace(/\u001b\[[0-9;]*m/g, '');
      expect(coloured).toBe(plain);
    }
  });

  it('defaults to 100 columns and cuts long names with … instead of wrapping', () => {
    const out = table();
    expect(Math.max(...out.split('\n').map(width))).toBeLessThanOrEqual(100);
    expect(Math.max(...out.split('\n').map(width))).toBeGreaterThan(90);
    expect(out).not.toContain('Maximilien-Alexandre de La Tour d’Auvergne-Lauraguais');
    expect(out).toMatch(/\nMaximilien-[^\n]*… /);
    const rows = out.split('\n').filter((l) => /^(Hélène|Mallory|Eve|@SUM|Zoé|Maximilien)/.test(l));
    expect(rows).toHaveLength(6);
  });

  it('shows the title, the summary and one aligned row per learner with human labels', () => {
    const out = table({ width: 160 });
    expect(out).toContain('Dirigeants sur les réseaux — 2025 (comex-2025) · due 2025-06-30');
    expect(out).toMatch(
      /Learners {2,}6\n {2}Completed {2,}2\n {2}In progress {2,}2\n {2}Not started {2,}1\n {2}No record {2,}1\n {2}Overdue {2,}3\n {2}Completion rate {2,}33\.3%/,
    );
    const header = out.split('\n').find((l) => l.startsWith('Learner '))!;
    expect(header.split(/ {2,}/)).toEqual([
      'Learner',
      'Department',
      'Status',
      'Progress',
      'Due',
      'Last activity',
      'Min',
      'Quiz',
      'Drafts',
      'Verification',
    ]);
    const hélène = out.split('\n').find((l) => l.startsWith('Hélène'))!;
    expect(hélène.split(/ {2,}/)).toEqual([
      'Hélène Dupré-Noël',
      'Direction générale',
      'completed',
      '5/5 100%',
      '2025-03-20',
      '71',
      '90%',
      '1',
      'valid',
    ]);
    const eve = out.split('\n').find((l) => l.startsWith('Eve'))!;
    expect(eve).toMatch(/not started +0\/5 +0% +overdue +0 +0 +invalid signature$/);
    // Columns line up: every row's status starts where the header's does.
    const at = header.indexOf('Status');
    for (const l of out.split('\n').filter((x) => /^(Hélène|Mallory|Eve|@SUM|Zoé|Maximilien)/.test(x)))
      expect(l.slice(at)).toMatch(/^(completed|in progress|not started|no record)/);
  });

  it('speaks French, with its typography', () => {
    const out = table({ lang: 'fr', width: 160 });
    expect(out).toContain('Rapport de suivi');
    expect(out).toContain('échéance\u00A0: 2025-06-30');
    expect(out).toMatch(/Taux de réalisation +33,3\u00A0%/);
    expect(out).toMatch(
      /Participant +Service +Statut +Réalisé +Échéance +Dernière activité +Min +Quiz +En brouillon +Vérification/,
    );
    expect(out).toMatch(/aucun relevé +0\/5 +0\u00A0% +en retard/);
    expect(out).toContain('signature invalide');
    expect(out).toContain('pas un fichier JSON\u00A0: Unexpected token } in JSON at position 12');
    expect(out).toContain('mystery: something else');
    expect(out).toMatch(/linkedin +█+░+ +60\u00A0%/);
    expect(out).toMatch(/linkedin-profile +2\u00A0participants/);
  });

  it('lets nothing from the data drive the terminal', () => {
    const plain = table();
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const coloured = table({ style: ansiStyle });
    // Only our own colour codes remain once they are removed: no ESC, BEL or OSC from a name.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(plain).toContain('Zoé Mäkelä');
    const data = fixture();
    data.learners[0]!.name = 'Bidi\u202Etxt.exe\u2066 and Cafe\u0301';
    expect(table({ width: 160 }, data)).toContain('Biditxt.exe and Café');
  });

  it('paints overdue in red, warnings in yellow, headers in bold, only when a style is given', () => {
    const out = table({ style: tagStyle, width: 160 });
    expect(out).toMatch(/<b>Learner<\/b> +<b>Department<\/b>/);
    expect(out.match(/<r>overdue<\/r>/g)).toHaveLength(3);
    expect(out).toMatch(/<y>unsigned<\/y>/);
    expect(out).toMatch(/<y>no record<\/y>/);
    expect(out).toMatch(/<r>3<\/r>/);
    expect(table({ width: 160 })).not.toMatch(/<[bgry]>/);
  });

  it('lists tracks, unfinished lessons and rejected files with translated reasons', () => {
    const out = table();
    expect(out).toMatch(/Completion by track\n {2}linkedin {3,}██████░░░░ {2}60%\n {2}governance +█████░░░░░ {2}45%/);
    expect(out).toMatch(
      /Lessons most often left unfinished\n {2}linkedin-profile {4}2 learners\n {2}governance-charter {2}1 learner/,
    );
    expect(out).toContain('  records/broken.json\n    not a JSON file: Unexpected token } in JSON at position 12');
    expect(out).toContain('  records/other.json\n    record for another programme');
  });

  it('keeps the end of a long rejected path, where the file name is', () => {
    const data = fixture();
    data.rejected = [
      { path: `/home/hr/${'very-long-folder/'.repeat(6)}exec-042.json`, reason: 'too-large: larger than 512 KB' },
    ];
    const out = table({ width: 60 }, data);
    expect(out).toMatch(/\n {2}…[^\n]*folder\/exec-042\.json\n {4}file too large: larger than 512 KB\n/);
  });

  it('shows the lesson table with --by lesson', () => {
    const out = table({ by: 'lesson', lang: 'fr' });
    expect(out).toMatch(/Leçon +Parcours +Terminé +En cours +Pas commencé/);
    expect(out).toMatch(/linkedin-profile +linkedin +3 +1 +1/);
    expect(out).toMatch(/=cmd\|' \/C calc'!A0 +0 +0 +5/);
    expect(out).not.toContain('Hélène');
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

describe('the terminal table on a narrow terminal', () => {
  it('leaves the secondary columns out (and says so) rather than cutting every header', () => {
    const narrow = table({ width: 80 });
    const header = narrow.split('\n').find((l) => /^Learner\s/.test(l))!;
    expect(header).toMatch(/Learner\s+Department\s+Status\s+Progress\s+Due\s+Verification/);
    expect(header).not.toMatch(/Quiz|Min/);
    expect(narrow).toContain('A narrow terminal: last activity, minutes, quiz and drafts are left out here');
    const wide = table({ width: 140 });
    expect(wide.split('\n').find((l) => /^Learner\s/.test(l))).toMatch(/Last activity\s+Min\s+Quiz\s+Drafts/);
    expect(wide).not.toContain('A narrow terminal');
  });
});
