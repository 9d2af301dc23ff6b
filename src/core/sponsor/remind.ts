/**
 * Who HR should remind: one rule, shared by the report's "Who to remind" list and `coach nudge`.
 * A learner who has not started, whose record never came, or who is past the due date without
 * having completed. Someone in progress before the due date is left alone: a reminder then is noise.
 */
import type { LearnerStatus, RemindReason } from './report-types.js';

export function remindReason(learner: { status: LearnerStatus; overdue: boolean }): RemindReason | null {
  if (learner.status === 'completed') return null;
  if (learner.overdue) return 'late';
  if (learner.status === 'no-record') return 'no-record';
  if (learner.status === 'not-started') return 'not-started';
  return null;
}
