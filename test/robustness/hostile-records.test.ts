/**
 * `coach report` (the built binary) over a folder of hostile completion records made at test time
 * (see hostile-corpus.ts): every file is untrusted. The report must finish, report each genuine
 * record, reject or neutralise each hostile file with a reason, and never let a file's content
 * drive a terminal, a browser, a Markdown renderer or a spreadsheet.
 *
 * Build first: `node src/build/bundle.mjs`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coach, type CliResult } from '../helpers/cli.js';
import { programSchema, type CompletionRecord } from '../../src/core/sponsor/formats.js';
import { KeyRing, verifyText } from '../../src/core/sponsor/verify.js';
import { buildReport } from '../../src/core/sponsor/report.js';
import { FILTER_SCRIPT } from '../../src/render/report/html-filter.js';
import {
  corpusTexts,
  lesson,
  MASTER,
  PROGRAM,
  PROGRAM_ID,
  rec,
  signed,
  writeCorpus,
  type Corpus,
  type Expectation,
} from './hostile-corpus.js';

interface JsonReport {
  summary: { learners: number; completed: number; inProgress: number; notStarted: number; noRecord: number };
  learners: { id: string; status: string; verification: string | null; source: string | null; minutes: number }[];
  rejected: { path: string; reason: string }[];
}

let root: string;
let home: string;
let corpus: Corpus;
const runs: Partial<Record<'json' | 'csv' | 'html' | 'md' | 'table', CliResult>> = {};
let json: JsonReport;

/** The in-process report clock: after every record of the corpus. */
const NOW = Date.UTC(2027, 0, 15);
const FORMATS = ['json', 'csv', 'html', 'md', 'table'] as const;

function report(format: string, extra: string[] = []): CliResult {
  return coach(
    [
      'report',
      '.',
      ...corpus.extraArgs,
      '--program',
      corpus.program,
      '--key',
      corpus.key,
      '--learners',
      corpus.roster,
      '--format',
      format,
      ...extra,
    ],
    { home, cwd: corpus.records },
  );
}

/** RFC 4180 reader for the CSV the report writes (BOM, CRLF, quoted cells that may hold line breaks). */
function parseCsv(text: string, delimiter = ','): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && !started) {
      quoted = true;
      started = true;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      started = false;
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
      i++;
    } else {
      field += c;
      started = true;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** C0 (except the line breaks a format may use) and C1 control characters, DEL included. */
const CONTROL_STRICT = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const CONTROL_CSV = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const show = (s: string) => JSON.stringify(s.slice(0, 160));
function controlAt(text: string, re: RegExp): string | undefined {
  const m = re.exec(text);
  return m
    ? `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${show(text.slice(Math.max(0, m.index - 60), m.index + 40))}`
    : undefined;
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'coach-hostile-records-'));
  home = mkdtempSync(path.join(tmpdir(), 'coach-hostile-home-'));
  corpus = writeCorpus(root);
  for (const format of FORMATS) runs[format] = report(format);
  json = JSON.parse(runs.json!.stdout) as JsonReport;
}, 120_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe('coach report over a folder of hostile records', { timeout: 60_000 }, () => {
  it('the corpus is what the brief asks for: at least 30 hostile files, several valid learners, a valid programme', () => {
    expect(programSchema.safeParse(PROGRAM).success).toBe(true);
    expect(corpus.expectations.filter((e) => e.hostile).length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.validRows.map((r) => r.learner)).size).toBeGreaterThanOrEqual(5);
  });

  it('(a) finishes with exit 0 in every format and produces the report (a FIFO in the folder does not hang it)', () => {
    for (const format of FORMATS) {
      const r = runs[format]!;
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stdout.length, format).toBeGreaterThan(200);
    }
    expect(json.summary.learners).toBeGreaterThan(0);
    expect(runs.html!.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(runs.md!.stdout).toMatch(/^# /);
    expect(parseCsv(runs.csv!.stdout)[0]!.length).toBe(22);
    expect(runs.json!.stderr).toMatch(/files were rejected/);
  });

  it("(b) reports every genuine record as the learner's row, with the right status and verification", () => {
    const rows = new Map(json.learners.map((l) => [l.id, l]));
    for (const v of corpus.validRows) {
      expect(rows.get(v.learner), `${v.learner} (${v.file})`).toMatchObject({
        status: v.status,
        verification: v.verification,
        source: v.file,
      });
    }
    // Newest of two valid records wins; the numbers written -0 and 1e0 are read as 0 and 1.
    expect(rows.get('cmo-004')).toMatchObject({ source: 'cmo-004-new.json', status: 'completed' });
    expect(rows.get('numbers-006')?.minutes).toBe(0);
    // The roster's learner without a record, and a learner known only from a forged file.
    expect(rows.get('nobody-100')).toMatchObject({ status: 'no-record', verification: null });
    expect(rows.get('ghost-099')).toMatchObject({ status: 'no-record', verification: 'invalid-signature' });
    const s = json.summary;
    expect(s.completed + s.inProgress + s.notStarted + s.noRecord).toBe(s.learners);
    // Every row in the CSV and HTML too; Markdown shows the roster's name instead of the id when there is one.
    const named = new Set(['ceo-001', 'cfo-002', 'coo-003', 'constructor']);
    for (const v of corpus.validRows) {
      expect(runs.csv!.stdout.includes(v.learner), `csv: ${v.learner}`).toBe(true);
      expect(runs.html!.stdout.includes(v.learner), `html: ${v.learner}`).toBe(true);
      if (!named.has(v.learner)) expect(runs.md!.stdout.includes(v.learner), `md: ${v.learner}`).toBe(true);
    }
  });
});

