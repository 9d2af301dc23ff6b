/**
 * A reminder's words, in the learner's language: a short, friendly plain-text e-mail that says
 * what is left, by when (or how late), and the one command to type. The facts come from
 * core/sponsor/nudge.ts; the file format from render/eml.ts.
 */
import type { Reminder } from '../core/sponsor/nudge.js';
import type { Messages } from '../i18n/en.js';
import { emlText } from './eml.js';
import { longDay } from './report/dates.js';
import { sanitiseLine } from './sanitise.js';

/** The due date in words; French writes the first of the month "1er". */
function dueInWords(due: string, lang: 'en' | 'fr'): string {
  const words = longDay(due, lang);
  return lang === 'fr' ? words.replace(/^1 /, '1er ') : words;
}

export function reminderText(r: Reminder, t: Messages['nudge']['mail']): { subject: string; body: string } {
  const due = dueInWords(r.program.due, r.lang);
  const program = sanitiseLine(r.program.title);
  const noRecord = !r.hasRecord;
  const late = r.reason === 'late';
  const subject = noRecord ? t.subjectNoRecord(program, due, late) : t.subject(program, r.remaining.length, due, late);
  // Late without a record: what is left is not known, so the mail says both.
  const intro = late
    ? `${t.late(program, due, r.daysLate ?? 1)}${noRecord ? ` ${t.notReached}` : ''}`
    : noRecord
      ? t.noRecord(program, due)
      : t.notStarted(program, due);
  const lines = [
    t.hello(r.name ? sanitiseLine(r.name).trim() || null : null),
    '',
    intro,
    '',
    noRecord ? t.required : t.left(r.remaining.length),
    '',
    ...r.remaining.map((l) => `  - ${sanitiseLine(l.title)}`),
    '',
    noRecord ? t.beginOrGoOn : r.reason === 'not-started' ? t.begin : t.goOn,
    '',
    `  ${r.command}`,
    '',
    t.minutes,
    r.reports === 'lrs' ? (noRecord ? t.lrsNoRecord : t.lrs) : noRecord ? t.exportNoRecord : t.export,
    '',
    t.thanks,
    ...(r.from.name ? [sanitiseLine(r.from.name)] : []),
  ];
  return { subject, body: lines.join('\n') };
}

/** The `.eml` file of a reminder: To the learner, From the sponsor when the programme names their address. */
export function reminderEml(r: Reminder, t: Messages['nudge']['mail'], now: number): string {
  const { subject, body } = reminderText(r, t);
  return emlText({
    ...(r.from.address && { from: { name: r.from.name ?? null, address: r.from.address } }),
    to: { name: r.name, address: r.to },
    subject,
    body,
    date: now,
  });
}
