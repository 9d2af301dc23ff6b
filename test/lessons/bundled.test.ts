/**
 * The bundled curriculum as content: it lints clean, every lesson can be completed through the
 * runner in both languages (and on each internal network), and it renders cleanly at 80 columns.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../helpers/context.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';
import { lint } from '../../src/commands/lint/run.js';
import { run as start } from '../../src/commands/start/run.js';
import { showMarkdown } from '../../src/commands/show/run.js';
import { createMarkdownRenderer } from '../../src/render/markdown.js';
import { visibleWidth } from '../../src/render/terminal-text.js';
import { bundledLessonsDir } from '../../src/io/paths.js';
import { NETWORKS, type Lang, type Network } from '../../src/core/lessons/types.js';

const base = testContext({ lessonDirs: [] });
afterAll(() => base.cleanup());
const catalog = await base.catalog();

/** The floor set by the curriculum issue: lessons per track. */
const MINIMUM: Record<string, number> = {
  foundations: 8,
  security: 7,
  linkedin: 7,
  'internal-network': 6,
  x: 4,
  facebook: 3,
  instagram: 3,
  youtube: 2,
};

describe('bundled lessons: tracks, order and lesson rules', () => {
  it('lint clean', async () => {
    const report = await lint(base, [bundledLessonsDir()]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.files).toBe(report.lessons * 2);
  });

  it('cover every track of the curriculum, in both languages, in the suggested order', () => {
    for (const [track, n] of Object.entries(MINIMUM)) {
      const lessons = catalog.lessons.filter((l) => l.track === track);
      expect(lessons.length, track).toBeGreaterThanOrEqual(n);
      for (const l of lessons) expect(Object.keys(l.docs).sort(), l.id).toEqual(['en', 'fr']);
    }
    expect(catalog.tracks.map((t) => t.id)).toEqual(Object.keys(MINIMUM));
    expect(catalog.tracks.find((t) => t.id === 'youtube')?.optional).toBe(true);
  });

  it('follow the lesson rules: 10 to 15 minutes, 3 to 6 steps, a quiz, one private reflection', () => {
    for (const lesson of catalog.lessons) {
      for (const doc of Object.values(lesson.docs)) {
        expect(doc.minutes, doc.file).toBeGreaterThanOrEqual(10);
        expect(doc.minutes, doc.file).toBeLessThanOrEqual(15);
        expect(doc.steps.length, doc.file).toBeGreaterThanOrEqual(3);
        expect(doc.steps.length, doc.file).toBeLessThanOrEqual(6);
        expect(
          doc.steps.some((s) => s.kind === 'quiz'),
          doc.file,
        ).toBe(true);
        expect(doc.steps.filter((s) => s.kind === 'reflect').length, doc.file).toBe(1);
      }
    }
  });

  it('hold the lessons added for December 2026 in their tracks', () => {
    const where = Object.fromEntries(catalog.lessons.map((l) => [l.id, l.track]));
    expect(where['foundations-writing-with-ai']).toBe('foundations');
    expect(where['foundations-measuring-change']).toBe('foundations');
    expect(where['security-deepfake-drill']).toBe('security');
    expect(where['security-claim-your-name']).toBe('security');
    expect(where['linkedin-employee-advocacy']).toBe('linkedin');
  });

  it('put security before any publishing step in the suggested order', () => {
    const order = catalog.lessons.map((l) => l.id);
    const publishing = catalog.lessons.filter((l) =>
      l.docs.en!.steps.some((s) => s.block?.kind === 'task' && s.block.draftOk),
    );
    const lockDown = order.indexOf('security-lock-down');
    expect(lockDown).toBeGreaterThanOrEqual(0);
    // The loop below must have something to check: the curriculum's publishing lessons (a draft is accepted).
    expect(publishing.filter((l) => l.track !== 'foundations').length).toBeGreaterThanOrEqual(10);
    for (const l of publishing)
      if (l.track !== 'foundations') expect(order.indexOf(l.id), l.id).toBeGreaterThan(lockDown);
  });

  it('make every publishing lesson (a task that accepts a draft) require security-lock-down, in both languages', () => {
    const publishing = catalog.lessons.filter((l) =>
      l.docs.en!.steps.some((s) => s.block?.kind === 'task' && s.block.draftOk),
    );
    expect(publishing.length).toBeGreaterThanOrEqual(12);
    for (const l of publishing)
      for (const doc of Object.values(l.docs)) expect(doc.requires, doc.file).toEqual(['security-lock-down']);
  });
});