describe('coach report over a folder of hostile records: each hostile file is rejected or neutralised', {
  timeout: 60_000,
}, () => {
  it('(c) rejects each hostile file with its reason, or neutralises it; none is let through', () => {
    const rejected = new Map<string, string>();
    for (const r of json.rejected) rejected.set(r.path, /^([a-z-]+)/.exec(r.reason)?.[1] ?? r.reason);
    const sources = new Map(json.learners.filter((l) => l.source !== null).map((l) => [l.source!, l]));
    const outcome = (e: Expectation): 'rejected' | 'neutralised' | 'valid' | string => {
      const code = rejected.get(e.file);
      switch (e.kind) {
        case 'rejected':
          if (code !== undefined && (e.codes as string[]).includes(code)) return 'rejected';
          return `expected ${e.codes.join(' or ')}, got ${code ?? (sources.has(e.file) ? `a "${sources.get(e.file)!.verification}" row for ${sources.get(e.file)!.id}` : 'nothing (silently read)')}`;
        case 'superseded':
        case 'ignored':
          return code === undefined && !sources.has(e.file)
            ? 'neutralised'
            : `expected to be read and set aside, got ${code ?? 'the row of its learner'}`;
        case 'valid': {
          const row = sources.get(e.file);
          if (code !== undefined || row?.id !== e.learner || row.verification !== e.verification)
            return `expected a ${e.verification} row for ${e.learner}, got ${code ?? JSON.stringify(row)}`;
          return e.hostile ? 'neutralised' : 'valid';
        }
      }
    };
    const hostile = corpus.expectations.filter((e) => e.hostile);
    const results = hostile.map((e) => ({ e, got: outcome(e) }));
    const rejectedCount = results.filter((r) => r.got === 'rejected').length;
    const neutralised = results.filter((r) => r.got === 'neutralised').length;
    const through = results.filter((r) => r.got !== 'rejected' && r.got !== 'neutralised');
    console.log(
      `${hostile.length} hostile files: ${rejectedCount} rejected, ${neutralised} neutralised, ${through.length} let through`,
    );
    for (const t of through) console.log(`  let through: ${JSON.stringify(t.e.file)} (${t.e.why}): ${t.got}`);
    // Genuine records are never rejected either.
    const genuine = corpus.expectations.filter((e) => !e.hostile).map((e) => ({ e, got: outcome(e) }));
    expect(
      genuine.filter((g) => g.got !== 'valid' && g.got !== 'neutralised').map((g) => `${g.e.file}: ${g.got}`),
    ).toEqual([]);
    // Nothing in the rejected list that the corpus did not put there.
    const known = new Set(corpus.expectations.map((e) => e.file));
    expect(json.rejected.filter((r) => !known.has(r.path)).map((r) => r.path)).toEqual([]);
    expect(through.map((t) => `${t.e.file} (${t.e.why}): ${t.got}`)).toEqual([]);
  });
});

