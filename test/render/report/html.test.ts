/** HTML: one self-contained page, no script, nothing fetched, every string from the data escaped. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture, XSS_ATTR, XSS_IMG, XSS_SCRIPT } from './fixture.js';

const html = (lang: 'en' | 'fr' = 'en', by: 'learner' | 'lesson' = 'learner', data = fixture()) => renderReport(data, { format: 'html', by, lang });

/** The elements this page is made of; anything else in the markup came from data. */
const ALLOWED = new Set([
  '!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'main', 'section', 'p', 'span', 'h1', 'h2', 'ul', 'ol', 'li',
  'strong', 'code', 'figure', 'svg', 'desc', 'rect', 'text', 'g', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);

/** Tag names and attribute names as a browser would tokenise them (the CSS holds no '<'). */
function tags(page: string): { name: string; attrs: string[] }[] {
  return [...page.matchAll(/<\/?([!a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

describe('HTML report', () => {
  it('is one HTML5 page in the right language, with a strict CSP and a charset', () => {
    const fr = html('fr');
    expect(fr.startsWith('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(fr).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html('en')).toContain('<html lang="en">');
    expect(fr.endsWith('</html>\n')).toBe(true);
  });

  it('has no script, no external resource, no link and no event handler at all', () => {
    const page = html();
    const found = tags(page);
    expect(found.map((t) => t.name).filter((n) => !ALLOWED.has(n))).toEqual([]);
    expect(found.flatMap((t) => t.attrs).filter((a) => /^on|^(src|href|action|srcset|xlink:href|formaction|background)$/.test(a))).toEqual([]);
    expect(page).not.toMatch(/https?:\/\/(?!evil\.example)|url\(|@import|@font-face/i);
  });

  it('escapes hostile names and departments, which appear only as text', () => {
    const page = html();
    for (const hostile of [XSS_IMG, XSS_SCRIPT, XSS_ATTR]) expect(page).not.toContain(hostile);
    expect(page).toContain('Mallory &lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;2&#39;)&lt;/script&gt;');
    expect(page).toContain('Eve &lt;img src=x onerror=&quot;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&quot;&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('records/&lt;script&gt;x&lt;/script&gt;.json');
    expect(page).toContain('Ventes | *Europe* _Sud_ `x` [a](b) \\ &amp; &lt;b&gt;');
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('escapes the programme title and ids too, in text and in attributes', () => {
    const data = fixture();
    data.program.title = `</title><script>alert(1)</script>`;
    data.tracks[0]!.id = `"><svg onload=alert(1)>`;
    const page = html('en', 'learner', data);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<svg onload');
    expect(page).toContain('<title>Completion report · &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(tags(page).flatMap((t) => t.attrs).filter((a) => a.startsWith('on'))).toEqual([]);
  });

  it('shows the summary as cards and an accessible stacked chart', () => {
    const page = html();
    expect(page).toContain('<li class="card card-learners"><span class="card-value">6</span><span class="card-label">Learners</span></li>');
    expect(page).toContain('<span class="card-value">3</span><span class="card-label">Overdue</span>');
    expect(page).toContain('<span class="card-value">33.3%</span><span class="card-label">Completion rate</span>');
    expect(page).toMatch(/<svg class="status-bar"[^>]* role="img" aria-labelledby="status-chart-title status-chart-desc">/);
    expect(page).toContain('<desc id="status-chart-desc">Learners by status: Completed 2, In progress 2, Not started 1, No record 1.</desc>');
    expect(page).toMatch(/<svg class="track-bars"[^>]* role="img"/);
    expect(page).toContain('<title>linkedin: 60%</title>');
    // Segment widths follow the counts: 2 of 6 learners take a third of the bar.
    expect(page).toContain('<rect x="0.0" y="0" width="346.7" height="44" fill="#2f7d4a">');
  });

  it('shows the learners table with human labels, or the lessons with --by lesson', () => {
    const page = html('fr');
    expect(page).toContain('<th scope="col">Participant</th><th scope="col">Service</th><th scope="col">Statut</th>');
    expect((page.match(/<tr>/g) ?? []).length).toBe(1 + 6 + 1 + 4);
    expect(page).toContain('<span class="pill status-no-record">aucun relevé</span>');
    expect(page).toContain('<span class="late">en retard</span>');
    expect(page).toContain('signature invalide');
    expect(page).toContain('pas un fichier JSON\u00A0: Unexpected token } in JSON at position 12');
    const lessons = html('en', 'lesson');
    expect(lessons).toContain('<th scope="col">Lesson</th><th scope="col">Track</th>');
    expect(lessons).toContain('<td>=cmd|&#39; /C calc&#39;!A0</td>');
    expect(lessons).not.toContain('Hélène');
  });

  it('prints black on white, repeats the table header and does not split rows', () => {
    const css = /@media print \{([\s\S]*)\}\s*<\/style>/.exec(html())?.[1] ?? '';
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).toMatch(/html, body \{ background: #fff; color: #000; \}/);
    expect(css).toMatch(/tr, [^{]*\{ break-inside: avoid; page-break-inside: avoid; \}/);
    expect(css).toContain('box-shadow: none !important');
  });
});
