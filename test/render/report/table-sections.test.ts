/** Terminal table: the sections after the learners, at 80 columns, where nothing HR must act on is cut. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture } from './fixture.js';

const table = (opts: { lang?: 'en' | 'fr'; by?: 'learner' | 'lesson'; width?: number } = {}, data = fixture()) =>
  renderReport(data, { format: 'table', by: opts.by ?? 'learner', lang: opts.lang ?? 'en', width: opts.width ?? 80 });
const sectionOf = (out: string, heading: string) => out.split(`\n${heading}\n`)[1]?.split('\n\n')[0] ?? '';
const flat = (s: string) => s.replace(/\n +/g, ' ').replace(/\n/g, ' ');

describe('terminal table: rejected files', () => {
  it('wraps reasons and advice at 80 columns instead of cutting them', () => {
    const data = fixture();
    data.rejected.push({
      path: `/home/hr/${'very-long-folder/'.repeat(6)}exec-042.json`,
      reason:
        'schema: field "lessons[3].completedAt" is not a date-time, and field "learner.id" is longer than 64 characters',
    });
    for (const lang of ['en', 'fr'] as const) {
      const out = table({ lang }, data);
      const rejected = out.slice(out.lastIndexOf(lang === 'en' ? 'Rejected files' : 'Fichiers refusés'));
      expect(rejected).not.toContain('…');
      expect(flat(rejected)).toContain(
        'field "lessons[3].completedAt" is not a date-time, and field "learner.id" is longer than 64 characters',
      );
      expect(rejected.replace(/\n +/g, '')).toContain(`/home/hr/${'very-long-folder/'.repeat(6)}exec-042.json`);
    }
    expect(flat(table({ lang: 'fr' }, data))).toContain(
      'Vérifiez l’inscription du participant\u00A0: ce relevé est celui d’un autre programme.',
    );
  });

  it('asks for a new export only where one helps: not for a duplicate', () => {
    const out = table();
    expect(out).toContain(
      '  records/broken.json\n    not a JSON file: Unexpected token } in JSON at position 12\n    Ask the learner for a new export (`coach export`).\n',
    );
    expect(out).toContain(
      '  records/exec-001 (copie).json\n    duplicate record: the same record as records/exec-001.json\n  records/weird.json\n    mystery: something else\n',
    );
    expect(out.match(/new export/g)).toHaveLength(2);
    expect(out).toContain('  These files were not counted.\n');
  });
});

describe('terminal table: who to remind, departments', () => {
  it('lists whom to remind with e-mail, days late and the titles left, wrapped', () => {
    const remind = sectionOf(table(), 'Who to remind');
    expect(remind).not.toContain('…');
    expect(remind).toMatch(/^ {2}Mallory <script>/);
    expect(flat(remind)).toContain(
      "Eve <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> <eve@example.com> 14 days late · left: Un profil LinkedIn qui inspire confiance, =cmd|' /C calc'!A0",
    );
    expect(remind).not.toContain('Zoé');
    expect(remind).not.toContain('Hélène');
    expect(flat(sectionOf(table({ lang: 'fr' }), 'À relancer'))).toContain(
      '14\u00A0jours de retard · reste\u00A0: Un profil LinkedIn',
    );
    const data = fixture();
    for (const l of data.learners) l.remind = null;
    expect(sectionOf(table({}, data), 'Who to remind')).toBe('  Nobody to remind.');
  });

  it('has a row per department with the report’s counts and rate', () => {
    const depts = sectionOf(table({ width: 100 }), 'By department');
    expect(depts).toMatch(/^ +In\nDepartment +Learners +Completed +progress +Not started +No record +Overdue +Rate\n/);
    expect(depts).toMatch(/\nDirection générale +1 +1 +0 +0 +0 +0 +100%/);
    expect(depts).toMatch(/\n\+1 +1 +0 +0 +1 +0 +1 +0%/);
    expect(depts.split('\n')).toHaveLength(8);
    expect(sectionOf(table({ lang: 'fr', width: 100 }), 'Par service')).toMatch(
      /\nCommunication institutionne[^\n]* +1 +1 +0 +0 +0 +0 +100\u00A0%/,
    );
  });
});

describe('terminal table: completion over time', () => {
  it('draws a week per column, the due date marked under its week, the range in words', () => {
    const lines = sectionOf(table(), 'Completion over time').split('\n');
    expect(lines[0]).toMatch(/^ {2}Each week {3}/);
    const weekly = lines[0]!.slice(14);
    // Weeks 4 and 10 (17 March, 28 April) had one completion each: full blocks, nothing elsewhere.
    expect([...weekly].map((c, i) => (c === '█' ? i : -1)).filter((i) => i >= 0)).toEqual([3, 9]);
    expect(lines[1]!.slice(14)).toBe('   ▂▂▂▂▂▂▃▃▃▃▃▃▃▃▃▃▃▃');
    expect(lines[2]!.indexOf('▲')).toBe(14 + 18);
    expect(lines[2]).toContain('▲ due 2025-06-30');
    expect(flat(lines.slice(3).join('\n')).trim()).toBe(
      'Weeks from 2025-02-24 to 2025-07-14; at most 1 completion in a week. Completion rate: 33.3%',
    );
    expect(flat(sectionOf(table({ lang: 'fr' }), 'Réalisation dans le temps'))).toContain(
      'Semaines du 24/02/2025 au 14/07/2025\u00A0; au plus 1\u00A0participant terminé en une semaine.',
    );
  });

  it('keeps the latest weeks on a narrow terminal and says when there is none', () => {
    const lines = sectionOf(table({ width: 30 }), 'Completion over time').split('\n');
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(30);
    expect(lines[1]!.trimEnd().endsWith('▃▃▃')).toBe(true);
    const data = fixture();
    data.weeks = [];
    expect(sectionOf(table({}, data), 'Completion over time')).toBe('  No completion yet.');
  });
});
