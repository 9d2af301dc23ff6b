/**
 * One record reduced to what the report needs of it: a few numbers and each lesson's state. A
 * report over 100,000 records keeps one of these per learner (the best so far), never the records.
 * Plain data (no class, no Map): it crosses from the verification thread by structured clone.
 */
import { createHash } from 'node:crypto';
import { timeBefore } from './format-rules.js';
import type { CompletionRecord } from './formats.js';

export interface RecordSummary {
  learnerId: string;
  generatedAt: string;
  verification: 'valid' | 'unsigned';
  /**
   * The same record exported twice has the same identity: its signature when valid (a MAC over the
   * whole canonical record, learner and time included); unsigned, learner, generatedAt and a hash of
   * the lessons (with NUL separators, which no signature holds, so the two kinds never meet).
   */
  identity: string;
  /** The record's lessons, in its order, and their states: 'c' completed, 'p' in progress (one character each). */
  lessonIds: string[];
  lessonStates: string;
  requiredDone: number;
  firstActivityAt: string | null;
  lastActivityAt: string | null;
  /** When the last required lesson was completed, once all are. */
  completedAt: string | null;
  minutes: number;
  quizRight: number;
  quizTotal: number;
  draftLessons: number;
}

export function summarise(
  record: CompletionRecord,
  verification: 'valid' | 'unsigned',
  signature: string | undefined,
  required: readonly string[],
): RecordSummary {
  // `required`: the programme's required lessons, without repeats.
  const lessons = record.lessons;
  // Valid, the signature alone tells records apart (a MAC over the whole record); unsigned, the
  // lessons do, hashed (they can be long, and every record's identity is kept). A short key is
  // also a cheap one: every record's identity goes into a map.
  const identity =
    signature !== undefined
      ? signature
      : `${record.learner.id}\u0000${record.generatedAt}\u0000${createHash('sha256').update(JSON.stringify(lessons)).digest('base64')}`;
  // One pass, no sorting, no time parsed in the common case (timeBefore: times of the same length
  // compare as text). Times compare as instants ("…00Z" sorts after "…00.500Z" as text).
  let first: string | null = null;
  let last: string | null = null;
  let quizTotal = 0;
  let quizRight = 0;
  let minutes = 0;
  let drafts = 0;
  let states = '';
  const lessonIds: string[] = [];
  for (let i = 0; i < lessons.length; i++) {
    const l = lessons[i]!;
    if (first === null || timeBefore(l.startedAt, first)) first = l.startedAt;
    const end = l.completedAt ?? l.startedAt;
    if (last === null || timeBefore(last, end)) last = end;
    quizTotal += l.quiz.total;
    quizRight += l.quiz.correct;
    minutes += l.minutesSpent;
    if (l.status === 'completed' && l.mode === 'draft') drafts++;
    lessonIds.push(l.id);
    states += l.status === 'completed' ? 'c' : 'p';
  }
  let done = 0;
  let completedAt: string | null = null;
  for (const id of required) {
    // The last of a lesson listed twice wins, as it always has (the schema refuses that; the fast acceptor too).
    const i = lessonIds.lastIndexOf(id);
    const l = i < 0 ? undefined : lessons[i]!;
    if (l?.status !== 'completed') continue;
    done++;
    if (completedAt === null || (l.completedAt !== null && timeBefore(completedAt, l.completedAt)))
      completedAt = l.completedAt;
  }
  const all = required.length > 0 && done === required.length;
  return {
    learnerId: record.learner.id,
    generatedAt: record.generatedAt,
    verification,
    identity,
    lessonIds,
    lessonStates: states,
    requiredDone: done,
    firstActivityAt: first,
    lastActivityAt: last,
    completedAt: all ? completedAt : null,
    minutes,
    quizRight,
    quizTotal,
    draftLessons: drafts,
  };
}
