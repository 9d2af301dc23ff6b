/** HTML: one self-contained page, nothing fetched, every string from the data escaped, one hashed script at most. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/render/report/index.js';
import { fixture, HOSTILE_DEPT, HOSTILE_TITLE, manyLearners, XSS_ATTR, XSS_IMG, XSS_SCRIPT } from './fixture.js';

const html = (lang: 'en' | 'fr' = 'en', by: 'learner' | 'lesson' = 'learner', data = fixture()) =>
  renderReport(data, { format: 'html', by, lang });

/** The elements this page is made of; anything else in the markup came from data. */
const ALLOWED = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'div',
  'header',
  'main',
  'section',
  'p',
  'span',
  'h1',
  'h2',
  'ul',
  'ol',
  'li',
  'strong',
  'code',
  'figure',
  'svg',
  'desc',
  'rect',
  'text',
  'g',
  'line',
  'polyline',
  'circle',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'wbr',
]);
const FILTER_ELEMENTS = ['label', 'select', 'option', 'output', 'script'];

/** Tag names and attribute names as a browser would tokenise them (the CSS holds no '<'). */
function tags(page: string): { name: string; attrs: string[] }[] {
  return [...page.matchAll(/<\/?([!a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

describe('HTML report: a self-contained page', () => {
  it('is one HTML5 page in the right language, with a strict CSP and a charset', () => {
    const fr = html('fr');
    expect(fr.startsWith('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(fr).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    );
    expect(html('en')).toContain('<html lang="en">');
    expect(fr.endsWith('</html>\n')).toBe(true);
  });

  it('has no script, no external resource, no link and no event handler in a short report', () => {
    const page = html();
    const found = tags(page);
    expect(found.map((t) => t.name).filter((n) => !ALLOWED.has(n))).toEqual([]);
    expect(
      found
        .flatMap((t) => t.attrs)
        .filter((a) => /^on|^(src|href|action|srcset|xlink:href|formaction|background)$/.test(a)),
    ).toEqual([]);
    expect(page).not.toMatch(/https?:\/\/(?!evil\.example)|url\(|@import|@font-face/i);
  });

  it('escapes hostile names, e-mails, departments and titles, which appear only as text', () => {
    const page = html();
    for (const hostile of [XSS_IMG, XSS_SCRIPT, XSS_ATTR, HOSTILE_TITLE, `"><svg onload=alert(1)>`])
      expect(page).not.toContain(hostile);
    expect(page).toContain(
      'Mallory &lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;2&#39;)&lt;/script&gt;',
    );
    expect(page).toContain(
      'Eve &lt;img src=x onerror=&quot;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&quot;&gt;',
    );
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain(
      '=cmd|&#39; /C calc&#39;!A0 &lt;b onmouseover=&quot;document.body.setAttribute(&#39;data-pwned&#39;,&#39;3&#39;)&quot;&gt;x&lt;/b&gt;',
    );
    expect(page).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;@<wbr>example.<wbr>com');
    expect(page).toContain('records/&lt;script&gt;x&lt;/script&gt;.json');
    expect(page).toContain('Ventes | *Europe* _Sud_ `x` [a](b) \\ &amp; &lt;b&gt;');
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('escapes the programme title, the sponsor and ids too, in text and in attributes', () => {
    const data = fixture();
    data.program.title = `</title><script>alert(1)</script>`;
    data.program.sponsor = { name: `<script>alert(2)</script>` };
    data.tracks[0]!.title = `"><svg onload=alert(1)>`;
    const page = html('en', 'learner', data);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<svg onload');
    expect(page).toContain('<title>Completion report · &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(page).toContain('Sponsor: &lt;script&gt;alert(2)&lt;/script&gt;');
    expect(
      tags(page)
        .flatMap((t) => t.attrs)
        .filter((a) => a.startsWith('on')),
    ).toEqual([]);
  });

  it('prints on A4 landscape, black on white, repeats table headers and does not split rows', () => {
    const css = /@media print \{([\s\S]*)\}\s*<\/style>/.exec(html())?.[1] ?? '';
    expect(css).toContain('@page { size: A4 landscape; margin: 10mm; }');
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).toMatch(/html, body \{ background: #fff; color: #000; \}/);
    expect(css).toMatch(/tr, [^{]*\{ break-inside: avoid; page-break-inside: avoid; \}/);
    expect(css).toContain('.filter { display: none !important; }');
  });
});

describe('HTML report: the filter of a long table', () => {
  it('adds one script, allowed by its hash in the CSP and nothing else, only past 20 learners', () => {
    const page = html('fr', 'learner', manyLearners(21));
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
    const csp = /content="(default-src[^"]*)"/.exec(page)![1]!;
    expect(csp).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; script-src 'sha256-${hash}'`,
    );
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(scripts[0]).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function\(|fetch|XMLHttpRequest|import\(/,
    );
    const found = tags(page);
    expect(found.map((t) => t.name).filter((n) => !ALLOWED.has(n) && !FILTER_ELEMENTS.includes(n))).toEqual([]);
    expect(found.flatMap((t) => t.attrs).filter((a) => /^on/.test(a))).toEqual([]);
    expect(html('fr', 'learner', manyLearners(20))).not.toContain('<script');
    expect(html('fr', 'lesson', manyLearners(21))).not.toContain('<script');
  });

  it('offers every status and department, hostile names as escaped text, rows keyed by codes', () => {
    const page = html('fr', 'learner', manyLearners(40));
    expect(page).toContain('<div class="filter" id="learner-filter" hidden>');
    expect(page).toContain(
      '<option value="">Tous</option><option value="completed">terminé</option><option value="in-progress">en cours</option>',
    );
    expect(page).toContain('<option value="d3">Ventes | *Europe* _Sud_ `x` [a](b) \\ &amp; &lt;b&gt;</option>');
    expect(page).toContain('<option value="d4">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</option>');
    expect(page).toContain('<option value="none">(sans service)</option>');
    const rows = [...page.matchAll(/<tr data-status="([a-z-]+)" data-dept="([a-z0-9]+)">/g)];
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['d0', 'd1', 'd2', 'd3', 'd4', 'none']));
    expect(page).not.toContain(HOSTILE_DEPT);
  });
});
