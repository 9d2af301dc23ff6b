/**
 * The completion report's data, in the shape `coach report --format json` prints (README, "The sponsor's guide").
 * Field values are language-neutral; only labels are translated, by the renderers. Titles are the
 * exception: they come from the lessons in the report's language (the JSON carries them too, as data).
 *
 * One data model for every format: the renderers never compute figures, they only choose what to show.
 */
export type LearnerStatus = 'completed' | 'in-progress' | 'not-started' | 'no-record';
/** `not-in-roster`: a record (valid or not) of someone the roster does not name: shown, never counted. */
export type Verification = 'valid' | 'unsigned' | 'invalid-signature' | 'other-program' | 'not-in-roster';
/** Why a learner is on the "who to remind" list (core/sponsor/remind.ts decides; `coach nudge` uses the same rule). */
export type RemindReason = 'late' | 'not-started' | 'no-record';
/** One learner's state for one lesson (the learner × lesson matrix). */
export type LessonState = 'completed' | 'in-progress' | 'not-started';

export interface LearnerRow {
  id: string;
  name: string | null;
  /** From the roster's e-mail column; null without one. */
  email: string | null;
  department: string | null;
  /** From the roster's lang column ('en' | 'fr'); null without one. */
  lang: 'en' | 'fr' | null;
  status: LearnerStatus;
  requiredDone: number;
  requiredTotal: number;
  /** Required lessons completed, as a whole percentage. */
  progressPct: number;
  due: string;
  overdue: boolean;
  /** Whole days past the due date (the report's time zone), for a learner not completed; null otherwise. */
  daysOverdue: number | null;
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
  /** "Data as of": when the learner's coach exported the record used (its generatedAt); null without one. */
  recordAt: string | null;
  /**
   * The learner × lesson matrix row: the state of each lesson of `ReportData.lessons`, in the same
   * order (so a renderer pairs them by index). Every lesson is 'not-started' without a valid record.
   */
  lessonStates: readonly LessonState[];
  /** Required lessons not yet completed, in programme order (ids; titles are in `ReportData.lessons`). */
  remaining: readonly string[];
  /** Why HR should remind this learner, or null. */
  remind: RemindReason | null;
}

/** The LearnerRow fields that hold one value (a CSV column each). */
export type LearnerField = Exclude<keyof LearnerRow, 'lessonStates' | 'remaining'>;

export interface LessonRow {
  id: string;
  /** The lesson's title in the report's language; the id when the catalogue does not know it. */
  title: string;
  track: string | null;
  required: boolean;
  completed: number;
  inProgress: number;
  notStarted: number;
}

export interface TrackRow {
  id: string;
  /** The track's title in the report's language; the id when unknown. */
  title: string;
  /** Required lessons of this track completed, over all learners, as a whole percentage. */
  completionPct: number;
}

/** One department of the roster (null: learners without a department), counted learners only. */
export interface DepartmentRow extends StatusCounts {
  name: string | null;
}

/** Learners by status, as the summary and each department count them. */
export interface StatusCounts {
  learners: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  noRecord: number;
  overdue: number;
  /** completed / learners, 0 to 1, rounded to 3 decimals. */
  completionRate: number;
}

/**
 * Completion over time: one row per week (weeks start on Monday in the report's time zone), from
 * the week of the first activity to the later of the report's week and the due date's week.
 */
export interface WeekRow {
  /** The Monday, YYYY-MM-DD, in the report's time zone. */
  weekStart: string;
  /** Learners who completed all required lessons that week. */
  completions: number;
  /** Learners completed by the end of that week. */
  cumulative: number;
  /** cumulative / counted learners, 0 to 1, rounded to 3 decimals. */
  cumulativeShare: number;
}

export interface Rejected {
  path: string;
  reason: string;
}

export interface ReportData {
  program: {
    id: string;
    title: string;
    due: string;
    /** The sponsor's line, from the programme file. */
    sponsor: { name?: string; email?: string };
  };
  generatedAt: string;
  /** The IANA time zone dates are shown in (`--tz`, default the system's). */
  timeZone: string;
  summary: StatusCounts & {
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
  tracks: TrackRow[];
  departments: DepartmentRow[];
  weeks: WeekRow[];
  /** Lessons most often started and left unfinished, most first (at most 5). */
  unfinished: { id: string; count: number }[];
}
