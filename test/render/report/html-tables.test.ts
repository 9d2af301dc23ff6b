/** HTML: the tables (learners, departments, who to remind, matrix, rejected), in English and French. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture } from './fixture.js';

const html = (lang: 'en' | 'fr' = 'en', by: 'learner' | 'lesson' = 'learner', data = fixture()) =>
  renderReport(data, { format: 'html', by, lang });
const section = (page: string, id: string) =>
  [...page.matchAll(/<section aria-labelledby="h-([a-z]+)">[\s\S]*?<\/section>/g)].find((m) => m[1] === id)?.[0] ?? '';
const rows = (s: string) => s.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr[ >]/g)?.length ?? 0;

describe('HTML report: learners and lessons', () => {
  it('shows the learners with e-mail, local dates, days late and data as of', () => {
    const table = section(html('fr'), 'table');
    expect(table).toContain(
      '<th scope="col">Participant</th><th scope="col">Courriel</th><th scope="col">Service</th><th scope="col">Statut</th>',
    );
    expect(table).toContain('<th scope="col">Données au</th>');
    expect(rows(table)).toBe(6);
    expect(table).toContain('<td class="email">helene.<wbr>dupre@<wbr>example.<wbr>fr</td>');
    expect(table).toContain('<td class="date">30/06/2025<span class="late id">+14\u00A0j</span></td>');
    expect(table).toContain('<td class="date">30/09/2025</td>');
    // 18:02 UTC is 19:02 in Paris (summer time).
    expect(table).toContain('<td class="date">20/03/2025<span class="id">19:02</span></td>');
    expect(table).toContain('<span class="pill status-no-record">aucun relevé</span>');
    expect(table).toContain('+N\u00A0j\u00A0: jours de retard sur l’échéance.');
    expect(section(html('en'), 'table')).toContain(
      '<td class="date">2025-06-30<span class="late id">+14 d</span></td>',
    );
  });

  it('shows the lessons by title with --by lesson', () => {
    const lessons = section(html('en', 'lesson'), 'table');
    expect(lessons).toContain('<th scope="col">Lesson</th><th scope="col">Track</th><th scope="col">Required</th>');
    expect(lessons).toContain(
      '<td class="name">Un profil LinkedIn qui inspire confiance<span class="id">linkedin-profile</span></td><td>LinkedIn</td><td>yes</td>',
    );
    expect(lessons).toContain('<td>Gouvernance &amp; éthique</td>');
    expect(lessons).not.toContain('Hélène');
  });
});

describe('HTML report: departments and who to remind', () => {
  it('has one row per department, late counts in red only above zero', () => {
    const table = section(html('fr'), 'departments');
    expect(table).toContain('<h2 id="h-departments">Par service</h2>');
    expect(rows(table)).toBe(6);
    expect(table).toContain(
      '<tr><td class="name">Direction générale</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">100\u00A0%</td></tr>',
    );
    expect(table).toContain(
      '<td class="name">+1</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num"><span class="late">1</span></td>',
    );
  });

  it('lists whom to remind: name, e-mail, reason, days late and the titles left', () => {
    const remind = section(html('en'), 'remind');
    expect(remind).toContain('<h2 id="h-remind">Who to remind</h2>');
    expect(rows(remind)).toBe(3);
    expect(remind).toContain(
      '<td class="email">eve@<wbr>example.<wbr>com</td><td>late</td><td class="num"><span class="late">14</span></td>',
    );
    expect(remind).toContain(', La charte de prise de parole, Réagir à une crise en ligne</td></tr>');
    expect(remind).not.toContain('Hélène');
    expect(remind).not.toContain('Zoé');
    const data = fixture();
    for (const l of data.learners) l.remind = null;
    expect(section(html('fr', 'learner', data), 'remind')).toContain('<p class="muted">Personne à relancer.</p>');
  });
});

describe('HTML report: learner × lesson and rejected files', () => {
  it('shows the matrix as its own section, a mark and its word in each cell, titles in the key', () => {
    const matrix = section(html('fr'), 'matrix');
    expect(rows(matrix)).toBe(6);
    expect(matrix.match(/<td class="m m-/g)).toHaveLength(36);
    expect(matrix).toContain('<th scope="col" class="m" title="Un profil LinkedIn qui inspire confiance">1</th>');
    expect(matrix).toContain(
      '<td class="m m-in-progress"><span aria-hidden="true">◐</span><span class="sr-only">en cours</span></td>',
    );
    expect(matrix).toContain('<li>Bonus\u00A0: la vidéo courte <span class="muted">(facultative)</span></li>');
    expect(section(html('en', 'lesson'), 'matrix')).toContain('<span class="sr-only">completed</span>');
  });

  it('gives each rejected file its reason and what to do; nothing to do for a duplicate', () => {
    const rejected = section(html('fr'), 'rejected');
    expect(rejected).toContain(
      '<td>pas un fichier JSON\u00A0: Unexpected token } in JSON at position 12</td><td>Demandez au participant un nouvel export (<code>coach export</code>).</td>',
    );
    expect(rejected).toContain('<td>relevé en double\u00A0: the same record as records/exec-001.json</td><td></td>');
    expect(rejected).toContain('<td>mystery: something else</td><td></td>');
  });
});
