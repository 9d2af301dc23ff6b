/** `coach export --preview`: exactly what will leave the machine, in the learner's language. */
import type { CompletionRecord } from '../core/sponsor/formats.js';
import type { Messages } from '../i18n/en.js';
import { sanitiseLine } from './sanitise.js';
import type { Style } from './style.js';

export function recordPreviewText(
  record: CompletionRecord,
  v: {
    t: Messages;
    style: Style;
    programTitle: string | undefined;
    titles: ReadonlyMap<string, string>;
    publishing: ReadonlySet<string>;
  },
): string {
  const { t } = v;
  const e = t.exportRecord;
  const lines = [
    v.style.bold(e.previewTitle(v.programTitle === undefined ? e.noProgram : sanitiseLine(v.programTitle))),
    e.previewLearner(record.learner.id),
    '',
  ];
  if (record.lessons.length === 0) lines.push(e.previewEmpty);
  for (const l of record.lessons) {
    const when = (l.completedAt ?? l.startedAt).slice(0, 10);
    // "published" or "drafted" only for a lesson that publishes: a reading lesson has no such mode.
    const mode = v.publishing.has(l.id) ? `, ${t.common.outcome[l.mode]}` : '';
    lines.push(
      `  ${v.titles.get(l.id) ?? l.id}: ${t.common.status[l.status]} (${when})${mode}, ${t.common.minutes(l.minutesSpent)}, quiz ${l.quiz.correct}/${l.quiz.total}`,
    );
  }
  lines.push('', e.previewNever);
  return lines.map((l) => `${l}\n`).join('');
}