describe('bundled lessons: the text in both languages', () => {
  it('title their checks with one word per language, and use the typographic apostrophe in French front matter and tracks', () => {
    const found: string[] = [];
    for (const lesson of catalog.lessons) {
      for (const doc of Object.values(lesson.docs)) {
        for (const step of doc.steps) {
          if (/^Quiz\b/i.test(step.title)) found.push(`${doc.file}:${step.line}: ${step.title}`);
          if (doc.lang === 'en' && /^Vérification/.test(step.title))
            found.push(`${doc.file}:${step.line}: ${step.title}`);
          if (doc.lang === 'fr' && /^Check\b/.test(step.title)) found.push(`${doc.file}:${step.line}: ${step.title}`);
        }
        if (doc.lang === 'fr' && /'/.test(`${doc.title} ${doc.objective}`)) found.push(`${doc.file}: front matter`);
      }
    }
    for (const track of catalog.tracks)
      if (/'/.test(`${track.title.fr} ${track.summary.fr}`)) found.push(`${track.file}: French title or summary`);
    expect(found).toEqual([]);
  });

  it('write French with French spacing: a no-break space before : ; ? ! and inside « », never a plain one', () => {
    for (const lesson of catalog.lessons) {
      const doc = lesson.docs.fr!;
      const text = readFileSync(doc.file, 'utf8')
        .split('\n')
        .filter(
          (l) =>
            !/^(id|requires|evidence|network|length|warn|min|max|count|draft_ok|minutes|version|optional|channel|answer| {2}- |\s*[a-z-]+:\s*$)/.test(
              l,
            ),
        );
      const plain = text.filter((l) =>
        / [:;?!](?:\s|$)|« | »/.test(l.replace(/`[^`]*`/g, '').replace(/https?:\/\/\S+/g, '')),
      );
      expect(plain, doc.file).toEqual([]);
    }
  });

  it('are accurate as of today on names that changed, and never ask for secrets', () => {
    for (const lesson of catalog.lessons) {
      for (const doc of Object.values(lesson.docs)) {
        const text = readFileSync(doc.file, 'utf8');
        // "Twitter" only as history: on a line that names X or a year up to 2023, or in a file that says it is now X.
        const saysNowX = /now X|formerly Twitter|aujourd['’]hui X|anciennement Twitter|désormais X/.test(text);
        const stale = text
          .split('\n')
          .filter((l) => /\bTwitter\b(?!-text)/.test(l) && !/\bX\b|\b20(?:0\d|1\d|2[0-3])\b/.test(l));
        if (!saysNowX) expect(stale, doc.file).toEqual([]);
        if (/\bYammer\b/.test(text)) expect(text, doc.file).toMatch(/Viva Engage/);
        if (/creator mode|mode créateur/i.test(text))
          expect(text, doc.file).toMatch(
            /retired|no longer|supprimé|n['’]existe plus|plus nécessaire|ne l['’]est plus|n['’]est plus le cas/,
          );
        if (/Workplace from Meta/.test(text)) expect(text, doc.file).toMatch(/closed|fermé/);
        for (const step of doc.steps) {
          const b = step.block;
          if (b?.kind !== 'task') continue;
          const ask = `${step.body}\n${b.prompt ?? ''}`;
          expect(ask, `${doc.file}:${step.line}`).not.toMatch(
            /(send|paste|type|enter|share) (us |me )?(your )?(password|backup code|2FA code|QR code|recovery code)|(envoyez|collez|tapez|saisissez).{0,20}(mot de passe|code de secours|QR code|code QR)/i,
          );
          expect(ask, `${doc.file}:${step.line}`).not.toMatch(/screenshot|capture d['’]écran/i);
        }
      }
    }
  });
});

describe('bundled practices (coach today)', () => {
  const all = catalog.lessons.flatMap((l) =>
    Object.values(l.docs).flatMap((doc) => (doc.practice ?? []).map((p) => ({ doc, p }))),
  );

  it('give every lesson at least one practice in each language, short and concrete', () => {
    for (const lesson of catalog.lessons)
      for (const doc of Object.values(lesson.docs))
        expect(doc.practice?.length ?? 0, doc.file).toBeGreaterThanOrEqual(1);
    expect(all.length).toBeGreaterThanOrEqual(catalog.lessons.length * 2);
    for (const { doc, p } of all) {
      expect(p.minutes, `${doc.file}:${p.line}`).toBeLessThanOrEqual(5);
      expect(p.text.split(/\s+/).length, `${doc.file}:${p.line}`).toBeLessThanOrEqual(45);
    }
  });

  it('write French practices with French spacing and typographic apostrophes, and never ask for secrets', () => {
    for (const { doc, p } of all) {
      const where = `${doc.file}:${p.line}`;
      if (doc.lang === 'fr') {
        expect(p.text, where).not.toMatch(/ [:;?!]|« | »|'/);
        expect(p.text, where).not.toMatch(/[^\u00A0][:;?!](?:\s|$)/);
      }
      expect(p.text, where).not.toMatch(
        /(send|paste|type|enter|share) (us |me )?(your )?(password|backup code|2FA code|QR code|recovery code)|(envoyez|collez|tapez|saisissez).{0,20}(mot de passe|code de secours|QR code|code QR)/i,
      );
      expect(p.text, where).not.toMatch(/screenshot|capture d['’]écran/i);
    }
  });
});

describe('every bundled lesson can be completed through the runner', () => {
  const runs: { id: string; lang: Lang; network?: Network }[] = [];
  for (const lesson of catalog.lessons) {
    for (const lang of ['en', 'fr'] as const) {
      if (lesson.docs[lang]!.network) for (const network of NETWORKS) runs.push({ id: lesson.id, lang, network });
      else runs.push({ id: lesson.id, lang });
    }
  }
  it.each(runs)('$id ($lang $network)', async ({ id, lang, network }) => {
    const doc = catalog.lessons.find((l) => l.id === id)!.docs[lang]!;
    const prompter = new ScriptedPrompter(
      answersFor(doc, { now: base.now(), ...(network && { network, askNetwork: true }) }),
    );
    const ctx: TestContext = testContext({ lessonDirs: [], lang, prompter });
    try {
      const result = await start(ctx, { lesson: id });
      expect(result.completed).toBe(true);
      expect(prompter.remaining).toBe(0);
      expect(ctx.store.read().lessons[id]).toMatchObject({ status: 'completed', stepsDone: doc.steps.length });
    } finally {
      ctx.cleanup();
    }
  });
});

describe('every bundled lesson renders cleanly in an 80-column terminal', () => {
  const render = createMarkdownRenderer({ width: 80 });
  const cases = catalog.lessons.flatMap((l) => (['en', 'fr'] as const).map((lang) => ({ id: l.id, lang })));
  it.each(cases)('$id ($lang)', async ({ id, lang }) => {
    const ctx = testContext({ lessonDirs: [], lang, terminal: false });
    try {
      const text = render(await showMarkdown(ctx, { lesson: id }));
      // eslint-disable-next-line no-control-regex
      const plain = text.replace(/\u001B\[[0-9;]*m/g, '');
      expect(plain).not.toMatch(/\*\*|__|```|~~~|^\s*#{1,6} |\]\(|^:::/m);
      const long = plain.split('\n').filter((line) => visibleWidth(line) > 80 && !/https?:\/\/\S{30,}/.test(line));
      expect(long).toEqual([]);
    } finally {
      ctx.cleanup();
    }
  });
});
