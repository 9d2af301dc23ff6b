/**
 * Interrupts: Ctrl-C at EVERY prompt of EVERY bundled lesson (English; lessons that adapt to the
 * internal network on one network, its own question included) keeps exactly the steps before that
 * prompt's step, and a second run in the same home starts at that step and completes the lesson
 * with the same saved results as an uninterrupted run.
 *
 * In-process through the runner (src/commands/start/index.ts run()) with scripted answers: the
 * answers that complete the lesson (answersFor), cut at prompt k and followed by INTERRUPT; then
 * again with detours (a wrong quiz answer and "try again", a refused link, an empty reflection, an
 * incomplete checklist), whose extra prompts are more places to press Ctrl-C.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { T0, testContext, type TestContext } from '../helpers/context.js';
import { INTERRUPT, ScriptedPrompter, type Answer } from '../helpers/prompter.js';
import { answersFor } from '../helpers/script.js';
import { run as start } from '../../src/commands/start/run.js';
import { Interrupted } from '../../src/core/errors.js';
import type { Catalog } from '../../src/core/lessons/assemble.js';
import type { LessonDoc, Network } from '../../src/core/lessons/types.js';
import type { LessonProgress } from '../../src/core/progress/types.js';

const NETWORK: Network = 'slack';

const base = testContext({ lessonDirs: [] });
const catalogPromise = base.catalog();
const catalog: Catalog = await catalogPromise;
afterAll(() => base.cleanup());

/** A context on the bundled lessons that shares one parsed catalogue (parsing is the slow part). */
function context(prompter: ScriptedPrompter, home?: string): TestContext {
  const ctx = testContext({ lessonDirs: [], prompter, ...(home && { home }) });
  ctx.catalog = () => catalogPromise;
  return ctx;
}

type Mode = 'straight' | 'detours';

interface Plan {
  answers: Answer[];
  /** For each prompt of a full run, the index of the step it belongs to (the network question: step 0). */
  stepOf: number[];
  /** The index of each step's first prompt in a full run. */
  firstPrompt: number[];
  /** The answers of each step. */
  perStep: Answer[][];
  /** Questions asked before the lesson is saved: whether to do its prerequisite first, then the network. */
  preludes: number;
}

/**
 * `straight`: the answers that complete the lesson (answersFor). `detours`: the same, with the
 * extra prompts a learner meets on the way: a wrong quiz answer then "try again", a refused link,
 * an empty reflection, a checklist left incomplete then "again". Each extra prompt is one more
 * place to press Ctrl-C.
 */
function plan(doc: LessonDoc, mode: Mode): Plan {
  const networkQuestion = Boolean(doc.network);
  const prerequisite = (doc.requires?.length ?? 0) > 0;
  const opts = { now: T0, network: NETWORK, prerequisitesDone: true };
  const perStep: Answer[][] = [];
  for (let s = 0; s < doc.steps.length; s++) {
    const from = answersFor(doc, { ...opts, from: s });
    const count = from.length - answersFor(doc, { ...opts, from: s + 1 }).length;
    const answers = from.slice(0, count);
    perStep.push(mode === 'detours' ? detour(doc, s, answers) : answers);
  }
  const prelude: Answer[] = [...(prerequisite ? ['go'] : []), ...(networkQuestion ? [NETWORK] : [])];
  const answers: Answer[] = [...prelude, ...perStep.flat()];
  const stepOf: number[] = prelude.map(() => 0);
  const firstPrompt: number[] = [];
  perStep.forEach((list, s) => {
    firstPrompt.push(stepOf.length);
    for (let i = 0; i < list.length; i++) stepOf.push(s);
  });
  const reference = answersFor(doc, { ...opts, askNetwork: networkQuestion, prerequisitesDone: false });
  if (mode === 'straight') expect(answers, doc.id).toEqual(reference);
  return { answers, stepOf, firstPrompt, perStep, preludes: prelude.length };
}

