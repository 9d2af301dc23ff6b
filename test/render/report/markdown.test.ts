/** Markdown: a readable document where data stays text: no HTML, link, emphasis, or broken table row. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { escapeMarkdown } from '../../../src/render/report/markdown.js';
import { fixture } from './fixture.js';

const md = (lang: 'en' | 'fr' = 'en', by: 'learner' | 'lesson' = 'learner', data = fixture()) =>
  renderReport(data, { format: 'md', by, lang });

/** Cells of a pipe-table row, split on pipes that are not escaped. */
const cells = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);
/** The lines of a section, from its heading to the next heading. */
const sectionOf = (out: string, heading: string) => out.split(`\n## ${heading}\n\n`)[1]?.split('\n\n## ')[0] ?? '';
const tableOf = (s: string) => s.split('\n').filter((l) => l.startsWith('| '));

describe('Markdown report: head and learners', () => {
  it('has a title, the sponsor, local dates in words, the zone, a summary and section headings', () => {
    const out = md();
    expect(
      out.startsWith(
        '# Completion report\n\n**Dirigeants sur les réseaux — 2025 (comex-2025) · due 30 June 2025**\n\nSponsor: Direction des ressources humaines &lt;drh@example.fr&gt;\n\nGenerated 14 July 2025 at 10:30. Dates and times are in the Europe/Paris time zone.\n',
      ),
    ).toBe(true);
    expect(out).toContain('2 of 6 learners completed the programme (33.3%). 3 learners are overdue.');
    expect(out).toContain(
      '- Learners: 6\n- Completed: 2\n- In progress: 2\n- Not started: 1\n- No record: 1\n- Overdue: 3\n- Completion rate: 33.3%\n',
    );
    for (const h of [
      'Summary',
      'Learners',
      'Who to remind',
      'By department',
      'Completion over time',
      'Completion by track',
      'Lessons most often left unfinished',
      'Rejected files',
    ])
      expect(out).toContain(`\n## ${h}\n`);
    expect(out).toContain('- LinkedIn: 67%\n- Gouvernance &amp; éthique: 42%');
    expect(out).toContain('- La charte de prise de parole: 1 learner');
    expect(out).not.toContain('UTC');
  });
});

describe('Markdown report: learners', () => {
  it('keeps every learner row to the header’s cells, with e-mail, due date, days late and data as of', () => {
    const rows = tableOf(sectionOf(md(), 'Learners'));
    expect(rows).toHaveLength(2 + 6);
    for (const row of rows) expect(cells(row)).toHaveLength(13);
    expect(cells(rows[0]!)).toEqual([
      'Learner',
      'E-mail',
      'Department',
      'Status',
      'Required',
      'Progress',
      'Due',
      'Last activity',
      'Data as of',
      'Min',
      'Quiz',
      'Drafts',
      'Verification',
    ]);
    expect(cells(rows[2]!)).toEqual([
      'Hélène Dupré-Noël',
      'helene.dupre@example.fr',
      'Direction générale',
      'completed',
      '5/5',
      '100%',
      '2025-06-30',
      '2025-03-20',
      '2025-03-20 19:02',
      '71',
      '90%',
      '1',
      'valid',
    ]);
    expect(cells(rows[5]!)[6]).toBe('**2025-06-30 +14 d**');
    expect(cells(rows[6]!)[6]).toBe('2025-09-30');
  });
});

