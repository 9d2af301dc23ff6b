/** Terminal table: fits the width, cuts cells with … but never a sentence, translated, coloured only when asked, inert. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import type { Style } from '../../../src/render/style.js';
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
/** A section's text with its line breaks and indents taken out, to find sentences that were wrapped. */
const flat = (s: string) => s.replace(/\n +/g, ' ').replace(/\n/g, ' ');
const LEARNER_ROW = /^(Hélène|Mallory|Eve|@SUM|Zoé|Maximilien)/;

describe('terminal table: widths and colours', () => {
  it.each([
    ['en', 100],
    ['fr', 100],
    ['en', 80],
    ['fr', 80],
    ['fr', 72],
    ['en', 60],
    ['fr', 140],
    ['en', 170],
  ] as const)('keeps every line within %s width %i, colours included', (lang, w) => {
    for (const by of ['learner', 'lesson'] as const) {
      const plain = table({ lang, width: w, by });
      for (const line of plain.split('\n')) expect(width(line), line).toBeLessThanOrEqual(w);
      const coloured = table({ lang, width: w, by, style: ansiStyle }).replace(/\u001b\[[0-9;]*m/g, '');
      expect(coloured).toBe(plain);
    }
  });

  it('lets nothing from the data drive the terminal', () => {
    for (const by of ['learner', 'lesson'] as const) {
      const plain = table({ by });
      expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      // Only our own colour codes remain once they are removed: no ESC, BEL or OSC from a name.
      expect(table({ by, style: ansiStyle }).replace(/\u001b\[\d+m/g, '')).not.toMatch(
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/,
      );
      expect(plain).toContain('Zoé Mäkelä');
    }
    const data = fixture();
    data.learners[0]!.name = 'Bidi\u202Etxt.exe\u2066 and Cafe\u0301';
    expect(table({ width: 300 }, data)).toContain('Biditxt.exe and Café');
  });

  it('paints late in red, warnings in yellow, headers in bold, only when a style is given', () => {
    const out = table({ style: tagStyle, width: 160 });
    expect(out).toMatch(/<b>Learner<\/b> +<b>E-mail<\/b> +<b>Department<\/b>/);
    expect(out.match(/<r>2025-06-30 \+14 d<\/r>/g)).toHaveLength(3);
    expect(out).toMatch(/<y>unsigned<\/y>/);
    expect(out).toMatch(/<y>no record<\/y>/);
    expect(out).toMatch(/<r>3<\/r>/);
    // (The data holds a literal <b>: only our tags are looked for.)
    expect(table({ width: 160 })).not.toMatch(/<[gry]>|<b>Learner/);
  });
});

describe('terminal table: title and learners', () => {
  it('shows the title with the due date in words, the sponsor, the local time and the zone', () => {
    const out = table({ width: 160 });
    expect(out).toContain(
      'Dirigeants sur les réseaux — 2025 (comex-2025) · due 30 June 2025\nSponsor: Direction des ressources humaines <drh@example.fr>\nGenerated 14 July 2025 at 10:30\nDates and times are in the Europe/Paris time zone.',
    );
    expect(out).not.toContain('UTC');
    expect(out).toMatch(
      /Learners {2,}6\n {2}Completed {2,}2\n {2}In progress {2,}2\n {2}Not started {2,}1\n {2}No record {2,}1\n {2}Overdue {2,}3\n {2}Completion rate {2,}33\.3%/,
    );
  });

  it('gives every row a due date, with the days late once past it, and the record’s date', () => {
    const out = table({ width: 220 });
    const header = out.split('\n').find((l) => l.startsWith('Learner '))!;
    expect(header.split(/ {2,}/)).toEqual([
      'Learner',
      'E-mail',
      'Department',
      'Status',
      'Progress',
      'Due',
      'Last activity',
      'Data as of',
      'Min',
      'Quiz',
      'Drafts',
      'Verification',
    ]);
    const hélène = out.split('\n').find((l) => l.startsWith('Hélène'))!;
    expect(hélène.split(/ {2,}/)).toEqual([
      'Hélène Dupré-Noël',
      'helene.dupre@example.fr',
      'Direction générale',
      'completed',
      '5/5 100%',
      '2025-06-30',
      '2025-03-20',
      '2025-03-20',
      '71',
      '90%',
      '1',
      'valid',
    ]);
    const rows = out.split('\n').filter((l) => LEARNER_ROW.test(l));
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r).toMatch(/ 2025-0[69]-30( \+14 d)? /);
    expect(rows.filter((r) => r.includes('+14 d'))).toHaveLength(3);
    expect(out).toContain('+N d: days past the due date.');
  });
});

describe('terminal table: French and narrow terminals', () => {
  it('speaks French, with its dates and typography', () => {
    const out = table({ lang: 'fr', width: 240 });
    expect(out).toContain('échéance\u00A0: 30 juin 2025');
    expect(out).toContain('Généré le 14 juillet 2025 à 10:30');
    expect(out).toMatch(/Taux de réalisation +33,3\u00A0%/);
    expect(out).toMatch(
      /Participant +Courriel +Service +Statut +Réalisé +Échéance +Dernière activité +Données au +Min +Quiz +En brouillon +Vérification/,
    );
    expect(out).toMatch(/aucun relevé +0\/5 +0\u00A0% +30\/06\/2025 \+14\u00A0j/);
    expect(out).toMatch(/terminé +5\/5 100\u00A0% +30\/06\/2025 +20\/03\/2025 +20\/03\/2025/);
  });

  it('leaves secondary columns out on a narrow terminal (and says so) rather than cutting every header', () => {
    const narrow = table({ width: 80 });
    const header = narrow.split('\n').find((l) => /^Learner\s/.test(l))!;
    expect(header).toMatch(/^Learner\s+Status\s+Progress\s+Due\s+Verification$/);
    expect(flat(narrow)).toContain(
      'A narrow terminal: e-mail, last activity, data as of, minutes, quiz and drafts are left out here (and the department below 90 columns)',
    );
    expect(
      table({ width: 100 })
        .split('\n')
        .find((l) => /^Learner\s/.test(l)),
    ).toMatch(/^Learner\s+Department\s+Status/);
    const wide = table({ width: 220 });
    expect(wide.split('\n').find((l) => /^Learner\s/.test(l))).toMatch(
      /Last activity\s+Data as of\s+Min\s+Quiz\s+Drafts/,
    );
    expect(wide).not.toContain('A narrow terminal');
  });
});