function detour(doc: LessonDoc, s: number, answers: Answer[]): Answer[] {
  const b = doc.steps[s]!.block;
  if (!b) return answers;
  if (b.kind === 'quiz') {
    const letters = Object.keys(b.choices);
    const wrong = b.answer.length > 1 ? [b.answer[0]!] : letters.find((l) => !b.answer.includes(l))!;
    return [wrong, ...answers]; // wrong first, then the second try
  }
  if (b.kind === 'reflect') return b.optional ? answers : ['', 'write', ...answers]; // empty: asked what to do
  if (b.kind === 'checklist') return b.items.length > 1 ? [['0'], 'again', ...answers] : answers;
  if (answers[0] === 'link') return ['link', 'not a link', ...answers.slice(1)];
  return answers;
}

const tally = {
  runs: 0,
  byMode: { straight: 0, detours: 0 },
  points: 0,
  lost: 0,
  extra: 0,
  wrongResume: 0,
  notInterrupted: 0,
  notCompleted: 0,
};
const problems: string[] = [];

/** The uninterrupted run: what every prompt asks, and what a full run saves. */
interface Reference {
  asked: ScriptedPrompter['asked'];
  saved: LessonProgress;
}

async function referenceRun(id: string, p: Plan): Promise<Reference> {
  const refPrompter = new ScriptedPrompter([...p.answers]);
  const ref = context(refPrompter);
  try {
    expect(await start(ref, { lesson: id })).toMatchObject({ completed: true });
    expect(refPrompter.remaining).toBe(0);
    expect(refPrompter.asked).toHaveLength(p.answers.length);
    return { asked: refPrompter.asked, saved: ref.store.read().lessons[id]! };
  } finally {
    ref.cleanup();
  }
}

/** After Ctrl-C at a prompt of `step`: the store holds exactly the steps before it (nothing before the lesson starts). */
function checkSaved(
  first: TestContext,
  doc: LessonDoc,
  step: number,
  atNetwork: boolean,
  reference: LessonProgress,
  where: string,
): void {
  const saved = first.store.read();
  const entry = saved.lessons[doc.id];
  if (atNetwork) {
    if (entry !== undefined) {
      tally.extra++;
      problems.push(`${where}: a lesson entry was saved before the lesson started`);
    }
  } else if (!entry) {
    tally.lost++;
    problems.push(`${where}: no lesson entry saved`);
  } else {
    if (entry.stepsDone < step) tally.lost++;
    if (entry.stepsDone > step) tally.extra++;
    const same =
      entry.stepsDone === step &&
      entry.status === 'in-progress' &&
      JSON.stringify(entry.results) === JSON.stringify(reference.results.slice(0, step));
    if (!same)
      problems.push(
        `${where}: saved stepsDone=${entry.stepsDone} status=${entry.status} results=${entry.results.map((r) => r.kind).join(',')}, expected ${step} in-progress steps`,
      );
    if (doc.network && saved.settings.network !== NETWORK)
      problems.push(`${where}: network not kept (${saved.settings.network})`);
  }
}

