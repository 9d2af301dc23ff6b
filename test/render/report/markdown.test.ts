/** Markdown: a readable document where data stays text: no HTML, link, emphasis, or broken table row. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { escapeMarkdown } from '../../../src/render/report/markdown.js';
import { fixture } from './fixture.js';

const md = (lang: 'en' | 'fr' = 'en', by: 'learner' | 'lesson' = 'learner', data = fixture()) =>
  renderReport(data, { format: 'md', by, lang });

/** Cells of a pipe-table row, split on pipes that are not escaped. */
const cells = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);

describe('Markdown report', () => {
  it('has a title, a summary list and section headings', () => {
    const out = md();
    expect(
      out.startsWith('# Completion report\n\n**Dirigeants sur les réseaux — 2025 (comex-2025) · due 2025-06-30**\n'),
    ).toBe(true);
    expect(out).toContain('2 of 6 learners completed the programme (33.3%). 3 learners are overdue.');
    expect(out).toContain(
      '- Learners: 6\n- Completed: 2\n- In progress: 2\n- Not started: 1\n- No record: 1\n- Overdue: 3\n- Completion rate: 33.3%\n',
    );
    for (const h of [
      '## Summary',
      '## Learners',
      '## Completion by track',
      '## Lessons most often left unfinished',
      '## Rejected files',
    ])
      expect(out).toContain(`\n${h}\n`);
    expect(out).toContain('- linkedin: 60%\n- governance: 45%');
    expect(out).toContain('- linkedin-profile: 2 learners');
  });

  it('keeps every table row to the header’s number of cells, whatever the data holds', () => {
    const rows = md()
      .split('\n')
      .filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(2 + 6);
    for (const row of rows) expect(cells(row)).toHaveLength(11);
    expect(cells(rows[0]!)).toEqual([
      'Learner',
      'Department',
      'Status',
      'Required',
      'Progress',
      'Due',
      'Last activity',
      'Min',
      'Quiz',
      'Drafts',
      'Verification',
    ]);
    expect(rows[1]).toBe('| --- | --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | --- |');
    expect(cells(rows[2]!)).toEqual([
      'Hélène Dupré-Noël',
      'Direction générale',
      'completed',
      '5/5',
      '100%',
      '2025-06-30',
      '2025-03-20',
      '71',
      '90%',
      '1',
      'valid',
    ]);
  });

  it('escapes pipes, backslashes, Markdown and HTML in cells', () => {
    const out = md();
    expect(out).toContain('| Ventes \\| \\*Europe\\* \\_Sud\\_ \\`x\\` \\[a\\](b) \\\\ &amp; &lt;b&gt; |');
    expect(out).toContain(`Mallory &lt;script&gt;document.body.setAttribute('data-pwned','2')&lt;/script&gt;`);
    expect(out).toContain(`"&gt;&lt;img src=x onerror=alert(1)&gt;`);
    expect(out).not.toMatch(/<(script|img|b)\b/i);
    expect(out).toContain('records/&lt;script&gt;x&lt;/script&gt;.json');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('Zoé Mäkelä javascript:alert(1)');
  });

  it('stops data from opening a heading, a list or a line break', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    expect(escapeMarkdown('![x](javascript:alert(1))')).toBe('!\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('~~gone~~')).toBe('\\~\\~gone\\~\\~');
  });

  it('speaks French, with its typography, and translates rejected reasons', () => {
    const out = md('fr');
    expect(out).toContain('# Rapport de suivi');
    expect(out).toContain('- Taux de réalisation\u00A0: 33,3\u00A0%');
    expect(out).toContain(
      '| Participant | Service | Statut | Obligatoires | Réalisé | Échéance | Dernière activité | Min | Quiz | En brouillon | Vérification |',
    );
    expect(out).toContain('| aucun relevé |');
    expect(out).toContain(
      '- records/broken.json — pas un fichier JSON\u00A0: Unexpected token } in JSON at position 12',
    );
    expect(out).toContain('- records/weird.json — mystery: something else');
    expect(out).toContain('**en retard**');
  });

  it('shows the lesson table with --by lesson', () => {
    const out = md('en', 'lesson');
    const rows = out.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| Lesson | Track | Completed | In progress | Not started |');
    expect(rows).toContain("| \\=cmd\\|' /C calc'!A0 |  | 0 | 0 | 5 |");
    expect(out).not.toContain('Hélène');
  });
});
