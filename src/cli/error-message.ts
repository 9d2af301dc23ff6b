/** Turns a CoachError into a sentence in the user's language. */
import type { CoachError, ErrorCode, ErrorParams } from '../core/errors.js';
import type { Messages } from '../i18n/en.js';
import { stripControl } from '../render/terminal-text.js';

export function errorMessage(t: Messages, error: CoachError): string {
  const format = t.errors[error.code] as (p: ErrorParams[ErrorCode]) => string;
  // Parameters can hold file names and lesson text from elsewhere: never let them drive the terminal.
  const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' ? stripControl(v) : v]));
  return format(params as ErrorParams[ErrorCode]);
}
