/**
 * Every practice of the bundled lessons can be done through `coach today`, in both languages
 * (and on each internal network for the lessons that adapt to it): offered, recorded with its
 * evidence (a link of today where it asks for one), saved without the link.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/core/daily/days.js';
import { evidenceFor } from '../../src/core/lessons/network.js';
import { NETWORKS, type Lang, type Network } from '../../src/core/lessons/types.js';
import type { PracticeDay } from '../../src/core/progress/types.js';
import { run as today } from '../../src/commands/today/run.js';
import { utcOffsetMinutes } from '../../src/io/clock.js';
import { testContext } from '../helpers/context.js';
import { linkFor } from '../helpers/links.js';
import { ScriptedPrompter } from '../helpers/prompter.js';
import type { PlatformEvidenceKind } from '../../src/core/evidence/types.js';
import { completedProgress } from '../helpers/progress.js';

const base = testContext({ lessonDirs: [] });
afterAll(() => base.cleanup());
const catalog = await base.catalog();

const runs: { id: string; lang: Lang; index: number; network?: Network }[] = [];
for (const lesson of catalog.lessons) {
  for (const lang of ['en', 'fr'] as const) {
    const doc = lesson.docs[lang]!;
    (doc.practice ?? []).forEach((p, i) => {
      if (typeof p.evidence === 'string') runs.push({ id: lesson.id, lang, index: i + 1 });
      else for (const network of NETWORKS) runs.push({ id: lesson.id, lang, index: i + 1, network });
    });
  }
}

describe('every bundled practice can be done through coach today', () => {
  it('has them all to run', () => expect(runs.length).toBeGreaterThanOrEqual(80));

  it.each(runs)('$id #$index ($lang $network)', async ({ id, lang, index, network }) => {
    const practice = catalog.lessons.find((l) => l.id === id)!.docs[lang]!.practice![index - 1]!;
    const kind = evidenceFor(practice.evidence, network);
    const answers = kind === 'attest' ? ['yes'] : ['link', linkFor(kind as PlatformEvidenceKind, base.now() - 60_000)];
    const prompter = new ScriptedPrompter(answers);
    const ctx = testContext({ lessonDirs: [], lang, prompter });
    try {
      const now = ctx.now();
      const day = localDay(now, utcOffsetMinutes(now));
      const at = new Date(now - 3600_000).toISOString();
      // The lesson completed an hour ago (no review due yet); the practices before this one offered on earlier days.
      const earlier: PracticeDay[] = Array.from({ length: index - 1 }, (_, i) => ({
        day: addDays(day, i - index + 1),
        lesson: id,
        index: i + 1,
        offeredAt: at,
      }));
      await ctx.store.update((s) => ({
        ...s,
        settings: { ...(network && { network }) },
        lessons: {
          [id]: completedProgress(at, 1),
        },
        daily: { practice: earlier, reviews: {} },
      }));
      const r = await today(ctx, {});
      expect(r.practice).toMatchObject({ lesson: id, index, done: true });
      expect(prompter.remaining).toBe(0);
      expect(ctx.store.read().daily.practice.at(-1)).toMatchObject({ day, lesson: id, index, evidence: kind });
      expect(ctx.stdout.text).toContain(practice.text.slice(0, 20));
    } finally {
      ctx.cleanup();
    }
  });
});
