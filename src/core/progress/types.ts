/** The learner's local progress, as stored on disk (versioned by STORE_VERSION). */
import type { EvidenceKind } from '../evidence/types.js';
import type { Lang, Network, StepKind } from '../lessons/types.js';
import type { Enrollment } from '../sponsor/formats.js';

export const STORE_VERSION = 3;

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';
export type Mode = 'live' | 'draft';

export interface Settings {
  lang?: Lang;
  name?: string;
  network?: Network;
}

/** One accepted piece of evidence. `value` is what the learner gave: private, never exported. */
export interface EvidenceItem {
  key: string;
  value: string;
  time?: number;
}

export type StepResult =
  | { kind: 'reading'; at: string }
  | { kind: 'quiz'; at: string; firstTry: string[]; correct: boolean; attempts: number }
  | {
      kind: 'task';
      at: string;
      evidence: EvidenceKind;
      mode: Mode | 'attested';
      items?: EvidenceItem[];
      text?: string;
      warnings?: string[];
    }
  | { kind: 'reflect'; at: string; text?: string }
  | { kind: 'checklist'; at: string; ticked: number };

/** Keeps StepResult's kinds in line with the lesson model's. */
export type ResultKind = StepResult['kind'] & StepKind;

export interface LessonProgress {
  status: Exclude<LessonStatus, 'not-started'>;
  lessonVersion: number;
  stepsTotal: number;
  /** Steps completed, in order: also the index of the step to resume at. */
  stepsDone: number;
  results: StepResult[];
  startedAt: string;
  updatedAt: string;
  completedAt: string | null;
  /** Time spent on steps, each step counted up to a cap so an idle terminal does not count. */
  activeMs: number;
  mode: Mode;
}

/** A past completion, kept across `reset`. */
export interface Completion {
  startedAt: string;
  completedAt: string;
  lessonVersion: number;
  mode: Mode;
  activeMs: number;
  quiz: { correct: number; total: number };
}

/**
 * One day's practice (`coach today`): which one was offered, and whether it was done and how.
 * Never the link itself: nothing needs it, and it would name other people's posts.
 */
export interface PracticeDay {
  /** The learner's calendar day when it was offered (YYYY-MM-DD, on their clock, in their time zone). */
  day: string;
  lesson: string;
  /** 1-based place in the lesson's `practice:` list. */
  index: number;
  offeredAt: string;
  doneAt?: string;
  evidence?: EvidenceKind;
}

/** One answer to a spaced-review question (a lesson's quiz, asked again by `coach today`). */
export interface ReviewAnswer {
  /** 1-based: the lesson's first quiz, second quiz... */
  quiz: number;
  /** The learner's calendar day of the answer (YYYY-MM-DD). */
  day: string;
  at: string;
  /** Right on the first try. */
  correct: boolean;
}

/** The daily loop: what `coach today` offered and what was answered, from which the schedule is computed. */
export interface DailyLog {
  practice: PracticeDay[];
  /** Answers by lesson id, in the order given; a reset of the lesson clears its entry. */
  reviews: Record<string, ReviewAnswer[]>;
}

export interface Store {
  schemaVersion: typeof STORE_VERSION;
  settings: Settings;
  lessons: Record<string, LessonProgress>;
  history: Record<string, Completion[]>;
  /** The sponsor's programme this learner joined (`coach enroll`); its key signs the completion record. */
  enrollment?: Enrollment;
  /** The lessons folder the programme ships (absolute, resolved at `coach enroll`), read with the bundled ones. */
  programLessons?: string;
  daily: DailyLog;
}

export function emptyStore(): Store {
  return { schemaVersion: STORE_VERSION, settings: {}, lessons: {}, history: {}, daily: { practice: [], reviews: {} } };
}
