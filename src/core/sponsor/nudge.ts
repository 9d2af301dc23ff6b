/**
 * Who gets a reminder e-mail from `coach nudge`, and what it says, as facts (the words are in
 * src/render/nudge-mail.ts, in the learner's language). Pure: the report's data comes in.
 *
 * "Needs one" is not decided here: it is the report's `remind` (core/sponsor/remind.ts), the same
 * rule as the report's "who to remind" list. Here only: is there an address a header can carry,
 * which language, which lessons are left, and which command to give.
 *
 * Nothing private goes into a reminder: no score, no minutes, no other learner; only what the
 * learner has left, the due date and how late, and the command to run.
 */
import type { Lang } from '../lessons/types.js';
import { isMailAddress } from './mail-address.js';
import type { RemindReason, ReportData } from './report-types.js';

/** Why a learner gets no file: no reminder needed, no address, an address a header cannot carry, not in the roster. */
export type NudgeSkip = 'not-needed' | 'no-email' | 'bad-email' | 'not-in-roster';

export interface Reminder {
  learnerId: string;
  name: string | null;
  to: string;
  /** The learner's own language (roster `lang`), else the programme's. */
  lang: Lang;
  /** Where the language came from: the learner's row, or the programme's default. */
  langFrom: 'roster' | 'program';
  reason: RemindReason;
  /** Whether HR has a record of this learner: without one, what is left is not known (a late learner may have none). */
  hasRecord: boolean;
  program: { title: string; due: string };
  /** Whole days past the due date; null before it. */
  daysLate: number | null;
  /** Required lessons not completed, in programme order, titled in the learner's language. */
  remaining: { id: string; title: string }[];
  /** What to type: `coach start LESSON` for the next lesson left, plain `coach start` without a record. */
  command: string;
  /** How the learner's progress reaches HR: a record file they send, or the learning record store. */
  reports: 'export' | 'lrs';
  /** The programme's sponsor, as the sender, when the programme names one. */
  from: { name?: string; address?: string };
}

export interface Skipped {
  learnerId: string;
  email: string | null;
  reason: NudgeSkip;
  /** Why a reminder was due, for the skipped ones that needed one (no usable address). */
  remind: RemindReason | null;
}

export interface NudgeInput {
  data: ReportData;
  /** The roster's learner ids: a record from someone else gets no e-mail. */
  rosterIds: ReadonlySet<string>;
  /** The programme's language, for learners without a `lang` (programme files have none: the caller says which). */
  programLang: Lang;
  /** A lesson's title in a language, when the catalogue has it; else the report's title, else the id. */
  titleOf?: (lessonId: string, lang: Lang) => string | undefined;
  reports: 'export' | 'lrs';
}

export function planReminders(input: NudgeInput): { reminders: Reminder[]; skipped: Skipped[] } {
  const { data } = input;
  const reportTitle = new Map(data.lessons.map((l) => [l.id, l.title]));
  const title = (id: string, lang: Lang) => input.titleOf?.(id, lang) ?? reportTitle.get(id) ?? id;
  const sponsor = data.program.sponsor;
  const from = {
    ...(sponsor.name && { name: sponsor.name }),
    ...(sponsor.email && isMailAddress(sponsor.email) && { address: sponsor.email }),
  };
  const reminders: Reminder[] = [];
  const skipped: Skipped[] = [];
  for (const l of data.learners) {
    const skip = (reason: NudgeSkip) => skipped.push({ learnerId: l.id, email: l.email, reason, remind: l.remind });
    if (!input.rosterIds.has(l.id)) skip('not-in-roster');
    else if (l.remind === null) skip('not-needed');
    else if (!l.email) skip('no-email');
    else if (!isMailAddress(l.email)) skip('bad-email');
    else {
      const lang = l.lang ?? input.programLang;
      const hasRecord = l.status !== 'no-record';
      const next = hasRecord ? l.remaining[0] : undefined;
      reminders.push({
        learnerId: l.id,
        name: l.name,
        to: l.email,
        lang,
        langFrom: l.lang ? 'roster' : 'program',
        reason: l.remind,
        hasRecord,
        program: { title: data.program.title, due: data.program.due },
        daysLate: l.remind === 'late' ? l.daysOverdue : null,
        remaining: l.remaining.map((id) => ({ id, title: title(id, lang) })),
        command: next ? `coach start ${next}` : 'coach start',
        reports: input.reports,
        from,
      });
    }
  }
  return { reminders, skipped };
}
