/**
 * `coach` with no command: a home menu on a terminal (continue, choose a lesson, progress,
 * settings); elsewhere, the short help and a one-line status, never a prompt.
 */
import { out, say, type Context } from '../../context.js';
import type { Catalog } from '../../core/lessons/assemble.js';
import { titleIn } from '../../core/lessons/choose.js';
import { somethingDue, todayPlan } from '../../core/daily/today.js';
import { nextLesson, requiredLessons } from '../../core/progress/next.js';
import { utcOffsetMinutes } from '../../io/clock.js';
import type { Store } from '../../core/progress/types.js';
import { statusMark } from '../../render/marks.js';

export async function run(ctx: Context): Promise<void> {
  const catalog = await ctx.catalog();
  const store = ctx.store.read();
  const done = catalog.lessons.filter((l) => store.lessons[l.id]?.status === 'completed').length;
  if (!ctx.interactive) {
    out(ctx, ctx.helpText().trimEnd());
    out(ctx);
    out(ctx, ctx.t.status.oneLine(done, catalog.lessons.length, nextLesson(catalog, store)));
    return;
  }
  const p = await ctx.prompter();
  const { firstRun, welcome } = await import('./welcome.js');
  if (firstRun(store)) {
    await welcome(ctx, p, catalog);
    const first = nextLesson(catalog, ctx.store.read());
    if (first) await (await import('../start/run.js')).run(ctx, { lesson: first });
  } else {
    if (store.settings.name) say(ctx, ctx.t.home.greeting(store.settings.name));
    say(ctx, ctx.t.status.oneLine(done, catalog.lessons.length, null));
  }
  for (;;) {
    const t = ctx.t.home; // read each time: the learner may switch language in Settings
    const state = ctx.store.read();
    const nextId = nextLesson(catalog, state);
    const next = catalog.lessons.find((l) => l.id === nextId);
    const choices = [
      ...todayChoice(ctx, catalog, state),
      ...(next
        ? [
            {
              value: 'next',
              name: state.lessons[next.id] ? t.continue(titleIn(next, ctx.lang)) : t.startNext(titleIn(next, ctx.lang)),
            },
          ]
        : []),
      { value: 'choose', name: t.choose },
      { value: 'progress', name: t.progress },
      { value: 'settings', name: t.settings },
      { value: 'quit', name: t.quit },
    ];
    const action = await p.select(t.question, choices);
    if (action === 'quit') return;
    if (action === 'today') await (await import('../today/run.js')).run(ctx, {});
    if (action === 'next' && nextId) await (await import('../start/run.js')).run(ctx, { lesson: nextId });
    if (action === 'choose') {
      const pick = await p.select(t.pickLesson, [...lessonChoices(ctx, catalog, state), { value: '', name: t.back }]);
      if (pick) await (await import('../start/run.js')).run(ctx, { lesson: pick });
    }
    if (action === 'progress') await (await import('../status/run.js')).run(ctx, {});
    if (action === 'settings') await (await import('./settings.js')).settings(ctx);
    out(ctx);
  }
}

/** The day's practice and review questions come first, when something is due today. */
function todayChoice(ctx: Context, catalog: Catalog, state: Store): { value: string; name: string }[] {
  const now = ctx.now();
  const plan = todayPlan(catalog, state, ctx.lang, { now, offsetMinutes: utcOffsetMinutes(now) });
  if (!somethingDue(plan)) return [];
  const minutes = plan.practice && !plan.practice.done ? plan.practice.item.practice.minutes : null;
  return [{ value: 'today', name: ctx.t.home.today(minutes, plan.reviews.length) }];
}

/** Every lesson with its mark; the lessons the programme requires come first, starred. */
function lessonChoices(
  ctx: Context,
  catalog: Catalog,
  state: Store,
): { value: string; name: string; description: string }[] {
  const required = requiredLessons(state);
  const ordered = [
    ...catalog.lessons.filter((l) => required.has(l.id)),
    ...catalog.lessons.filter((l) => !required.has(l.id)),
  ];
  return ordered.map((l) => ({
    value: l.id,
    name: `${statusMark(state.lessons[l.id]?.status ?? 'not-started')} ${titleIn(l, ctx.lang)}${required.has(l.id) ? ' *' : ''}`,
    description: l.id,
  }));
}
