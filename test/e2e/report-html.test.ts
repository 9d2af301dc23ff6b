/**
 * The HTML report in a real browser (Debian's headless Chromium): hostile roster names show as
 * text, the board's sections are there, the filter's script runs (its CSP hash matches) and
 * nothing else does, no request leaves the page, and the print layout is A4 landscape with every
 * column on the page. Not skipped without Chromium or poppler: CI must install the Debian
 * packages "chromium" and "poppler-utils" (test/setup/prepare.mjs does).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/report/index.js';
import { openPage, type Page } from '../helpers/cdp.js';
import { fixture, HOSTILE_DEPT, manyLearners, XSS_ATTR } from '../render/report/fixture.js';

let dir: string;
let chromium: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'coach-report-html-'));
  const which = spawnSync('which', ['chromium'], { encoding: 'utf8' });
  chromium = which.status === 0 ? which.stdout.trim() : '';
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Flags for a fresh profile and nothing that phones home. */
function flags(): string[] {
  if (!chromium)
    throw new Error(
      'Chromium is not installed: this test needs the Debian package "chromium" (apt-get install -y chromium).',
    );
  const profile = mkdtempSync(path.join(dir, 'profile-'));
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];
}

/** Runs headless Chromium once on a file (dump the DOM, take a screenshot, print). */
function browse(file: string, extra: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(chromium, [...flags(), ...extra, pathToFileURL(file).href], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error || r.status !== 0)
    throw new Error(`chromium failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Opens a file over the DevTools protocol, runs `check`, closes the browser whatever happens. */
async function withPage<T>(file: string, check: (page: Page) => Promise<T>): Promise<T> {
  const page = await openPage(chromium || 'chromium', flags(), pathToFileURL(file).href);
  try {
    return await check(page);
  } finally {
    await page.close();
  }
}

describe('HTML report in headless Chromium: the traps work', () => {
  it('would notice injected markup that ran', () => {
    // Same payloads, unescaped and without CSP: if this did not leave traces, the checks below would prove nothing.
    const trap = write(
      'trap.html',
      `<!DOCTYPE html><html><body><img src=x onerror="document.body.setAttribute('data-pwned','1')"><p>x</p></body></html>`,
    );
    expect(browse(trap, ['--dump-dom']).stdout).toMatch(/<body data-pwned="1">/);
  }, 90_000);

  it('would notice a request leaving the page, and a CSP refusal', async () => {
    const trap = write(
      'trap-net.html',
      `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head><body><img src="http://127.0.0.1:9/pixel.png"><p onclick="x()">x</p><script>document.body.dataset.ran = '1'</script></body></html>`,
    );
    await withPage(trap, async (page) => {
      expect(page.requests).toContain('http://127.0.0.1:9/pixel.png');
      // The <script> is refused; Chromium 156.0.8078.114 also reports the inline onclick attribute
      // when the page is parsed (earlier builds reported it only when clicked).
      const violations = await page.evaluate<string[]>('window.__violations');
      expect(violations).toContain('script-src-elem inline');
      expect(violations.filter((v) => !/^script-src(-attr|-elem)? inline$/.test(v))).toEqual([]);
      expect(await page.evaluate<string | null>('document.body.dataset.ran ?? null')).toBe(null);
    });
  }, 90_000);
});

describe('HTML report in headless Chromium: content, inert names, nothing fetched', () => {
  it('shows the names as text and the summary numbers, and runs nothing from the data', () => {
    const file = write('report.html', renderReport(fixture(), { format: 'html', by: 'learner', lang: 'fr' }));
    const dom = browse(file, ['--dump-dom']).stdout;
    // Text nodes serialise <, > and the no-break space as entities: the payloads are there, as text.
    expect(dom).toContain('Hélène Dupré-Noël');
    expect(dom).toContain('Maximilien-Alexandre de La Tour d’Auvergne-Lauraguais');
    expect(dom).toContain(`Mallory &lt;script&gt;document.body.setAttribute('data-pwned','2')&lt;/script&gt;`);
    expect(dom).toContain(`Eve &lt;img src=x onerror="document.body.setAttribute('data-pwned','1')"&gt;`);
    expect(dom).toContain('"&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(dom).toContain('Zoé Mäkelä javascript:alert(1)');
    for (const [value, label] of [
      ['6', 'Participants'],
      ['2', 'Terminé'],
      ['2', 'En cours'],
      ['1', 'Pas commencé'],
      ['1', 'Aucun relevé'],
      ['3', 'En retard'],
      ['33,3&nbsp;%', 'Taux de réalisation'],
    ]) {
      expect(dom).toContain(`<span class="card-value">${value}</span><span class="card-label">${label}</span>`);
    }
    expect(dom).toContain('lang="fr"');
    expect(dom).not.toMatch(/data-pwned="/);
    expect(dom).not.toMatch(/<script\b/i);
    expect(dom).not.toMatch(/<img\b/i);
    // Element tags only (text serialises < as &lt;), attribute values taken out (a title may quote a name): no event handler.
    const handlers = [...dom.matchAll(/<[a-zA-Z][^>]*>/g)]
      .map((m) => m[0].replace(/"[^"]*"/g, '""'))
      .filter((tag) => /\son[a-z]+=/i.test(tag));
    expect(handlers).toEqual([]);
  }, 90_000);

  it('has the titles, departments, chart and who to remind, and asks for nothing but the file', async () => {
    const file = write('report-board.html', renderReport(fixture(), { format: 'html', by: 'learner', lang: 'en' }));
    await withPage(file, async (page) => {
      const seen = await page.evaluate<Record<string, unknown>>(`(() => {
        const text = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.trim());
        return {
          chart: text('svg.weeks-chart > title, svg.weeks-chart > desc'),
          bars: document.querySelectorAll('svg.weeks-chart rect').length,
          line: document.querySelector('svg.weeks-chart polyline').getAttribute('points').split(' ').length,
          due: !!document.querySelector('svg.weeks-chart line.due-marker'),
          departments: text('#departments-table tbody td.name'),
          remind: text('#remind-table tbody td.name'),
          left: text('#remind-table tbody tr:first-child td:last-child'),
          tracks: text('svg.track-bars text'),
          key: text('ol.key li'),
          pwned: document.querySelectorAll('[data-pwned]').length,
          imgs: document.images.length,
          scripts: document.scripts.length,
          violations: window.__violations,
        };
      })()`);
      expect(seen.chart).toEqual([
        'Completion over time',
        expect.stringContaining('over 21 weeks from 24 February 2025 to 14 July 2025'),
      ]);
      expect(seen).toMatchObject({ bars: 21, line: 21, due: true, pwned: 0, imgs: 0, scripts: 0, violations: [] });
      expect(seen.departments).toEqual([
        'Direction générale',
        XSS_ATTR,
        '+1',
        'Tabbed',
        HOSTILE_DEPT,
        'Communication institutionnelle et relations presse',
      ]);
      expect(seen.remind).toEqual([
        expect.stringMatching(/^Mallory <script>/),
        expect.stringMatching(/^Eve <img/),
        '@SUM(A1:A9)',
      ]);
      expect(seen.left).toEqual([
        expect.stringMatching(
          /^=cmd\|' \/C calc'!A0 <b onmouseover=.*<\/b>, La charte de prise de parole, Réagir à une crise en ligne$/,
        ),
      ]);
      expect(seen.tracks).toContain('Gouvernance & éthique');
      expect((seen.key as string[])[0]).toBe('Un profil LinkedIn qui inspire confiance');
      expect(page.requests).toEqual([pathToFileURL(file).href]);
      expect(page.errors).toEqual([]);
    });
  }, 90_000);
});

describe('HTML report in headless Chromium: the filter of a long table', () => {
  it('runs (its hash matches the CSP), filters by status and by a hostile department, and nothing else runs', async () => {
    const data = manyLearners(200);
    const file = write('report-long.html', renderReport(data, { format: 'html', by: 'learner', lang: 'fr' }));
    await withPage(file, async (page) => {
      const pick = (id: string, value: string) =>
        page.evaluate<string>(
          `(() => { const s = document.getElementById('${id}'); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change')); return document.getElementById('filter-count').textContent; })()`,
        );
      const visible = () =>
        page.evaluate<number>(
          `[...document.querySelectorAll('#learners-table tbody tr')].filter((r) => r.offsetParent !== null).length`,
        );
      expect(await page.evaluate<boolean>(`document.getElementById('learner-filter').hidden`)).toBe(false);
      expect(await page.evaluate<string>(`document.getElementById('filter-count').textContent`)).toBe('200 / 200');
      expect(await pick('filter-status', 'in-progress')).toBe('50 / 200');
      expect(await visible()).toBe(50);
      // The hostile department, chosen by its text as HR would see it in the list.
      const code = await page.evaluate<string>(
        `[...document.querySelectorAll('#filter-department option')].find((o) => o.textContent === ${JSON.stringify(HOSTILE_DEPT)}).value`,
      );
      await pick('filter-status', '');
      const expected = data.learners.filter((l) => l.department === HOSTILE_DEPT).length;
      expect(await pick('filter-department', code)).toBe(`${expected} / 200`);
      expect(await visible()).toBe(expected);
      const none = await page.evaluate<string>(
        `[...document.querySelectorAll('#filter-department option')].find((o) => o.textContent === '(sans service)').value`,
      );
      expect(await pick('filter-department', none)).toBe(
        `${data.learners.filter((l) => l.department === null).length} / 200`,
      );
      expect(await page.evaluate<number>(`document.querySelectorAll('[data-pwned]').length`)).toBe(0);
      expect(await page.evaluate<number>('document.images.length')).toBe(0);
      expect(await page.evaluate<string[]>('window.__violations')).toEqual([]);
      expect(page.requests).toEqual([pathToFileURL(file).href]);
      expect(page.errors).toEqual([]);
    });
  }, 90_000);

  it('stays hidden, the table whole, when the script is not the one the CSP allows', async () => {
    const page0 = renderReport(manyLearners(30), { format: 'html', by: 'learner', lang: 'en' }).replace(
      'var shown = 0;',
      'var shown = 0; ',
    );
    const file = write('report-tampered.html', page0);
    await withPage(file, async (page) => {
      expect(await page.evaluate<boolean>(`document.getElementById('learner-filter').hidden`)).toBe(true);
      expect(
        await page.evaluate<number>(
          `[...document.querySelectorAll('#learners-table tbody tr')].filter((r) => r.offsetParent !== null).length`,
        ),
      ).toBe(30);
      expect(await page.evaluate<string[]>('window.__violations')).toEqual([expect.stringMatching(/^script-src/)]);
    });
  }, 90_000);
});