/** A second run (new context, same home) after Ctrl-C at a prompt of `step`: it starts at that step and completes the lesson. */
async function checkResumed(
  first: TestContext,
  doc: LessonDoc,
  p: Plan,
  step: number,
  atNetwork: boolean,
  ref: Reference,
  where: string,
): Promise<void> {
  const id = doc.id;
  const rest = atNetwork ? p.answers : p.perStep.slice(step).flat();
  const secondPrompter = new ScriptedPrompter([...rest]);
  const second = context(secondPrompter, first.home);
  // With an unfinished lesson, `coach start` with no id must pick it up by itself.
  const result = await start(second, atNetwork ? { lesson: id } : {}).catch((error: unknown) => ({ error }));
  const expectedFirst = ref.asked[atNetwork ? 0 : p.firstPrompt[step]!]!;
  const firstAsked = secondPrompter.asked[0];
  if (!firstAsked || firstAsked.type !== expectedFirst.type || firstAsked.message !== expectedFirst.message) {
    tally.wrongResume++;
    problems.push(
      `${where}: second run first asked ${JSON.stringify(firstAsked)}, expected ${JSON.stringify(expectedFirst)}`,
    );
  }
  if (step > 0 && !second.stderr.text.includes(`resuming at step ${step + 1} of ${doc.steps.length}`)) {
    problems.push(`${where}: no "resuming at step ${step + 1}" message`);
  }
  const final = second.store.read().lessons[id];
  if (
    'error' in result ||
    !result.completed ||
    secondPrompter.remaining !== 0 ||
    JSON.stringify(final) !== JSON.stringify(ref.saved)
  ) {
    tally.notCompleted++;
    problems.push(
      `${where}: second run ${'error' in result ? `failed: ${String(result.error)}` : `completed=${result.completed}, ${secondPrompter.remaining} answers left`}; final ${JSON.stringify(final)?.slice(0, 200)}`,
    );
  }
  if (second.store.read().history[id]?.length !== 1)
    problems.push(`${where}: history holds ${second.store.read().history[id]?.length} completions`);
}

/** Ctrl-C at prompt `k` of a full run, then the checks above; what goes wrong is counted in `tally` and told in `problems`. */
async function interruptAt(doc: LessonDoc, mode: Mode, p: Plan, k: number, ref: Reference): Promise<void> {
  const step = p.stepOf[k]!;
  const atNetwork = k < p.preludes;
  const where = `${doc.id} (${mode}) prompt ${k + 1}/${p.answers.length} (step ${step + 1}${atNetwork ? ', a question before the lesson starts' : ''})`;
  const first = context(new ScriptedPrompter([...p.answers.slice(0, k), INTERRUPT]));
  try {
    // 1. Ctrl-C at prompt k: the runner rejects with Interrupted.
    const outcome = await start(first, { lesson: doc.id }).then(
      () => 'resolved',
      (error: unknown) => (error instanceof Interrupted ? 'interrupted' : `rejected with ${String(error)}`),
    );
    if (outcome !== 'interrupted') {
      tally.notInterrupted++;
      problems.push(`${where}: run ${outcome}`);
      return;
    }
    // 2. The store holds exactly the steps before that prompt's step.
    checkSaved(first, doc, step, atNetwork, ref.saved, where);
    // 3. A second run (new context, same home) starts at that step and completes the lesson.
    await checkResumed(first, doc, p, step, atNetwork, ref, where);
  } finally {
    first.cleanup();
  }
}

describe('Ctrl-C at every prompt of every bundled lesson', () => {
  const cases = catalog.lessons.flatMap((l) =>
    (['straight', 'detours'] as const).map((mode) => ({ id: l.id, doc: l.docs.en!, mode })),
  );

  it.each(cases)('$id ($mode)', { timeout: 120_000 }, async ({ id, doc, mode }) => {
    const p = plan(doc, mode);
    const ref = await referenceRun(id, p);
    tally.runs++;
    tally.byMode[mode] += p.answers.length;
    for (let k = 0; k < p.answers.length; k++) {
      tally.points++;
      await interruptAt(doc, mode, p, k, ref);
    }
  });

  it('counts', () => {
    const line = `interrupt points: ${tally.points} tried over ${tally.runs / 2} lessons (${tally.byMode.straight} on the straight path, ${tally.byMode.detours} with detours), ${tally.lost} lost a completed step, ${tally.extra} kept a step not completed, ${tally.wrongResume} resumed elsewhere, ${tally.notCompleted} did not complete after resuming, ${tally.notInterrupted} not interrupted`;
    console.log(line);
    expect(problems, line).toEqual([]);
    expect(tally.runs).toBe(catalog.lessons.length * 2);
    expect(tally.points).toBeGreaterThan(150);
  });
});
