/**
 * Turns statements read back from the LRS into completion records, so the sponsor's report is
 * the same whether it comes from files or from the LRS. Pure. Statements the coach did not write
 * (other verbs, other activities) are ignored.
 */
import { PATTERNS, type CompletionRecord } from '../sponsor/formats.js';
import { MODE_EXTENSION, PROGRESS_EXTENSION, VERBS, type Statement } from './statements.js';

interface LessonAcc {
  startedAt?: string;
  completedAt?: string;
  mode: 'live' | 'draft';
  progress: number;
  durationMs: number;
  quizzes: Map<string, { at: string; correct: boolean }>;
}

export function recordsFromStatements(
  statements: readonly Statement[],
  base: string,
  programId: string,
  version: string,
  now: number,
): CompletionRecord[] {
  const prefix = `${base}/lessons/`;
  const byLearner = new Map<string, { lessons: Map<string, LessonAcc>; last: string }>();
  // Oldest first, so that "first try" and "started" mean what they say.
  // A statement's time becomes a row's dates: one without a real time (an LRS answer is untrusted) is left out.
  const ordered = statements
    .filter((s) => typeof s.timestamp === 'string' && !Number.isNaN(Date.parse(s.timestamp)))
    .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  for (const s of ordered) {
    const learner = s.actor?.account?.name;
    const objectId = s.object?.id;
    // A learner id from the LRS is shown as a row: it must be an id, as in a record file.
    if (
      typeof learner !== 'string' ||
      !PATTERNS.id.test(learner) ||
      typeof objectId !== 'string' ||
      !objectId.startsWith(prefix)
    )
      continue;
    const [lessonId, quiz, quizStep] = objectId.slice(prefix.length).split('/');
    if (!lessonId || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(lessonId)) continue;
    let person = byLearner.get(learner);
    if (!person) byLearner.set(learner, (person = { lessons: new Map(), last: s.timestamp }));
    person.last = Date.parse(s.timestamp) > Date.parse(person.last) ? s.timestamp : person.last;
    let l = person.lessons.get(lessonId);
    if (!l) person.lessons.set(lessonId, (l = { mode: 'live', progress: 0, durationMs: 0, quizzes: new Map() }));
    const verb = s.verb?.id;
    l.startedAt ??= s.timestamp;
    if (quiz === 'quiz' && quizStep && (verb === VERBS.passed || verb === VERBS.failed)) {
      if (!l.quizzes.has(quizStep)) l.quizzes.set(quizStep, { at: s.timestamp, correct: verb === VERBS.passed });
    } else if (verb === VERBS.progressed) {
      const p = Number((s.result?.extensions as Record<string, unknown> | undefined)?.[PROGRESS_EXTENSION]);
      if (Number.isFinite(p)) l.progress = Math.max(l.progress, Math.min(100, p));
    } else if (verb === VERBS.completed) {
      l.completedAt = s.timestamp;
      l.progress = 100;
      l.mode = s.context?.extensions?.[MODE_EXTENSION] === 'draft' ? 'draft' : 'live';
      l.durationMs = parseDuration(String(s.result?.duration ?? ''));
    }
  }
  return [...byLearner.entries()].map(([learner, person]) => ({
    learner: { id: learner },
    program: { id: programId },
    // "Data as of" the newest statement (never later than now): so a record file exported after it
    // wins over it in the report, and one exported before it loses, as between two files.
    generatedAt: new Date(Math.min(now, Date.parse(person.last) || now)).toISOString(),
    tool: { name: 'exec-coach', version },
    lessons: [...person.lessons.entries()].map(([id, l]) => ({
      id,
      status: l.completedAt ? ('completed' as const) : ('in-progress' as const),
      startedAt: l.startedAt!,
      completedAt: l.completedAt ?? null,
      mode: l.mode,
      // The LRS knows progress as a percentage: steps are given out of 100.
      stepsDone: Math.round(l.progress),
      stepsTotal: 100,
      quiz: { correct: [...l.quizzes.values()].filter((q) => q.correct).length, total: l.quizzes.size },
      minutesSpent: Math.round(l.durationMs / 60_000),
    })),
  }));
}

/** ISO 8601 durations as the coach writes them (PT1H2M3S); anything else counts as zero. */
export function parseDuration(text: string): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text);
  if (!m) return 0;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}