/** A4 landscape less the 10 mm margins of the print stylesheet, in CSS pixels (96 per inch). */
const PRINT_WIDTH = Math.floor(((297 - 20) / 25.4) * 96);

describe('HTML report in headless Chromium: printed on A4 landscape', () => {
  it.each(['en', 'fr'] as const)(
    'fits every table into the page width with print styles (%s)',
    async (lang) => {
      const file = write(
        `report-print-${lang}.html`,
        renderReport(manyLearners(200), { format: 'html', by: 'learner', lang }),
      );
      await withPage(file, async (page) => {
        await page.send('Emulation.setEmulatedMedia', { media: 'print' });
        await page.send('Emulation.setDeviceMetricsOverride', {
          width: PRINT_WIDTH,
          height: 800,
          deviceScaleFactor: 1,
          mobile: false,
        });
        const layout = await page.evaluate<{
          page: number;
          tables: { id: string; width: number; room: number }[];
          filter: string;
        }>(`(() => ({
        page: document.documentElement.scrollWidth,
        tables: [...document.querySelectorAll('table')].map((t) => ({ id: t.id, width: Math.ceil(t.getBoundingClientRect().right), room: t.parentElement.clientWidth })),
        filter: getComputedStyle(document.getElementById('learner-filter')).display,
      }))()`);
        expect(layout.page).toBeLessThanOrEqual(PRINT_WIDTH);
        expect(layout.tables.map((t) => t.id)).toEqual(
          expect.arrayContaining([
            'learners-table',
            'matrix-table',
            'departments-table',
            'remind-table',
            'rejected-table',
          ]),
        );
        for (const t of layout.tables) expect(t.width, t.id).toBeLessThanOrEqual(PRINT_WIDTH);
        expect(layout.filter).toBe('none');
      });
    },
    90_000,
  );
});

