/** The lesson model: what the parser produces from Markdown files and what the runner consumes. */
import type { EvidenceKind } from '../evidence/types.js';
import type { IssueParams, LessonIssueCode } from './issue.js';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];
export type Network = 'viva-engage' | 'slack' | 'teams';
export const NETWORKS: readonly Network[] = ['viva-engage', 'slack', 'teams'];

/** Lessons are short texts: a file past this is refused rather than parsed. */
export const MAX_LESSON_BYTES = 256 * 1024;

export type StepKind = 'reading' | 'task' | 'quiz' | 'reflect' | 'checklist';

/** Evidence may be one kind, or (in lessons with `network: true`) one kind per network. */
export type EvidenceSpec = EvidenceKind | Partial<Record<Network, EvidenceKind>>;

export interface TaskBlock {
  kind: 'task';
  evidence: EvidenceSpec;
  count: number;
  draftOk: boolean;
  prompt?: string;
  min?: number;
  max?: number;
  minLines?: number;
  length?: 'chars' | 'x';
  warn?: 'inside-information';
  pattern?: string;
  channel?: 'public';
  /** A link the `pattern` accepts, shown when a link is refused. */
  example?: string;
}
export interface QuizBlock {
  kind: 'quiz';
  question: string;
  /** Letter (lower case) to choice text, in file order. */
  choices: Record<string, string>;
  /** Correct letters, sorted. */
  answer: string[];
  explain: string;
  /** After a wrong first try: where to look, never the answer. */
  hint?: string;
}
export interface ReflectBlock {
  kind: 'reflect';
  prompt: string;
  optional: boolean;
}
export interface ChecklistBlock {
  kind: 'checklist';
  items: string[];
}
export type Block = TaskBlock | QuizBlock | ReflectBlock | ChecklistBlock;

/**
 * A small real action for `coach today`, offered once the lesson is completed (front matter
 * `practice:`, a list). Known by its lesson and its position in that list (1-based).
 */
export interface Practice {
  text: string;
  /** 1 to 5. */
  minutes: number;
  /** How it is recorded: `attest`, or a link the evidence checks know (a map by network where `network: true`). */
  evidence: EvidenceSpec;
  channel?: 'public';
  /** 1-based file line of the item, for messages. */
  line: number;
}

export interface Step {
  title: string;
  /** The step's Markdown without its block. */
  body: string;
  kind: StepKind;
  block?: Block;
  /** 1-based line of the step's heading, for messages. */
  line: number;
}

/** One lesson in one language: one file. */
export interface LessonDoc {
  id: string;
  lang: Lang;
  file: string;
  title: string;
  minutes: number;
  version: number;
  objective: string;
  network: boolean;
  /** Lesson ids to do first: starting without them says so, and offers them first. */
  requires?: string[];
  /** What `coach today` may offer once the lesson is completed. */
  practice?: Practice[];
  steps: Step[];
}

export interface Track {
  id: string;
  order: number;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  platform?: string;
  optional: boolean;
  file: string;
}

/** A lesson across languages, placed in its track. */
export interface Lesson {
  id: string;
  track: string;
  /** Position inside the track, from the file name's number. */
  order: number;
  docs: Partial<Record<Lang, LessonDoc>>;
}

/** A problem found in a lesson file; `line` is 1-based, 0 when it concerns the whole file. */
export interface LessonIssue {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  /** What is wrong; src/i18n/lesson-issues.ts words it in the reader's language. */
  code: LessonIssueCode;
  params: IssueParams;
}