describe('coach report over a folder of hostile records: inert output, --strict', { timeout: 60_000 }, () => {
  it('(d) no output carries a control character from a file, an HTML tag, a Markdown link or a formula cell', () => {
    for (const format of FORMATS) {
      const r = runs[format]!;
      expect(controlAt(r.stdout, format === 'csv' ? CONTROL_CSV : CONTROL_STRICT), `${format} stdout`).toBeUndefined();
      expect(controlAt(r.stderr, CONTROL_STRICT), `${format} stderr`).toBeUndefined();
      expect(r.stdout, format).not.toContain('\u001b');
    }
    for (const format of ['html', 'md'] as const) {
      // The page's one script is its own filter, byte for byte (the CSP hash allows exactly it);
      // any other <script> would have come from data.
      const ours = `<script>${FILTER_SCRIPT}</script>`;
      const out = runs[format]!.stdout.replace(ours, '');
      if (format === 'html') expect(runs.html!.stdout.split(ours).length - 1).toBeLessThanOrEqual(1);
      // The page has its own <svg> charts; a tag coming from data would carry its attribute payload.
      const tag = /<script|<(img|svg)[^>]*\son\w+=/i.exec(out);
      expect(tag && show(out.slice(Math.max(0, tag.index - 80), tag.index + 80)), format).toBeNull();
    }
    expect(runs.md!.stdout).not.toMatch(/(?<!\\)\]\(javascript:/);
    const cells = parseCsv(runs.csv!.stdout).flat();
    const formula = cells.filter((c) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(c));
    expect(formula).toEqual([]);
    // The hostile names are still there, as inert text.
    expect(cells).toContain('\'=HYPERLINK("http:evil","x").json');
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","x")');
    expect(runs.html!.stdout).toContain('&lt;script&gt;alert(&#39;roster&#39;)&lt;/script&gt;');
  });

  it('(e) with --strict the report is still printed but the exit code is 1', () => {
    const r = report('json', ['--strict']);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).rejected.length).toBe(json.rejected.length);
    expect(r.stderr).toContain('--strict');
    expect(controlAt(r.stderr, CONTROL_STRICT)).toBeUndefined();
  });
});

describe('coach report over a folder of hostile records: signature spellings, calendar dates', {
  timeout: 60_000,
}, () => {
  it('a copy whose signature is spelt differently but decodes to the same bytes is a duplicate', () => {
    // The last base64url character of a 32-byte HMAC has 2 unused bits: 4 spellings verify.
    const reason = json.rejected.find((r) => r.path === 'zz-copy-ceo-001-malleated.json')?.reason;
    const row = json.learners.find((l) => l.source === 'zz-copy-ceo-001-malleated.json');
    expect(
      { reason: reason ?? null, usedAsRow: row !== undefined },
      'the malleated copy is read as a distinct valid record and neither flagged nor rejected',
    ).toEqual({
      reason: expect.stringMatching(
        /^(schema: signature\.value: is not in canonical base64url|duplicate|invalid-signature)/,
      ),
      usedAsRow: false,
    });
  });

  it('impossible calendar dates (February 30, 24:00) are refused like any other non-ISO date', () => {
    const keys = new KeyRing(MASTER);
    for (const generatedAt of ['2027-02-30T10:00:00.000Z', '2027-01-10T24:00:00.000Z', '2027-04-31T10:00:00.000Z']) {
      const v = verifyText(JSON.stringify(signed(rec('ceo-001', [], generatedAt))), PROGRAM_ID, keys, NOW);
      expect({ generatedAt, ok: v.ok, code: v.ok ? null : v.code }).toEqual({ generatedAt, ok: false, code: 'schema' });
    }
    for (const f of ['date-generatedAt-february-30.json', 'date-generatedAt-hour-24.json']) {
      expect(json.rejected.find((r) => r.path === f)?.reason, f).toMatch(/^schema/);
    }
  });
});

describe('in process: verifyText and buildReport over the same corpus', () => {
  it('verifyText never throws, whatever the bytes and however they are decoded', () => {
    const keys = new KeyRing(MASTER);
    const texts = corpusTexts(corpus);
    expect(texts.length).toBeGreaterThan(30);
    const verdicts: { path: string; verdict: ReturnType<typeof verifyText> }[] = [];
    for (const { file, text } of texts) {
      for (const variant of [
        text,
        Buffer.from(text, 'utf8').toString('latin1'),
        text.slice(0, Math.floor(text.length / 2)),
        `\uFEFF${text}`,
      ]) {
        let verdict: ReturnType<typeof verifyText> | undefined;
        expect(() => (verdict = verifyText(variant, PROGRAM_ID, keys, NOW)), file).not.toThrow();
        // A verdict either way, never a half answer: valid with its record, or refused with a reason.
        expect(verdict!.ok ? typeof verdict!.record.learner.id : typeof verdict!.code, file).toBe('string');
      }
      verdicts.push({ path: file, verdict: verifyText(text, PROGRAM_ID, keys, NOW) });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const data = buildReport({ program: PROGRAM, trackOf: new Map(), verdicts, now: Date.UTC(2027, 0, 15) });
    const s = data.summary;
    expect(s.completed + s.inProgress + s.notStarted + s.noRecord).toBe(s.learners);
  });

  it('a record with an Object.prototype name as learner or lesson id is an ordinary record', () => {
    const keys = new KeyRing(MASTER);
    for (const id of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const r: CompletionRecord = rec(id, [lesson(id.toLowerCase(), 'completed')]);
      const v = verifyText(JSON.stringify(signed(r)), PROGRAM_ID, keys, NOW);
      expect(v.ok && v.verification, id).toBe('valid');
    }
  });
});