describe('HTML report in headless Chromium: the PDF and the screen', () => {
  it('prints to A4 landscape pages (--print-to-pdf), rendered to PNG with pdftoppm', () => {
    const file = write(
      'report-pdf.html',
      renderReport(manyLearners(200), { format: 'html', by: 'learner', lang: 'fr' }),
    );
    const pdf = path.join(dir, 'report.pdf');
    browse(file, [`--print-to-pdf=${pdf}`, '--no-pdf-header-footer']);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Every page's MediaBox is A4 landscape: 842 x 595 points, give or take one.
    const boxes = [...bytes.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    if (info.error)
      throw new Error(
        'pdfinfo is missing: this test needs the Debian package "poppler-utils" (apt-get install -y poppler-utils).',
      );
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(boxes.length).toBeGreaterThanOrEqual(pages);
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 842)).toBeLessThanOrEqual(1);
      expect(Math.abs(h! - 595)).toBeLessThanOrEqual(1);
    }
    const png = spawnSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(dir, 'page')], { encoding: 'utf8' });
    expect(png.status, png.stderr).toBe(0);
    const images = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    expect(images).toHaveLength(pages);
    for (const name of images) {
      const img = readFileSync(path.join(dir, name));
      // 11.69 x 8.27 inches at 50 dpi: wider than tall.
      expect(Math.abs(img.readUInt32BE(16) - 585)).toBeLessThanOrEqual(1);
      expect(Math.abs(img.readUInt32BE(20) - 414)).toBeLessThanOrEqual(1);
    }
    if (process.env.REPORT_PNG_DIR)
      for (const name of images)
        writeFileSync(path.join(process.env.REPORT_PNG_DIR, name), readFileSync(path.join(dir, name)));
  }, 120_000);

  it('takes a full-page screenshot that is not blank', () => {
    const file = write('report-en.html', renderReport(fixture(), { format: 'html', by: 'learner', lang: 'en' }));
    const png = path.join(dir, 'report.png');
    browse(file, [`--screenshot=${png}`, '--window-size=1200,1600', '--hide-scrollbars']);
    expect(existsSync(png)).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.readUInt32BE(16)).toBe(1200);
    expect(bytes.readUInt32BE(20)).toBe(1600);
    // A blank or error page compresses to a few kilobytes; this one has text, charts and a table.
    expect(statSync(png).size).toBeGreaterThan(50_000);
  }, 90_000);
});
