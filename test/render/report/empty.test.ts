/** A programme nobody has started yet: every format still renders, and says so plainly. */
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../src/core/sponsor/report-types.js';
import { renderReport, type ReportFormat } from '../../../src/render/report/index.js';

const empty: ReportData = {
  program: { id: 'p', title: 'Pilot', due: '2025-12-31', sponsor: {} },
  generatedAt: '2025-01-01T00:00:00Z',
  timeZone: 'UTC',
  summary: {
    learners: 0,
    completed: 0,
    inProgress: 0,
    notStarted: 0,
    noRecord: 0,
    overdue: 0,
    completionRate: 0,
    notCounted: 0,
  },
  learners: [],
  lessons: [],
  rejected: [],
  tracks: [],
  departments: [],
  weeks: [],
  unfinished: [],
};

describe('empty report', () => {
  it.each(['table', 'csv', 'json', 'md', 'html'] as ReportFormat[])(
    'renders as %s without NaN or undefined',
    (format) => {
      for (const by of ['learner', 'lesson'] as const) {
        const out = renderReport(empty, { format, by, lang: 'fr' });
        expect(out).not.toMatch(/NaN|undefined|Infinity/);
        expect(out.endsWith('\n')).toBe(true);
      }
    },
  );

  it('says there is nothing, in the reader’s language', () => {
    expect(renderReport(empty, { format: 'table', by: 'learner', lang: 'fr' })).toMatch(
      /Fichiers refusés\n {2}Aucun\.\n$/,
    );
    expect(renderReport(empty, { format: 'md', by: 'learner', lang: 'en' })).toContain('## Rejected files\n\nNone.\n');
    expect(renderReport(empty, { format: 'csv', by: 'lesson', lang: 'en' })).toBe(
      '\uFEFFLesson,Title,Track,Required,Completed,In progress,Not started\r\n',
    );
    expect(renderReport(empty, { format: 'html', by: 'learner', lang: 'en' })).toContain(
      '<desc id="status-chart-desc">Learners by status: Completed 0, In progress 0, Not started 0, No record 0.</desc>',
    );
  });

  it('has nobody to remind, no week, no department, and no sponsor line without one', () => {
    const table = renderReport(empty, { format: 'table', by: 'lesson', lang: 'en' });
    expect(table).toContain('Who to remind\n  Nobody to remind.\n');
    expect(table).toContain('Completion over time\n  No completion yet.\n');
    expect(table).toContain('By department\n  None.\n');
    expect(table).not.toContain('Sponsor');
    const md = renderReport(empty, { format: 'md', by: 'lesson', lang: 'fr' });
    expect(md).toContain('## À relancer\n\nPersonne à relancer.\n');
    expect(md).not.toContain('Commanditaire');
    const html = renderReport(empty, { format: 'html', by: 'learner', lang: 'en' });
    expect(html).toContain('<p class="muted">No completion yet.</p>');
    expect(html).toContain('<li class="card card-overdue"><span class="card-value">0</span>');
  });
});
