/** HTML: the board's sections, each from the data only, in English and French. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture } from './fixture.js';

const html = (lang: 'en' | 'fr' = 'en', by: 'learner' | 'lesson' = 'learner', data = fixture()) =>
  renderReport(data, { format: 'html', by, lang });
const section = (page: string, id: string) =>
  [...page.matchAll(/<section aria-labelledby="h-([a-z]+)">[\s\S]*?<\/section>/g)].find((m) => m[1] === id)?.[0] ?? '';
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('HTML report: header and summary', () => {
  it('gives the sponsor, dates in words in the report’s zone, and the zone', () => {
    const en = html('en');
    expect(en).toContain('<p class="sponsor">Sponsor: Direction des ressources humaines &lt;drh@example.fr&gt;</p>');
    expect(en).toContain('<span>Due date: 30 June 2025</span>');
    expect(en).toContain('Generated 14 July 2025 at 10:30');
    expect(en).toContain('Dates and times are in the Europe/Paris time zone.');
    const fr = html('fr');
    expect(fr).toContain('<p class="sponsor">Commanditaire\u00A0: Direction des ressources humaines');
    expect(fr).toContain('Échéance\u00A0: 30 juin 2025');
    expect(fr).toContain('Généré le 14 juillet 2025 à 10:30');
    expect(fr).not.toContain('UTC');
    const none = fixture();
    none.program.sponsor = {};
    expect(html('en', 'learner', none)).not.toContain('class="sponsor"');
  });

  it('shows the summary as cards, the late one red only when someone is late', () => {
    const page = html();
    expect(page).toContain(
      '<li class="card card-learners"><span class="card-value">6</span><span class="card-label">Learners</span></li>',
    );
    expect(page).toContain(
      '<li class="card card-overdue card-late"><span class="card-value">3</span><span class="card-label">Overdue</span></li>',
    );
    expect(page).toContain('<span class="card-value">33.3%</span><span class="card-label">Completion rate</span>');
    const data = fixture();
    data.summary.overdue = 0;
    expect(html('en', 'learner', data)).toContain('<li class="card card-overdue"><span class="card-value">0</span>');
    expect(page).toMatch(/\.card-late \.card-value \{ color: var\(--late\); \}/);
    expect(page).not.toMatch(/\.card-overdue \.card-value \{ color/);
    expect(page).toContain(
      '<desc id="status-chart-desc">Learners by status: Completed 2, In progress 2, Not started 1, No record 1.</desc>',
    );
    expect(page).toContain('<rect x="0.0" y="0" width="346.7" height="44" fill="#2f7d4a">');
  });

  it('shows tracks and unfinished lessons by title', () => {
    const page = html('fr');
    expect(section(page, 'tracks')).toContain('<title>Gouvernance &amp; éthique: 42\u00A0%</title>');
    expect(section(page, 'tracks')).not.toContain('>governance<');
    expect(section(page, 'unfinished')).toContain(
      '<li>La charte de prise de parole <span class="muted">(1\u00A0participant)</span></li>',
    );
  });
});

describe('HTML report: completion over time', () => {
  it('draws weekly bars, a cumulative line and the due date, with a title and a description', () => {
    const chart = section(html(), 'weeks');
    expect(chart).toMatch(
      /<svg class="weeks-chart" viewBox="0 0 1040 250" width="100%" role="img" aria-labelledby="weeks-chart-title weeks-chart-desc">/,
    );
    expect(chart).toContain('<title id="weeks-chart-title">Completion over time</title>');
    expect(chart).toContain(
      'over 21 weeks from 24 February 2025 to 14 July 2025: 33.3% completed; the due date, 30 June 2025, is marked.</desc>',
    );
    expect(count(chart, /<rect [^>]*fill="#7fa6d6"/g)).toBe(21);
    // Two weeks with one completion each: full-height bars (the scale's top is 1); the others empty.
    expect(count(chart, /<rect [^>]*height="182\.0" fill="#7fa6d6"/g)).toBe(2);
    const points = /<polyline points="([^"]+)"/.exec(chart)![1]!.split(' ');
    expect(points).toHaveLength(21);
    expect(points.at(-1)).toMatch(/,149\.4$/); // 33.3% up the 182-pixel scale from 210
    // The marker sits in the week of 30 June, the 19th.
    const x = Number(/<line class="due-marker" x1="([\d.]+)"/.exec(chart)![1]);
    const slot = (984 - 44) / 21;
    expect(x).toBeGreaterThan(44 + slot * 18);
    expect(x).toBeLessThan(44 + slot * 19);
    expect(chart).toContain('>due 30 June 2025</text>');
  });

  it('speaks French and says so when there is no week yet', () => {
    expect(section(html('fr'), 'weeks')).toContain('<title id="weeks-chart-title">Réalisation dans le temps</title>');
    expect(section(html('fr'), 'weeks')).toContain('>24 févr.</text>');
    const data = fixture();
    data.weeks = [];
    expect(section(html('fr', 'learner', data), 'weeks')).toContain('Aucun participant n’a encore terminé.');
  });
});
