/**
 * The HTML report in a real browser (Debian's headless Chromium): hostile roster names show as
 * text, the summary is there, and nothing from the data runs. Not skipped without Chromium: CI
 * must install the Debian package "chromium".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/report/index.js';
import { fixture } from '../render/report/fixture.js';

let dir: string;
let chromium: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'coach-report-html-'));
  const which = spawnSync('which', ['chromium'], { encoding: 'utf8' });
  chromium = which.status === 0 ? which.stdout.trim() : '';
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs headless Chromium on a file with a fresh profile and nothing that phones home. */
function browse(file: string, extra: string[]): { stdout: string; stderr: string } {
  if (!chromium) throw new Error('Chromium is not installed: this test needs the Debian package "chromium" (apt-get install -y chromium).');
  const profile = mkdtempSync(path.join(dir, 'profile-'));
  const r = spawnSync(
    chromium,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...extra, pathToFileURL(file).href],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.error || r.status !== 0) throw new Error(`chromium failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('HTML report in headless Chromium', () => {
  it('would notice injected markup that ran: the trap itself works in this browser', () => {
    // Same payloads, unescaped and without CSP: if this did not leave traces, the checks below would prove nothing.
    const trap = write('trap.html', `<!DOCTYPE html><html><body><img src=x onerror="document.body.setAttribute('data-pwned','1')"><p>x</p></body></html>`);
    expect(browse(trap, ['--dump-dom']).stdout).toMatch(/<body data-pwned="1">/);
  }, 90_000);

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
    for (const [value, label] of [['6', 'Participants'], ['2', 'Terminé'], ['2', 'En cours'], ['1', 'Pas commencé'], ['1', 'Aucun relevé'], ['3', 'En retard'], ['33,3&nbsp;%', 'Taux de réalisation']]) {
      expect(dom).toContain(`<span class="card-value">${value}</span><span class="card-label">${label}</span>`);
    }
    expect(dom).toContain('lang="fr"');
    // Nothing ran, and no element came out of the data.
    expect(dom).not.toMatch(/data-pwned="/);
    expect(dom).not.toMatch(/<script\b/i);
    expect(dom).not.toMatch(/<img\b/i);
    // Element tags only (text serialises < as &lt;): none carries an event handler.
    const handlers = [...dom.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]).filter((tag) => /\son[a-z]+=/i.test(tag));
    expect(handlers).toEqual([]);
  }, 90_000);

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
