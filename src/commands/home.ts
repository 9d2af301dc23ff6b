/**
 * `coach` with no command: a home menu on a terminal (continue, choose a lesson, progress,
 * settings); elsewhere, the short help and a one-line status, never a prompt.
 */
import { out, say, type Context } from '../context.js';
import { nextLesson } from '../core/progress/summary.js';
import { lessonTitle, requiredLessons } from './lessons.js';

export async function run(ctx: Context): Promise<void> {
  const catalog = await ctx.catalog();
  const store = ctx.store.read();
  const done = catalog.lessons.filter((l) => store.lessons[l.id]?.status === 'completed').length;
  const next = nextLesson(catalog, store, requiredLessons(store));
  if (!ctx.interactive) {
    out(ctx, ctx.helpText().trimEnd());
    out(ctx);
    out(ctx, ctx.t.status.oneLine(done, catalog.lessons.length, next));
    return;
  }
  const p = await ctx.prompter();
  if (store.settings.name) say(ctx, ctx.t.home.greeting(store.settings.name));
  say(ctx, ctx.t.status.oneLine(done, catalog.lessons.length, null));
  for (;;) {
    const t = ctx.t.home; // read each time: the learner may switch language in Settings
    const state = ctx.store.read();
    const required = requiredLessons(state);
    const nextId = nextLesson(catalog, state, required);
    const nextLessonObj = catalog.lessons.find((l) => l.id === nextId);
    const choices = [
      ...(nextLessonObj
        ? [{ value: 'next', name: state.lessons[nextLessonObj.id] ? t.continue(lessonTitle(ctx, nextLessonObj)) : t.startNext(lessonTitle(ctx, nextLessonObj)) }]
        : []),
      { value: 'choose', name: t.choose },
      { value: 'progress', name: t.progress },
      { value: 'settings', name: t.settings },
      { value: 'quit', name: t.quit },
    ];
    const action = await p.select(t.question, choices);
    if (action === 'quit') return;
    if (action === 'next' && nextId) await (await import('./start/index.js')).run(ctx, { lesson: nextId });
    if (action === 'choose') {
      const pick = await p.select(t.pickLesson, [
        // Lessons the programme requires come first.
        ...[...catalog.lessons.filter((l) => required.has(l.id)), ...catalog.lessons.filter((l) => !required.has(l.id))].map((l) => {
          const status = state.lessons[l.id]?.status ?? 'not-started';
          const mark = status === 'completed' ? '✔' : status === 'in-progress' ? '◐' : '○';
          return { value: l.id, name: `${mark} ${lessonTitle(ctx, l)}${required.has(l.id) ? ' *' : ''}`, description: l.id };
        }),
        { value: '', name: t.back },
      ]);
      if (pick) await (await import('./start/index.js')).run(ctx, { lesson: pick });
    }
    if (action === 'progress') await (await import('./status.js')).run(ctx, {});
    if (action === 'settings') await settings(ctx);
    out(ctx);
  }
}

async function settings(ctx: Context): Promise<void> {
  const p = await ctx.prompter();
  const t = ctx.t.home;
  const config = await import('./config.js');
  const key = await p.select(t.pickSetting, [
    { value: 'lang', name: `${t.pickLang}` },
    { value: 'network', name: ctx.t.config.keys.network },
    { value: 'name', name: t.pickName },
    { value: '', name: t.back },
  ]);
  if (key === 'lang') {
    const lang = await p.select(t.pickLang, [{ value: 'en', name: 'English' }, { value: 'fr', name: 'Français' }] as const);
    await config.run(ctx, { key, value: lang });
    await ctx.setLang(lang); // the menu goes on in the new language
  }
  if (key === 'network') {
    const { NETWORKS } = await import('../core/lessons/types.js');
    await config.run(ctx, { key, value: await p.select(ctx.t.config.keys.network, NETWORKS.map((n) => ({ value: n, name: ctx.t.common.networks[n] }))) });
  }
  if (key === 'name') await config.run(ctx, { key, value: await p.input(t.pickName) });
}