describe('Markdown report: escaping and French', () => {
  it('escapes pipes, backslashes, Markdown and HTML in cells', () => {
    const out = md();
    expect(out).toContain('| Ventes \\| \\*Europe\\* \\_Sud\\_ \\`x\\` \\[a\\](b) \\\\ &amp; &lt;b&gt; |');
    expect(out).toContain(`Mallory &lt;script&gt;document.body.setAttribute('data-pwned','2')&lt;/script&gt;`);
    expect(out).toContain(`"&gt;&lt;img src=x onerror=alert(1)&gt;`);
    expect(out).toContain(`"&gt;&lt;svg onload=alert(1)&gt;@example.com`);
    expect(out).not.toMatch(/<(script|img|b|svg)\b/i);
    expect(md('en', 'lesson')).not.toMatch(/<(script|img|b|svg)\b/i);
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

  it('speaks French, with its dates and typography', () => {
    const out = md('fr');
    expect(out).toContain('# Rapport de suivi');
    expect(out).toContain('**Dirigeants sur les réseaux — 2025 (comex-2025) · échéance\u00A0: 30 juin 2025**');
    expect(out).toContain('Généré le 14 juillet 2025 à 10:30. Dates et heures dans le fuseau horaire Europe/Paris.');
    expect(out).toContain('- Taux de réalisation\u00A0: 33,3\u00A0%');
    expect(out).toContain(
      '| Participant | Courriel | Service | Statut | Obligatoires | Réalisé | Échéance | Dernière activité | Données au | Min | Quiz | En brouillon | Vérification |',
    );
    expect(out).toContain('| aucun relevé | 0/5 | 0\u00A0% | **30/06/2025 +14\u00A0j** |');
    expect(out).toContain('| 20/03/2025 | 20/03/2025 19:02 |');
  });
});

describe('Markdown report: the other sections', () => {
  it('lists whom to remind with e-mail, reason, days late and titles left', () => {
    const rows = tableOf(sectionOf(md('fr'), 'À relancer'));
    expect(rows[0]).toBe('| Participant | Courriel | Motif | Jours de retard | Reste à faire |');
    expect(rows).toHaveLength(2 + 3);
    expect(cells(rows[3]!)).toEqual([
      `Eve &lt;img src=x onerror="document.body.setAttribute('data-pwned','1')"&gt;`,
      'eve@example.com',
      'en retard',
      '14',
      expect.stringContaining('Un profil LinkedIn qui inspire confiance, =cmd\\|'),
    ]);
    const data = fixture();
    for (const l of data.learners) l.remind = null;
    expect(sectionOf(md('en', 'learner', data), 'Who to remind')).toBe('Nobody to remind.');
  });

  it('has a department table and a weekly table with the due week marked', () => {
    const depts = tableOf(sectionOf(md(), 'By department'));
    expect(depts[0]).toBe(
      '| Department | Learners | Completed | In progress | Not started | No record | Overdue | Rate |',
    );
    expect(depts).toContain('| \\+1 | 1 | 0 | 0 | 1 | 0 | **1** | 0% |');
    expect(depts).toHaveLength(2 + 6);
    const weeks = tableOf(sectionOf(md('fr'), 'Réalisation dans le temps'));
    expect(weeks[0]).toBe('| Semaine du | Terminés | Terminés au total | Part |');
    expect(weeks).toHaveLength(2 + 21);
    expect(weeks).toContain('| 17/03/2025 | 1 | 1 | 16,7\u00A0% |');
    expect(weeks).toContain('| **30/06/2025 (échéance)** | 0 | 2 | 33,3\u00A0% |');
  });

  it('gives each rejected file its reason and, where it helps, what to do', () => {
    const out = md('fr');
    expect(out).toContain(
      '- records/broken.json — pas un fichier JSON\u00A0: Unexpected token } in JSON at position 12. Demandez au participant un nouvel export (`coach export`).',
    );
    expect(out).toContain(
      '- records/exec-001 (copie).json — relevé en double\u00A0: the same record as records/exec-001.json\n',
    );
    expect(out).toContain('- records/weird.json — mystery: something else');
  });

  it('shows lessons by title and the learner × lesson matrix with --by lesson', () => {
    const out = md('en', 'lesson');
    const rows = tableOf(sectionOf(out, 'Lessons'));
    expect(rows[0]).toBe('| Lesson | Track | Completed | In progress | Not started |');
    expect(rows).toContain(
      "| \\=cmd\\|' /C calc'!A0 &lt;b onmouseover=\"document.body.setAttribute('data-pwned','3')\"&gt;x&lt;/b&gt; |  | 2 | 1 | 3 |",
    );
    expect(rows).toContain('| Réagir à une crise en ligne | Gouvernance &amp; éthique | 2 | 0 | 4 |');
    const matrix = sectionOf(out, 'Learner × lesson');
    expect(tableOf(matrix)[0]).toBe('| Learner | 1 | 2 | 3 | 4 | 5 | 6 |');
    expect(tableOf(matrix)).toContain('| Zoé Mäkelä javascript:alert(1) | ✓ | ◐ | ✓ | ✓ | · | ◐ |');
    expect(matrix).toContain('1. Un profil LinkedIn qui inspire confiance\n');
    expect(matrix).toContain('6. Bonus\u00A0: la vidéo courte (optional)');
    expect(out).not.toContain('Hélène Dupré-Noël | helene');
    expect(md()).not.toContain('## Learner × lesson');
  });
});
