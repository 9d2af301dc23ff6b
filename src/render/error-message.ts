/** Turns a CoachError into a sentence in the user's language. */
import type { CoachError, ErrorCode, ErrorParams } from '../core/errors.js';
import type { Messages } from '../i18n/en.js';
import { issueText } from '../i18n/lesson-issues.js';
import { sanitise } from './sanitise.js';

export function errorMessage(t: Messages, error: CoachError): string {
  const format = t.errors[error.code] as (p: Record<string, unknown>) => string;
  // Parameters can hold file names and lesson text from elsewhere: never let them drive the terminal.
  const params: Record<string, unknown> = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' ? sanitise(v) : v]),
  );
  if (error.code === 'lesson-broken') {
    const { issue } = error.params as ErrorParams['lesson-broken'];
    params.message = issue ? sanitise(issueText(t.lang, issue)) : '';
  }
  if (error.code === 'roster-unusable') {
    const { problem } = error.params as ErrorParams['roster-unusable'];
    params.reason = sanitise(t.roster[problem.code](problem.params));
  }
  return format(params as ErrorParams[ErrorCode]);
}
