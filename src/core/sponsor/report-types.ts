/**
 * The completion report's data, in the shape `coach report --format json` prints (README, "The sponsor's guide").
 * Field values are language-neutral; only labels are translated, by the renderers.
 */
export type LearnerStatus = 'completed' | 'in-progress' | 'not-started' | 'no-record';
/** `not-in-roster`: a record (valid or not) of someone the roster does not name: shown, never counted. */
export type Verification = 'valid' | 'unsigned' | 'invalid-signature' | 'other-program' | 'not-in-roster';

export interface LearnerRow {
  id: string;
  name: string | null;
  department: string | null;
  status: LearnerStatus;
  requiredDone: number;
  requiredTotal: number;
  /** Required lessons completed, as a whole percentage. */
  progressPct: number;
  due: string;
  overdue: boolean;
  firstActivityAt: string | null;
  lastActivityAt: string | null;
  /** When the last required lesson was completed, once all are. */
  completedAt: string | null;
  minutes: number;
  /** First-try quiz answers right, as a whole percentage; null without any quiz. */
  quizScorePct: number | null;
  /** Completed lessons done in draft mode. */
  draftLessons: number;
  verification: Verification | null;
  /** The record file this row comes from (null: no record). */
  source: string | null;
}

export interface LessonRow {
  id: string;
  track: string | null;
  completed: number;
  inProgress: number;
  notStarted: number;
}

export interface TrackRow {
  id: string;
  /** Required lessons of this track completed, over all learners, as a whole percentage. */
  completionPct: number;
}

export interface Rejected {
  path: string;
  reason: string;
}

export interface ReportData {
  program: { id: string; title: string; due: string };
  generatedAt: string;
  summary: {
    learners: number;
    completed: number;
    inProgress: number;
    notStarted: number;
    noRecord: number;
    overdue: number;
    /** completed / learners, 0 to 1, rounded to 3 decimals. */
    completionRate: number;
    /**
     * Rows shown but left out of every figure above: learners not in the roster and, without a
     * roster, learners with no valid record. (A roster learner whose record is unsigned or
     * invalid is counted, as "no record".)
     */
    notCounted: number;
  };
  learners: LearnerRow[];
  lessons: LessonRow[];
  rejected: Rejected[];
  /** Not in the JSON contract's required fields, but useful to every renderer. */
  tracks: TrackRow[];
  /** Lessons most often started and left unfinished, most first (at most 5). */
  unfinished: { id: string; count: number }[];
}
