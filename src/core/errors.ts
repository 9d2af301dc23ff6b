/**
 * Errors a learner or author can act on. Each carries a code and parameters, turned into words in
 * the user's language at the one point that prints errors (src/cli/main.ts), and an exit code.
 */
import type { IssueParams, LessonIssueCode } from './lessons/issue.js';
import type { RosterProblemCode } from './sponsor/roster.js';

/** What can be wrong with a command-line value (worded in src/i18n, "flagWords"). */
export type FlagProblem =
  | 'bad-id'
  | 'empty'
  | 'too-long'
  | 'control-chars'
  | 'not-a-date'
  | 'not-real-date'
  | 'date-past'
  | 'bad-email'
  | 'bad-url'
  | 'bad-iri';

export const EXIT = { ok: 0, error: 1, usage: 2, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface ErrorParams {
  'store-unreadable': { file: string; reason: string };
  'store-not-json': { file: string; detail: string };
  'store-wrong-shape': { file: string; field: string };
  'store-future': { file: string; version: number };
  'store-is-folder': { file: string };
  'store-write-failed': { file: string; reason: string };
  'store-busy': { file: string };
  'lesson-unknown': { id: string; suggestions: string };
  'lesson-broken': {
    id: string;
    file: string;
    line: number;
    issue: { code: LessonIssueCode; params: IssueParams } | null;
  };
  'lesson-no-language': { id: string };
  'input-needed': { what: string };
  'step-out-of-range': { id: string; step: number; total: number };
  'config-key-unknown': { key: string; keys: string };
  'config-value-invalid': { key: string; allowed: string };
  'track-unknown': { track: string; tracks: string };
  'lint-failed': { errors: number };
  'lessons-dir-missing': { dir: string };
  'lessons-dir-unreadable': { dir: string; reason: string };
  'command-unknown': { name: string; suggestions: string };
  'file-missing': { file: string };
  'file-unreadable': { file: string; reason: string };
  'file-too-large': { file: string; limit: string };
  'file-not-json': { file: string; detail: string };
  'file-invalid': { file: string; what: string; field: string; message: string };
  'file-exists': { file: string; flag: string };
  'file-write-failed': { file: string; reason: string };
  'disk-full': { file: string };
  'folder-read-only': { file: string; dir: string };
  'folder-missing': { file: string; dir: string };
  'folder-not-writable': { file: string; dir: string };
  'key-invalid': { file: string };
  'key-mismatch': { program: string; key: string; expected: string; actual: string };
  'key-replace-confirm': { file: string };
  'flag-invalid': { flag: string; value: string; problem: FlagProblem; max: number; today: string };
  /** Worded with the roster's own messages (src/render/error-message.ts). */
  'roster-unusable': {
    file: string;
    line: number;
    problem: { code: RosterProblemCode; params: Record<string, string | number> };
  };
  'invite-would-replace': { dir: string; count: number; learners: string };
  'lesson-ids-unknown': { ids: string; suggestions: string };
  'date-invalid': { value: string; flag: string };
  'flag-missing': { flag: string; example: string };
  'enroll-confirm': { current: string; next: string };
  'roster-no-rows': { file: string };
  'report-nothing': Record<string, never>;
  'roster-no-email': { file: string };
  'strict-rejected': { count: number };
  'format-unknown': { file: string };
  'tz-unknown': { zone: string };
  'lrs-not-configured': { program: string };
  'lrs-not-enrolled': Record<string, never>;
  'lrs-insecure': { endpoint: string };
  'lrs-refused': { status: number; message: string; waiting: number; hint: string };
  'lrs-unreachable': { endpoint: string; detail: string; waiting: number; sent: number };
  'lrs-credentials-open': { file: string };
  'lrs-credentials-link': { file: string };
  'lrs-password-env': { name: string };
  'lrs-timeout': { endpoint: string; seconds: number; sent: number; waiting: number };
  'lrs-foreign-link': { link: string; endpoint: string };
  // coach report --lrs, for HR (issue 15), and --format xlsx.
  'report-lrs-address': { value: string };
  'report-lrs-insecure': { endpoint: string };
  'report-lrs-unreachable': { endpoint: string; detail: string };
  'report-lrs-auth': { endpoint: string; status: number; message: string; variable: string };
  'report-lrs-not-found': { endpoint: string };
  'report-lrs-server': { endpoint: string; status: number };
  'report-lrs-refused': { endpoint: string; status: number; message: string };
  'report-xlsx-terminal': Record<string, never>;
  'timeout-invalid': { value: string };
  'enroll-lrs-consent': { host: string };
  'file-duplicate-name': { file: string; field: string; line: number; column: number };
  'plan-at-invalid': { value: string };
  'plan-days-invalid': { value: string };
  'plan-due-passed': { program: string; due: string };
}
export type ErrorCode = keyof ErrorParams;

export class CoachError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ErrorParams[C],
    readonly exitCode: ExitCode = EXIT.error,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = 'CoachError';
  }
}

/** Thrown by the prompter when the learner presses Ctrl-C: progress is already saved. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}
